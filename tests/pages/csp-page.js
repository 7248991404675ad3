// Records every Content-Security-Policy violation and every error on the page, then loads the
// built bundle; with ?lit=2 also the package's other entry (the class without registration, with a
// Lit of its own), registered as <mein-kreis-wetter>: a page that has Lit twice.
window.violations = [];
window.problems = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || 'inline'}`);
});
addEventListener('error', (e) => window.problems.push(String(e.message)));
await import('/dist/kreis-wetter.js');
if (new URLSearchParams(location.search).get('lit') === '2') {
  try {
    const { KreisWetter } = await import('/dist/element.js');
    customElements.define('mein-kreis-wetter', class extends KreisWetter {});
  } catch (error) {
    window.problems.push(String(error));
  }
}
document.documentElement.dataset.ready = '';
