/**
 * The demo page. By default Open-Meteo and Bright Sky are answered by msw from recorded sample
 * answers, so the demo works offline and the page says so; `?live` talks to the real APIs.
 * In sample mode the warnings are the sample's two, or none with `?warnungen=keine`.
 */
const params = new URLSearchParams(location.search);
const live = params.has('live');
const mode = document.getElementById('mode')!;
const switchMode = document.getElementById('switch-mode') as HTMLAnchorElement;

if (live) {
  mode.textContent =
    'Live: Die Vorhersage kommt nach Ihrer Zustimmung direkt von Open-Meteo, die amtlichen Warnungen von Bright Sky.';
  mode.classList.add('live');
  switchMode.href = location.pathname;
  switchMode.textContent = 'Zurück zu den Beispieldaten';
} else {
  mode.textContent =
    'Beispieldaten: Alle Wetterwerte und Warnungen stammen aus aufgezeichneten Beispielantworten, auf heute datiert, und werden im Browser bereitgestellt. Es geht keine Anfrage an Open-Meteo oder Bright Sky.';
  const warnings = params.get('warnungen') === 'keine' ? 'none' : 'some';
  const switchWarnings = document.getElementById('warnings-switch')!;
  switchWarnings.hidden = false;
  for (const link of switchWarnings.querySelectorAll<HTMLAnchorElement>('a[data-warnings]')) {
    if (link.dataset.warnings === warnings) link.setAttribute('aria-current', 'page');
  }
  const { answerWithSamples } = await import('./sample-data.js');
  await answerWithSamples(() => warnings);
}

await import('../src/kreis-wetter.js');

document.getElementById('forget')!.addEventListener('click', () => {
  void document.querySelector('kreis-wetter')?.resetConsent();
});
