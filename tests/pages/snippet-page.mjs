// @ts-check
/**
 * /tests/pages/snippet.html: a host page with the pre-rendered snippet in its HTML, as a site
 * pastes it, made by the built dist/snippet.js (the test runner's middleware serves it).
 *   ?attrs={"gemeinde":"duelmen"}   the snippet's attributes (JSON)
 *   ?bundle=later                   the bundle only when the test calls window.loadWidget()
 *   ?clock=ms                       the page's clock ahead by ms, from the sample answer's day
 *   ?part=snippet                   only the snippet itself, as text
 * An inline script right after the snippet records the widget's box height from the first frame
 * on (window.heights) and layout shifts where the engine reports them (window.layoutShifts). In a
 * sandboxed frame without allow-scripts none of it runs: a browser with JavaScript off.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

/**
 * @param {string} distDir
 * @param {Record<string, string | string[] | undefined>} query
 */
export async function snippetPage(distDir, query) {
  const { renderSnippet } = await import(pathToFileURL(join(distDir, 'snippet.js')).href);
  const attributes = JSON.parse(String(query.attrs ?? '{}'));
  if (query.part === 'snippet') return renderSnippet(attributes);
  const params = JSON.stringify({ bundle: query.bundle ?? 'now', clock: Number(query.clock ?? 0) });
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <title>kreis-wetter snippet test page</title>
    <style>body { margin: 0; font: 16px/1.5 sans-serif; } p { margin: 1rem; }</style>
  </head>
  <body>
    <p>Text of the page above the widget.</p>
    ${renderSnippet(attributes)}
    <p id="below">Text of the page below the widget.</p>
    <script>
      window.heights = [];
      window.layoutShifts = [];
      const widget = document.querySelector('kreis-wetter');
      new ResizeObserver(([entry]) =>
        heights.push({ height: Math.round(entry.borderBoxSize[0].blockSize), at: performance.now() }),
      ).observe(widget);
      if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift'))
        new PerformanceObserver((list) => layoutShifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
    </script>
    <script type="module">
      const { bundle, clock } = ${params};
      const { liveOnSampleDay } = await import('/tests/helpers/sample-day.ts');
      liveOnSampleDay(clock);
      window.loadWidget = () => import('/dist/kreis-wetter.js');
      if (bundle !== 'later') await window.loadWidget();
      document.documentElement.dataset.ready = '';
    </script>
  </body>
</html>
`;
}
