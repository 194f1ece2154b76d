// Marks when every health-/bench- element on the page has finished its first render.
const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.includes('-')))];
Promise.all(tags.map((tag) => customElements.whenDefined(tag)))
  .then(() => Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete)))
  .then(() => {
    document.body.getBoundingClientRect();
    window.__rendered = performance.now();
  });
