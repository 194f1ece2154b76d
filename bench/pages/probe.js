// window.__painted resolves (with its time) once every custom element on the page has finished
// its first render and the frame showing it has been painted: a task posted from
// requestAnimationFrame runs after that frame's style, layout and paint.
const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.includes('-')))];

window.__painted = Promise.all(tags.map((tag) => customElements.whenDefined(tag)))
  .then(() => Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete)))
  .then(
    () =>
      new Promise((resolve) => {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        });
      }),
  );
