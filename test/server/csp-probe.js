// Loaded first by the strict-CSP pages: records what the page would print as a problem.
window.__problems = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__problems.push(`CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
});
window.addEventListener('error', (event) => window.__problems.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => window.__problems.push(`rejection: ${event.reason}`));
