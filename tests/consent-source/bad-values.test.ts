import { expect } from '@open-wc/testing';
import { forecastRequests, interceptFiles, thirdPartyRequests } from '../helpers/provider.js';
import { storedValue, storeValue } from '../helpers/stored.js';
import { forecastKept } from '../helpers/page.js';
import { forecastShown, part, parts, waitFor } from '../helpers/widget.js';
import { sampleResolver } from '../mocks/open-meteo.js';
import {
  leave,
  newVisitorEachTime,
  noticeShown,
  openSettledSite,
  openSite,
  pause,
  saysPageViewOnly,
  warned,
  widgetStoredNothing,
  yesForThisPageViewOnly,
  type Cmp,
} from './site.js';

/**
 * consent-source values the widget cannot use fail closed: a console warning naming the attribute
 * and the value, no forecast until the visitor says yes in the widget's own notice, and that yes
 * for this page view only, stored nowhere.
 */

describe('consent-source values the widget cannot use', function () {
  // One test waits out the widget's BANNER_WAIT_MS (4 s) for a banner that is not on the page.
  this.timeout(40000);
  newVisitorEachTime();

  for (const [value, cmp, said] of [
    ['klaro', 'klaro', 'expected builtin, external, none, or a cookie banner'], // no service
    ['klaro:', 'klaro', 'expected builtin, external, none, or a cookie banner'], // an empty service
    ['foo:bar', 'none', 'expected builtin, external, none, or a cookie banner'], // no such banner
    ['klaro:open meteo', 'klaro', 'is not a valid service name'], // a name Klaro cannot have
    ['cookiebot:weather', 'cookiebot', 'is not a Cookiebot category'], // Cookiebot has categories only
  ] as [string, Cmp, string][]) {
    it(`consent-source="${value}": a warning naming it; no forecast until a yes in the widget, for this page view only`, async () => {
      const html = `<kreis-wetter consent-source="${value}" warnings="off"></kreis-wetter>`;
      const site = await openSite({ cmp, html });
      const el = site.widget();
      await noticeShown(el);
      const warning = await warned(site, value);
      expect(warning).to.include(said);
      expect(saysPageViewOnly(el), 'the notice says the yes holds for this page view only').to.equal(true);
      await pause(300); // an absence: what a request would take to be on its way
      expect(el.consentState).to.equal('unknown');
      expect(thirdPartyRequests()).to.have.length(0);
      expect(site.forecastScripts()).to.deep.equal([]);
      await yesForThisPageViewOnly(site, () => openSite({ cmp, html }));
    });
  }

  it("a yes the widget stored itself (builtin) counts under no consent-source it cannot use, nor in a banner's mode", async () => {
    const DAY = 86_400_000;
    await storeValue('consent', {
      granted: true,
      version: '1',
      decidedAt: Date.now() - DAY,
      expiresAt: Date.now() + 100 * DAY,
    });
    // The stored yes is a good one: with the default consent-source it shows the forecast.
    const builtin = await openSettledSite({ html: '<kreis-wetter warnings="off"></kreis-wetter>' });
    await forecastShown(builtin.widget());
    // Left once its forecast is kept: a page removed while it opens the database can leave a
    // connection behind in Firefox that blocks deleting it.
    await forecastKept();
    await leave(builtin);
    const requests = forecastRequests().length;

    for (const value of ['foo:bar', 'klaro:', 'klaro:open-meteo']) {
      const site = await openSite({ html: `<kreis-wetter consent-source="${value}" warnings="off"></kreis-wetter>` });
      const el = site.widget();
      await noticeShown(el, 10000); // for klaro:open-meteo, after the wait for a banner that is not on the page
      await warned(site, value);
      await pause(300); // an absence: what a request would take to be on its way
      expect(el.consentState, value).to.equal('unknown');
      expect(parts(el, 'day'), value).to.have.length(0);
      expect(site.forecastScripts(), value).to.deep.equal([]);
      expect(forecastRequests(), value).to.have.length(requests);
      // Without a yes the kept forecasts are deleted (the first page does it); left once done, as above.
      await waitFor(async () => (await storedValue('forecasts')) === undefined, 'the kept forecasts are still there');
      await leave(site);
    }
    // Not deleted either: it is the builtin mode's, which may count again where that is configured.
    expect(await storedValue('consent')).to.deep.include({ granted: true, version: '1' });
  });

  it("the page's grantConsent() under a consent-source the widget cannot use holds for this page view only, like a yes in the notice", async () => {
    const html = '<kreis-wetter consent-source="foo:bar" warnings="off"></kreis-wetter>';
    const site = await openSite({ html });
    const el = site.widget();
    await noticeShown(el);
    await yesForThisPageViewOnly(
      site,
      () => openSite({ html }),
      (widget) => widget.grantConsent(),
    );
  });

  for (const attributes of ['', 'forecast-api="/wetter-api/open-meteo"', 'forecast-api="https://wetter.example/api"']) {
    it(`consent-source="none" with third-party services (${attributes || 'the default APIs'}) is refused by name and fails closed`, async () => {
      const site = await openSite({ html: `<kreis-wetter consent-source="none" ${attributes}></kreis-wetter>` });
      const el = site.widget();
      await noticeShown(el);
      const warning = await warned(site, 'none');
      expect(warning).to.include('forecast-api');
      expect(saysPageViewOnly(el)).to.equal(true);
      await pause(300); // an absence: what a request would take to be on its way
      expect(el.consentState).to.equal('unknown');
      expect(part(el, 'accept-button')).to.exist;
      expect(thirdPartyRequests()).to.have.length(0);
      expect(site.forecastScripts()).to.deep.equal([]);
    });
  }

  it('consent-source="none" where every service is the site\'s own: the forecast without asking, nothing to withdraw', async () => {
    interceptFiles(/\/wetter-api\/open-meteo\/v1\/forecast/, sampleResolver);
    const site = await openSite({
      html: '<kreis-wetter consent-source="none" forecast-api="/wetter-api/open-meteo" warnings="off"></kreis-wetter>',
    });
    const el = site.widget();
    await forecastShown(el);
    expect(part(el, 'consent')).to.equal(null);
    expect(part(el, 'revoke-button')).to.equal(null);
    expect(site.warnings().filter((w) => w.includes('consent-source'))).to.deep.equal([]);
    expect(thirdPartyRequests()).to.have.length(0);
    expect(site.foreignResources()).to.deep.equal([]);
    await widgetStoredNothing(site);
  });
});
