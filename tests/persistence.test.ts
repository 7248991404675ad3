import { expect } from '@open-wc/testing';
import './helpers/element.js';
import { decisionStored, forecastKept, openPage } from './helpers/page.js';
import { forecastRequests, resetProvider, ROUTES } from './helpers/provider.js';
import { click, forecastShown, part, parts, settled, visibleText, waitFor } from './helpers/widget.js';
import { firstVisitEachTime } from './helpers/visit.js';
import { databaseExists, deleteDatabase, storedValue, storeValue } from './helpers/stored.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const DAY = 86_400_000;

// Whichever route the site chose: the providers asked directly, or both services behind its own
// proxy (relative forecast-api and warnings-api), where nothing but the page's origin may be asked.
for (const route of ROUTES) {
  /** A widget configured for the route, with `attributes` of its own. */
  const widget = (attributes = '') => `<kreis-wetter ${route.attributes} ${attributes}></kreis-wetter>`;

  describe(`the decision across page loads, through ${route.name}`, () => {
    firstVisitEachTime(route);

    it('after accepting, the next page load shows the forecast without asking', async () => {
      const first = await openPage({ html: widget() });
      await settled(first.widget());
      click(first.widget(), 'accept-button');
      await forecastShown(first.widget());
      await decisionStored(true);
      await first.close();

      const second = await openPage({ html: widget() });
      await forecastShown(second.widget());
      expect(part(second.widget(), 'consent')).to.equal(null);
      expect(second.widget().consentState).to.equal('granted');
      await second.close();
    });

    it('revoking removes the forecast, brings the notice back and nothing is requested on the next load', async () => {
      const first = await openPage({ html: widget() });
      await settled(first.widget());
      click(first.widget(), 'accept-button');
      await forecastShown(first.widget());
      click(first.widget(), 'revoke-button');
      await waitFor(() => part(first.widget(), 'consent') !== null, 'notice did not return');
      expect(parts(first.widget(), 'day')).to.have.length(0);
      expect(part(first.widget(), 'forecast')).to.equal(null);
      await decisionStored(false);
      await first.close();

      resetProvider();
      const second = await openPage({ html: widget() });
      await settled(second.widget());
      await pause(300);
      expect(part(second.widget(), 'consent')).to.exist;
      expect(part(second.widget(), 'accept-button')).to.exist;
      expect(second.widget().consentState).to.equal('denied');
      expect(forecastRequests()).to.have.length(0);
      await second.close();
    });

    it('rejecting requests nothing, now or on the next load, and accepting stays possible', async () => {
      const first = await openPage({ html: widget() });
      await settled(first.widget());
      click(first.widget(), 'reject-button');
      await waitFor(() => first.widget().consentState === 'denied');
      await decisionStored(false);
      expect(forecastRequests()).to.have.length(0);
      await first.close();

      const second = await openPage({ html: widget() });
      await settled(second.widget());
      await pause(300);
      expect(second.widget().consentState).to.equal('denied');
      expect(forecastRequests()).to.have.length(0);
      click(second.widget(), 'accept-button');
      await forecastShown(second.widget());
      expect(forecastRequests()).to.have.length(1);
      await second.close();
    });

    it('a decision stored for another consent-version counts as none', async () => {
      const first = await openPage({ html: widget('consent-version="2026-01"') });
      await settled(first.widget());
      click(first.widget(), 'accept-button');
      await forecastShown(first.widget());
      await decisionStored(true);
      await first.close();

      resetProvider();
      const second = await openPage({ html: widget('consent-version="2026-11"') });
      await settled(second.widget());
      await pause(300);
      expect(second.widget().consentState).to.equal('unknown');
      expect(part(second.widget(), 'reject-button')).to.exist;
      expect(forecastRequests()).to.have.length(0);
      await second.close();
    });

    it('a decision older than consent-max-age counts as none, and is deleted', async () => {
      // What a visit 200 days ago left behind, on a site that then kept decisions for a year.
      const decidedAt = Date.now() - 200 * DAY;
      await storeValue('consent', { granted: true, version: '1', decidedAt, expiresAt: decidedAt + 365 * DAY });

      const longer = await openPage({ html: widget('consent-max-age="365"') });
      await forecastShown(longer.widget());
      expect(longer.widget().consentState).to.equal('granted');
      await longer.close();

      const byDefault = await openPage({ html: widget() });
      await settled(byDefault.widget());
      expect(byDefault.widget().consentState).to.equal('unknown');
      await waitFor(async () => (await storedValue('consent')) === undefined, 'the lapsed decision was not deleted');
      await byDefault.close();
    });

    it('a longer consent-max-age later never lengthens a decision given under a shorter one', async () => {
      // Given 100 days ago when the site kept decisions for 90 days.
      const decidedAt = Date.now() - 100 * DAY;
      await storeValue('consent', { granted: true, version: '1', decidedAt, expiresAt: decidedAt + 90 * DAY });
      const page = await openPage({ html: widget('consent-max-age="365"') });
      await settled(page.widget());
      expect(page.widget().consentState).to.equal('unknown');
      expect(part(page.widget(), 'reject-button')).to.exist;
      expect(forecastRequests()).to.have.length(0);
      await page.close();
    });

    it('the stored decision carries the version and an expiry fixed when it was given', async () => {
      const page = await openPage({
        html: widget('consent-version="2026-11" consent-max-age="30"'),
      });
      await settled(page.widget());
      const before = Date.now();
      click(page.widget(), 'accept-button');
      await forecastShown(page.widget());
      const record = (await storedValue('consent')) as { version: string; decidedAt: number; expiresAt: number };
      expect(record.version).to.equal('2026-11');
      // The page's clock runs like this one's (both on the sample day).
      expect(record.decidedAt).to.be.within(before - 5000, Date.now() + 5000);
      expect(record.expiresAt - record.decidedAt).to.equal(30 * DAY);
      await page.close();
    });
  });
}

describe('consent that lapses while the page is open', () => {
  firstVisitEachTime();

  it('a changed consent-version brings the notice back at once, stops the forecast and forgets the kept one', async () => {
    const page = await openPage();
    const el = page.widget();
    await settled(el);
    click(el, 'accept-button');
    await forecastShown(el);
    await forecastKept();
    el.setAttribute('consent-version', '2026-12');
    await waitFor(() => part(el, 'consent') !== null, 'the notice did not come back');
    expect(el.consentState).to.equal('unknown');
    expect(parts(el, 'day')).to.have.length(0);
    await waitFor(async () => (await storedValue('forecasts')) === undefined, 'the kept forecast was not deleted');
    expect(forecastRequests()).to.have.length(1);
  });
});

describe('a consent setting that is not valid fails closed', () => {
  firstVisitEachTime();

  for (const [attribute, value] of [
    ['consent-version', '2026/11 neu'],
    ['consent-max-age', '0'],
  ] as const) {
    it(`${attribute}="${value}" never revives a stored yes, and stores no new one`, async () => {
      // A yes given under version 1, the default: it must not count under a setting the widget cannot read.
      await storeValue('consent', {
        granted: true,
        version: '1',
        decidedAt: Date.now() - DAY,
        expiresAt: Date.now() + 100 * DAY,
      });
      const page = await openPage({ html: `<kreis-wetter ${attribute}="${value}"></kreis-wetter>` });
      const el = page.widget();
      await settled(el);
      expect(el.consentState).to.equal('unknown');
      expect(part(el, 'reject-button')).to.exist;
      expect(forecastRequests()).to.have.length(0);
      // The notice promises no storage it will not do.
      expect(visibleText(part(el, 'consent'))).to.include('Ihre Entscheidung gilt nur für diesen Seitenaufruf');
      expect(visibleText(part(el, 'consent'))).not.to.include('in diesem Browser gespeichert');

      // A yes now holds for this page view only, and the visitor is told so; nothing is written.
      const writes: unknown[][] = [];
      const objectStore = (page.window as unknown as typeof globalThis).IDBObjectStore.prototype;
      for (const method of ['put', 'add', 'delete', 'clear'] as const) {
        const original = objectStore[method] as (...args: unknown[]) => IDBRequest;
        (objectStore as unknown as Record<string, unknown>)[method] = function (
          this: IDBObjectStore,
          ...args: unknown[]
        ) {
          writes.push([method, ...args]);
          return original.apply(this, args);
        };
      }
      click(el, 'accept-button');
      await forecastShown(el);
      expect(visibleText(part(el, 'forecast'))).to.include('gilt nur für diesen Seitenaufruf');
      await pause(500); // an absence: what a write would take, had the widget issued one
      // Without a decision that counts, no forecast is kept either (the old ones may be deleted).
      expect(writes.filter(([method, first]) => method !== 'delete' || first === 'consent')).to.deep.equal([]);
      expect(await storedValue('consent')).to.deep.include({ version: '1', granted: true });
      await page.close();
    });
  }
});

describe('nothing is written before a decision', () => {
  firstVisitEachTime();

  it('a first visit reads, but creates no database and writes nothing', async () => {
    // Earlier tests left the database; a browser that never visited has none.
    await deleteDatabase();
    const page = await openPage();
    await settled(page.widget());
    part(page.widget(), 'consent')!.querySelector('details')!.open = true;
    await waitFor(() => part(page.widget(), 'consent')!.querySelector('details li'), 'the details did not open');
    await pause(300);
    expect(await databaseExists()).to.equal(false);
    await page.close();
  });

  it('a decision that no longer counts is deleted when found, with the forecasts kept under it', async () => {
    const decidedAt = Date.now() - 300 * DAY;
    await storeValue('consent', { granted: true, version: '1', decidedAt, expiresAt: decidedAt + 182 * DAY });
    await storeValue('forecasts', { format: 3, places: {} });
    const page = await openPage();
    await settled(page.widget());
    expect(page.widget().consentState).to.equal('unknown');
    await waitFor(async () => (await storedValue('consent')) === undefined, 'the lapsed decision is still there');
    await waitFor(async () => (await storedValue('forecasts')) === undefined, 'the kept forecasts are still there');
    await page.close();
  });
});
