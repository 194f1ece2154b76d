// Loaded first by test pages: records every health-error event and console warning.
window.__errors = [];
document.addEventListener('health-error', (event) => window.__errors.push(event.detail));
const warn = console.warn;
console.warn = (...args) => {
  window.__errors.push(args.join(' '));
  warn(...args);
};
