import { expect } from '@open-wc/testing';
import { HttpResponse, passthrough } from 'msw';
import { forecastRequests, interceptFiles } from './helpers/provider.js';
import { firstVisitEachTime } from './helpers/visit.js';
import { click, errorShown, forecastShown, part, settled, waitFor } from './helpers/widget.js';

// A site that bundles the packed package with Vite (scripts/build-consumer-app.mjs, run by npm
// test): its bundler has renamed and moved the widget's forecast chunk, and preloads it. The first
// download fails; retry must load it from where the site's bundle put it. (Firefox remembers a
// failed import() of a URL for the rest of the page, WebKit a failed preload: the retry must ask
// under another URL.)
describe('the widget bundled into a site', () => {
  // A first-time visitor: a decision an earlier test file left stored would load the chunk at once.
  firstVisitEachTime();

  it('after a failed download of the forecast code, retry loads it', async () => {
    const chunk = /\/test-results\/consumer-app\/assets\/forecast-[\w-]+\.js$/;
    const asked: string[] = [];
    interceptFiles(chunk, ({ request }) => {
      asked.push(new URL(request.url).pathname + new URL(request.url).search);
      return asked.length === 1 ? HttpResponse.error() : passthrough();
    });
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 1400px; border: 0';
    frame.src = '/test-results/consumer-app/index.html';
    document.body.append(frame);
    try {
      await waitFor(
        () => frame.contentDocument?.documentElement?.dataset.ready !== undefined,
        'the site did not load',
        8000,
      );
      const el = frame.contentDocument!.querySelector('kreis-wetter')!;
      await settled(el);
      click(el, 'accept-button');
      await errorShown(el);
      expect(part(el, 'error')!.textContent).to.include('nicht erreichbar');
      click(el, 'retry-button');
      await forecastShown(el);
      expect(forecastRequests()).to.have.length(1);
      // Both downloads were of the chunk the site's bundler made, not of the package's own file name.
      expect(asked).to.have.length(2);
      expect(asked.every((path) => path.startsWith('/test-results/consumer-app/assets/forecast-'))).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
