/**
 * The demo's sample data: msw answers Open-Meteo and Bright Sky from recorded sample answers,
 * dated from today, so the demo pages work offline and ask nobody. `warnings` picks the sample's
 * two warnings or none.
 */
export async function answerWithSamples(warnings: () => 'some' | 'none' = () => 'some'): Promise<void> {
  const { setupWorker } = await import('msw/browser');
  const { demoHandlers } = await import('../tests/mocks/open-meteo.js');
  const { demoAlertsHandler } = await import('../tests/mocks/bright-sky.js');
  // Started before the widget loads: a returning visitor's forecast is requested right away.
  await setupWorker(...demoHandlers, demoAlertsHandler(warnings)).start({
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
}
