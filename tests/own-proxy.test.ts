import { expect } from '@open-wc/testing';
import './helpers/element.js';
import { closePages, openPage, type TestPage } from './helpers/page.js';
import { databaseExists, deleteDatabase } from './helpers/stored.js';
import { forecastShown, forgetEverything, part, parts, settled, visibleText, waitFor } from './helpers/widget.js';
import type { KreisWetter } from '../src/kreis-wetter.js';

/**
 * The site's own proxy, end to end: the widget on a page that may talk to its own origin only
 * (anything else is blocked before it leaves the browser, and reported to the page), its
 * services at `/wetter-api/…`, which the test server forwards to the real nginx with the shipped
 * configuration (deploy/nginx/), whose upstream is a local mock of Open-Meteo and Bright Sky
 * (scripts/lib/site-proxy.mjs). msw is not started here: every answer comes through nginx.
 */

const PROXIED = 'privacy-url="/datenschutz" forecast-api="/wetter-api/open-meteo" warnings-api="/wetter-api/brightsky"';
const FORECAST_PATH = '/wetter-api/open-meteo/v1/forecast';
const ALERTS_PATH = '/wetter-api/brightsky/alerts';

interface ProxyLog {
  /** What the test server forwarded to nginx, with nginx's answer. */
  forwarded: { url: string; userAgent: string; headers: string[]; status: number; cacheStatus: string }[];
  /** What reached the upstream mock through nginx. */
  upstream: { pathname: string; query: Record<string, string>; headers: Record<string, string> }[];
}

async function proxyLog(): Promise<ProxyLog> {
  return (await (await fetch('/__site-proxy/log', { cache: 'no-store' })).json()) as ProxyLog;
}

/** The requests this engine's pages sent to the proxy since `since` (the engines run side by side). */
async function forwardedSince(
  since: ProxyLog,
): Promise<{ path: string; query: URLSearchParams; status: number; headers: string[] }[]> {
  const { forwarded } = await proxyLog();
  return forwarded
    .slice(since.forwarded.length)
    .filter((r) => r.userAgent === navigator.userAgent)
    .map((r) => {
      const url = new URL(r.url, location.origin);
      return { path: url.pathname, query: url.searchParams, status: r.status, headers: r.headers };
    });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function warningsShown(el: KreisWetter, count: number): Promise<void> {
  await waitFor(
    () => parts(el, 'warning').length === count,
    `${count} warnings did not appear; the warnings area says "${visibleText(part(el, 'warnings'))}"`,
    10000,
  );
}

/** The page's own origin only: nothing blocked, nothing loaded from elsewhere, nothing gone wrong. */
function ownOriginOnly(page: TestPage): void {
  expect(page.otherOrigins(), 'requests to other origins').to.deep.equal([]);
  expect(page.problems(), 'errors on the page').to.deep.equal([]);
}

describe("the site's own proxy: the real nginx with the shipped configuration", () => {
  // Earlier test files leave msw's service worker registered: this file's pages must not be
  // controlled by it, so that nothing but the browser and nginx stands between widget and mock.
  before(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  });
  beforeEach(forgetEverything);
  afterEach(async () => {
    await closePages();
    document.cookie = 'fe_typo_user=; path=/; max-age=0';
  });

  it('talks to no origin but its own before and after consent, and shows forecast and warnings through nginx', async () => {
    // A cookie of the site, as a CMS would set one: the widget's requests to the site must not carry it.
    document.cookie = 'fe_typo_user=4f1c2b; path=/; SameSite=Lax';
    const start = await proxyLog();
    const page = await openPage({ only: 'self', html: `<kreis-wetter ${PROXIED}></kreis-wetter>` });
    expect(page.window.navigator.serviceWorker.controller, 'a service worker').to.equal(null);
    const el = page.widget();
    await settled(el);
    // The notice names the recipient that is asked: the site itself.
    expect(visibleText(part(el, 'consent'))).to.include('erhält der Server dieser Website Ihre IP-Adresse');
    await pause(300); // an absence: what a request would take to be made
    ownOriginOnly(page);
    expect(await forwardedSince(start), 'requests to the proxy before consent').to.deep.equal([]);

    part(el, 'accept-button')!.click();
    await forecastShown(el);
    await warningsShown(el, 2);
    expect(visibleText(parts(el, 'day')[0]!)).to.equal('Di., 24.11. Mäßiger Regen 7° / 2° 90 %');
    expect(visibleText(parts(el, 'warning')[0]!)).to.include('GLÄTTE');
    await pause(300);
    ownOriginOnly(page);

    const sent = await forwardedSince(start);
    expect(sent.map((r) => `${r.path} ${r.status}`).sort()).to.deep.equal([
      `${ALERTS_PATH} 200`,
      `${FORECAST_PATH} 200`,
    ]);
    expect(sent.find((r) => r.path === FORECAST_PATH)!.query.get('latitude')).to.equal('51.95');
    // The site's server gets neither the site's cookies nor the page's address with them.
    for (const { headers } of sent) {
      expect(headers).to.include('user-agent'); // what a browser sends, so the log is the real one
      expect(headers).not.to.include('cookie');
      expect(headers).not.to.include('referer');
    }
    // nginx asked the upstream in its own name (whichever engine came first filled the cache).
    const { upstream } = await proxyLog();
    const asked = upstream.find((r) => r.pathname === '/v1/forecast' && r.query.latitude === '51.95');
    expect(asked, 'the upstream was asked for Coesfeld').to.exist;
    expect(asked!.headers['user-agent']).to.match(/^kreis-wetter-proxy /);
    expect(asked!.headers).not.to.have.any.keys('cookie', 'referer', 'origin', 'x-forwarded-for');
  });

  it('the check sees a request to another origin: the same page with the default forecast-api', async () => {
    const page = await openPage({
      only: 'self',
      html: '<kreis-wetter warnings="off" privacy-url="/datenschutz"></kreis-wetter>',
    });
    const el = page.widget();
    await settled(el);
    part(el, 'accept-button')!.click();
    // Blocked before it leaves the browser: the widget says the service cannot be reached.
    await waitFor(() => part(el, 'error') !== null, 'no error appeared', 10000);
    // The page hears of a refused request a moment later than the widget does.
    await waitFor(
      () => page.otherOrigins().some((entry) => entry.includes('https://api.open-meteo.com')),
      `the request to Open-Meteo was not seen; seen: ${JSON.stringify(page.otherOrigins())}`,
    );
  });

  describe('consent-source="none", where every service is the site itself', () => {
    for (const [name, attributes] of [
      ['forecast and warnings through the proxy', PROXIED],
      [
        'the forecast through the proxy, warnings off',
        'privacy-url="/datenschutz" forecast-api="/wetter-api/open-meteo" warnings="off"',
      ],
    ] as const) {
      it(`${name}: the forecast without asking, and nothing kept on the device`, async () => {
        await deleteDatabase(); // a browser that never visited
        const html = `<kreis-wetter consent-source="none" ${attributes}></kreis-wetter>`;
        const page = await openPage({ only: 'self', html });
        const el = page.widget();
        await forecastShown(el);
        if (attributes.includes('warnings-api')) await warningsShown(el, 2);
        // Nothing to decide, so nothing to withdraw.
        expect(part(el, 'consent')).to.equal(null);
        expect(part(el, 'accept-button')).to.equal(null);
        expect(part(el, 'revoke-button')).to.equal(null);
        expect(el.consentState).to.equal('granted');
        expect(page.warnings()).to.deep.equal([]);
        await pause(500); // an absence: what a write would take, had the widget issued one
        ownOriginOnly(page);
        expect(await databaseExists(), 'an IndexedDB database').to.equal(false);
        await page.close();

        // A reload: the forecast again, straight away, and still nothing on the device.
        const again = await openPage({ only: 'self', html });
        await forecastShown(again.widget());
        await pause(500);
        ownOriginOnly(again);
        expect(await databaseExists(), 'an IndexedDB database').to.equal(false);
      });
    }
  });

  describe('consent-source="none" with a third party configured: refused by name, and closed', () => {
    for (const [name, attributes] of [
      ['the default forecast-api (Open-Meteo)', 'warnings="off"'],
      ['warnings on with the default warnings-api (Bright Sky)', 'forecast-api="/wetter-api/open-meteo"'],
      ['an https forecast-api', 'forecast-api="https://wetter.example.org/api" warnings="off"'],
    ] as const) {
      it(`${name}: a console warning, no forecast, no request`, async () => {
        const start = await proxyLog();
        const page = await openPage({
          only: 'self',
          html: `<kreis-wetter consent-source="none" ${attributes}></kreis-wetter>`,
        });
        const el = page.widget();
        await settled(el);
        await waitFor(
          () => page.warnings().some((w) => w.includes('ignoring consent-source="none"')),
          'no warning naming consent-source="none"',
        );
        await pause(500); // an absence: what a request would take to be made
        expect(parts(el, 'day')).to.have.length(0);
        expect(el.consentState).to.equal('unknown');
        // The visitor is asked instead, as with any consent setting that is not valid.
        expect(part(el, 'accept-button')).to.exist;
        ownOriginOnly(page);
        expect(await forwardedSince(start), 'requests to the proxy').to.deep.equal([]);
      });
    }
  });
});
