import { expect } from '@open-wc/testing';
import { delay, HttpResponse } from 'msw';
import './helpers/element.js';
import { decisionStored, forecastKept, openPage, type TestPage } from './helpers/page.js';
import { abortedLatitudes, answerWith, forecastRequests, ROUTES } from './helpers/provider.js';
import { storedValue } from './helpers/stored.js';
import { choosePlace, click, forecastShown, part, parts, settled, visibleText, waitFor } from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';
import { sampleForecast } from './mocks/open-meteo.js';

type StoreMethod = 'put' | 'delete';

/**
 * Makes the page's IndexedDB writes of `methods` fail (`throw`) or never finish (`hang`), as a
 * broken or locked-up storage does; reads keep working.
 */
function breakWrites(page: TestPage, methods: StoreMethod[], how: 'throw' | 'hang'): void {
  const win = page.window as unknown as typeof globalThis;
  const proto = win.IDBObjectStore.prototype as unknown as Record<StoreMethod, (...args: unknown[]) => IDBRequest>;
  for (const method of methods) {
    proto[method] = function () {
      if (how === 'throw') throw new win.DOMException('The disk is full.', 'QuotaExceededError');
      return {} as IDBRequest; // a request that never completes
    };
  }
}

// Whichever route the site chose: the providers asked directly, or both services behind its own
// proxy (relative forecast-api and warnings-api), where nothing but the page's origin may be asked.
for (const route of ROUTES) {
  /** A widget configured for the route, with `attributes` of its own. */
  const widget = (attributes = '') => `<kreis-wetter ${route.attributes} ${attributes}></kreis-wetter>`;

  async function grantedPage(html = widget()): Promise<TestPage> {
    const page = await openPage({ html });
    await settled(page.widget());
    click(page.widget(), 'accept-button');
    await forecastShown(page.widget());
    await decisionStored(true);
    return page;
  }

  describe(`a withdrawal takes effect first and is stored second, through ${route.name}`, () => {
    firstVisitEachTime(route);

    it('in every widget at once, with the request aborted and nothing after it, while storage hangs', async () => {
      const page = await grantedPage(widget() + widget('gemeinde="olfen"'));
      const [first, second] = [page.widget(0), page.widget(1)];
      await forecastShown(second);
      breakWrites(page, ['put', 'delete'], 'hang');
      // A new place whose answer takes a while: the visitor withdraws while it is on its way.
      answerWith(async () => {
        await delay(800);
        return HttpResponse.json(sampleForecast());
      });
      choosePlace(first, 'senden');
      await waitFor(
        () => forecastRequests().some((u) => u.searchParams.get('latitude') === '51.86'),
        'the new place was not requested',
      );
      const loads: string[] = [];
      for (const el of [first, second])
        el.addEventListener('kreis-wetter-forecast-load', (e) => loads.push(e.detail.place));

      click(first, 'revoke-button');
      await first.updateComplete;
      await second.updateComplete;
      // Both widgets show the notice in the very next rendering, though nothing could be stored.
      expect(part(first, 'consent')).to.exist;
      expect(part(second, 'consent')).to.exist;
      expect(first.consentState).to.equal('denied');
      await waitFor(() => abortedLatitudes().includes('51.86'), 'the request on its way was not aborted');
      await new Promise((r) => setTimeout(r, 1200)); // past the answer's time: nothing may come of it
      expect(loads).to.deep.equal([]);
      expect(parts(first, 'day')).to.have.length(0);
      await page.close();
    });

    it('a withdrawal that cannot be written deletes the yes instead: the next visit asks again', async () => {
      const page = await grantedPage();
      breakWrites(page, ['put'], 'throw');
      click(page.widget(), 'revoke-button');
      await waitFor(async () => (await storedValue('consent')) === undefined, 'the stored yes was not deleted');
      // The withdrawal still holds for this page view, and the visitor is told nothing is kept.
      expect(page.widget().consentState).to.equal('denied');
      await page.close();

      const next = await openPage({ html: widget() });
      await settled(next.widget());
      expect(next.widget().consentState).to.equal('unknown');
      expect(forecastRequests()).to.have.length(1);
      await next.close();
    });

    it('where storage can neither overwrite nor delete, the visitor is told beside the buttons', async () => {
      const page = await grantedPage();
      breakWrites(page, ['put', 'delete'], 'throw');
      click(page.widget(), 'revoke-button');
      await waitFor(
        () => visibleText(part(page.widget(), 'consent')).includes('kann hier nicht gespeichert werden'),
        'the visitor was not told',
      );
      expect(part(page.widget(), 'accept-button')).to.exist;
      await page.close();
    });

    it('kept forecasts do not come back, however quickly consent is given again', async () => {
      const page = await grantedPage();
      await forecastKept();
      const el = page.widget();
      // Withdrawn and given again in one go: the kept copy must not be read back in between.
      click(el, 'revoke-button');
      await el.grantConsent();
      await forecastShown(el);
      expect(forecastRequests()).to.have.length(2);
      await page.close();
    });
  });
}
