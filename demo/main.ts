/**
 * The demo page. By default Open-Meteo is answered by msw from recorded sample answers, so the
 * demo works offline and the page says so; `?live` talks to the real API.
 */
const live = new URLSearchParams(location.search).has('live');
const mode = document.getElementById('mode')!;
const switchMode = document.getElementById('switch-mode') as HTMLAnchorElement;

if (live) {
  mode.textContent = 'Live: Die Vorhersage kommt nach Ihrer Zustimmung direkt von Open-Meteo.';
  mode.classList.add('live');
  switchMode.href = location.pathname;
  switchMode.textContent = 'Zurück zu den Beispieldaten';
} else {
  mode.textContent =
    'Beispieldaten: Alle Wetterwerte stammen aus einer aufgezeichneten Beispielantwort, auf heute datiert, und werden im Browser bereitgestellt. Es geht keine Anfrage an Open-Meteo.';
  const { setupWorker } = await import('msw/browser');
  const { demoHandlers } = await import('../tests/mocks/open-meteo.js');
  // Started before the widget loads: a returning visitor's forecast is requested right away.
  await setupWorker(...demoHandlers).start({ quiet: true, onUnhandledRequest: 'bypass' });
}

await import('../src/kreis-wetter.js');

document.getElementById('forget')!.addEventListener('click', () => {
  void document.querySelector('kreis-wetter')?.resetConsent();
});
