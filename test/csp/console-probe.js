// Loaded after csp-probe.js by the JSON-LD pages: records console warnings too.
window.__warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.map(String).join(' '));
  warn(...args);
};
