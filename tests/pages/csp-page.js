// Records every Content-Security-Policy violation on the page, then loads the built bundle.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || 'inline'}`);
});
await import('/dist/kreis-wetter.js');
document.documentElement.dataset.ready = '';
