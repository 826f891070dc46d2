// Injected at the start of every document: collects its errors, so a load that a reload cut
// short is not counted against the next page. Plain JavaScript, run as-is in the browser.
(() => {
  const errors = [];
  window.__enginesErrors = errors;
  const original = console.error.bind(console);
  console.error = (...args) => {
    errors.push(`console: ${args.map(String).join(' ')}`);
    original(...args);
  };
  addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
  addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    errors.push(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`),
  );
})();
