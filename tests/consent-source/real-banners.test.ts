import { expect } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { abortedLatitudes, answerWith, forecastRequests, thirdPartyRequests } from '../helpers/provider.js';
import { databaseExists } from '../helpers/stored.js';
import { choosePlace, click, forecastShown, part, parts, visibleText, waitFor } from '../helpers/widget.js';
import { sampleForecast } from '../mocks/open-meteo.js';
import { cookie } from '../cmp/page.js';
import { BANNER_WAIT_MS } from '../../src/cmp/cmp-consent.js';
import type { ConsentChangeDetail } from '../../src/kreis-wetter.js';
import {
  bannerSettingsButton,
  forecastGone,
  leave,
  newVisitorEachTime,
  noticeShown,
  openSettledSite,
  openSite,
  pause,
  saysPageViewOnly,
  timeToFollow,
  warned,
  widgetStoredNothing,
  yesForThisPageViewOnly,
  type Site,
} from './site.js';

/**
 * consent-source with the two open-source cookie banners, the REAL libraries from node_modules
 * (Klaro 0.7.22, vanilla-cookieconsent 3.1.0) on a page with the widget as sites embed it: the
 * banner is the only record of the visitor's choice, the widget follows it and records its own
 * notice's choice there.
 */

interface RealBanner {
  readonly title: string;
  readonly cmp: 'klaro' | 'cookieconsent';
  /** consent-source for the weather service the page's config registers. */
  readonly source: string;
  /** consent-source naming a service the page's config does not have, and what the warning says about it. */
  readonly misnamed: readonly [string, string];
  /** What the warning says when the banner's script is not on the page. */
  readonly missing: string;
  /** The banner's first-visit notice is shown. */
  bannerShown(site: Site): boolean;
  /** The visitor accepts everything in the banner. */
  acceptAllInBanner(site: Site): void;
  /** The banner's settings dialog is open. */
  settingsOpen(site: Site): boolean;
  /** The open settings dialog shows the weather service switched on. */
  settingsShowWeather(site: Site): boolean;
  /** The visitor switches the weather service in the open settings dialog (not saved yet). */
  toggleWeather(site: Site): void;
  /** The visitor saves the settings dialog. */
  saveSettings(site: Site): void;
  /** The banner's API: the weather service's saved yes (true), no (false), or no saved choice (undefined). */
  apiSays(site: Site): boolean | undefined;
  /** The banner's cookie: the weather service's yes, or undefined without a cookie. */
  cookieSays(site: Site): boolean | undefined;
  /** The banner's saved yes for the page's other service (statistics). */
  otherService(site: Site): boolean;
}

const klaroManager = (site: Site) => site.win.klaro!.getManager();
const klaroCookie = (site: Site) => {
  const value = cookie('klaro', site.doc);
  return value === undefined ? undefined : (JSON.parse(value) as Record<string, boolean>);
};
const ccCookie = (site: Site) => {
  const value = cookie('cc_cookie', site.doc);
  return value === undefined ? undefined : (JSON.parse(value) as { services: Record<string, string[]> });
};
const ccToggle = (site: Site) =>
  site.doc.querySelector<HTMLInputElement>('input.section__toggle[data-category="weather"][value="open-meteo"]');

const BANNERS: readonly RealBanner[] = [
  {
    title: 'Klaro (real klaro 0.7.22)',
    cmp: 'klaro',
    source: 'klaro:open-meteo',
    misnamed: ['klaro:openmeteo', 'Klaro has no service "openmeteo" in its config'],
    missing: 'window.klaro not found',
    bannerShown: (site) => site.$('.klaro .cookie-notice:not(.cookie-notice-hidden)') !== null,
    acceptAllInBanner: (site) => site.$('.cookie-notice .cm-btn-success')!.click(),
    settingsOpen: (site) => site.$('#service-item-open-meteo') !== null,
    settingsShowWeather: (site) => site.doc.querySelector<HTMLInputElement>('#service-item-open-meteo')!.checked,
    toggleWeather: (site) => site.$('#service-item-open-meteo')!.click(),
    saveSettings: (site) => site.$('.cookie-modal .cm-btn-accept')!.click(),
    apiSays: (site) => {
      const manager = klaroManager(site);
      return manager.confirmed ? manager.getConsent('open-meteo') : undefined;
    },
    cookieSays: (site) => klaroCookie(site)?.['open-meteo'],
    otherService: (site) => klaroCookie(site)?.matomo === true,
  },
  {
    title: 'vanilla-cookieconsent v3 (real vanilla-cookieconsent 3.1.0)',
    cmp: 'cookieconsent',
    source: 'cookieconsent:weather/open-meteo',
    misnamed: ['cookieconsent:weather/openmeteo', 'cookieconsent has no service "openmeteo" in its category "weather"'],
    missing: 'window.CookieConsent not found',
    bannerShown: (site) => site.doc.documentElement.classList.contains('show--consent'),
    acceptAllInBanner: (site) => site.$('.cm__btn[data-role="all"]')!.click(),
    settingsOpen: (site) => site.doc.documentElement.classList.contains('show--preferences') && ccToggle(site) !== null,
    settingsShowWeather: (site) => ccToggle(site)!.checked,
    toggleWeather: (site) => ccToggle(site)!.click(),
    saveSettings: (site) => site.$('.pm__btn[data-role="save"]')!.click(),
    apiSays: (site) => {
      const api = site.win.CookieConsent;
      return api.validConsent() ? api.acceptedService('open-meteo', 'weather') : undefined;
    },
    cookieSays: (site) => {
      const value = ccCookie(site);
      return value === undefined ? undefined : (value.services.weather ?? []).includes('open-meteo');
    },
    otherService: (site) => ccCookie(site)?.services.analytics?.includes('matomo') === true,
  },
];

/** Records the widget's consent-change events. */
function changes(site: Site, index = 0): ConsentChangeDetail[] {
  const seen: ConsentChangeDetail[] = [];
  site.widget(index).addEventListener('kreis-wetter-consent-change', (e) => seen.push(e.detail));
  return seen;
}

for (const banner of BANNERS) {
  describe(`consent-source="${banner.source}": ${banner.title}`, function () {
    // Two tests wait out the widget's BANNER_WAIT_MS (4 s) for a banner that never comes, twice.
    this.timeout(40000);
    newVisitorEachTime();

    const html = `<kreis-wetter consent-source="${banner.source}" warnings="off" privacy-url="/datenschutz"></kreis-wetter>`;
    const site = () => openSettledSite({ cmp: banner.cmp, html });
    /** The visitor accepts everything in the banner that asks on a first visit, and the forecast appears. */
    const acceptInBanner = async (s: Site) => {
      await waitFor(() => banner.bannerShown(s), 'the banner did not ask');
      banner.acceptAllInBanner(s);
      await forecastShown(s.widget());
    };
    /** The visitor opens the banner's settings with the site's own "Cookie-Einstellungen" link. */
    const openBannerSettings = async (s: Site) => {
      s.$('#site-cookie-settings')!.click();
      await waitFor(() => banner.settingsOpen(s), "the banner's settings did not open");
    };

    it('first visit: the widget and the banner ask; nothing is requested and no forecast code is loaded', async () => {
      const s = await site();
      const el = s.widget();
      await waitFor(() => banner.bannerShown(s), 'the banner did not ask');
      expect(part(el, 'consent')).to.exist;
      expect(el.consentState).to.equal('unknown');
      // The notice says the site keeps the decision (its banner), not this browser, and links the banner's settings.
      expect(visibleText(part(el, 'consent'))).to.include('Ihre Entscheidung verwaltet diese Website');
      expect(saysPageViewOnly(el)).to.equal(false);
      expect(bannerSettingsButton(el)).to.exist;
      await pause(300); // an absence: what a request would take to be on its way
      expect(thirdPartyRequests()).to.have.length(0);
      expect(s.foreignResources()).to.deep.equal([]);
      expect(s.forecastScripts()).to.deep.equal([]);
      expect(s.warnings().filter((w) => w.includes('consent-source'))).to.deep.equal([]);
    });

    it('a yes in the banner is followed within a second, without a reload: the notice makes way for the forecast; the next page view honours it', async () => {
      const s = await site();
      const el = s.widget();
      await waitFor(() => banner.bannerShown(s), 'the banner did not ask');
      const events = changes(s);
      Reflect.set(s.win, 'kwSamePageView', true);
      const { heard, noticeGone } = await timeToFollow(el, () => banner.acceptAllInBanner(s));
      expect(heard, "ms from the banner's yes until the widget followed it").to.be.below(1000);
      expect(noticeGone, "ms from the banner's yes until the notice made way for the forecast").to.be.below(1000);
      expect(Reflect.get(s.frame.contentWindow!, 'kwSamePageView'), 'the page was not reloaded').to.equal(true);
      expect(part(el, 'consent')).to.equal(null);
      expect(forecastRequests()).to.have.length(1);
      expect(events).to.deep.equal([{ state: 'granted', source: 'storage' }]);
      await leave(s);

      const next = await site();
      await forecastShown(next.widget());
      expect(part(next.widget(), 'consent')).to.equal(null);
      expect(next.widget().consentState).to.equal('granted');
      expect(banner.bannerShown(next), 'the banner asks no more').to.equal(false);
      await widgetStoredNothing(s, next);
      expect(await databaseExists(), 'the kreis-wetter database').to.equal(false);
      expect(next.problems()).to.deep.equal([]);
    });

    it("a yes in the widget's notice shows the forecast and is recorded in the banner: its state and its cookie", async () => {
      const s = await site();
      const el = s.widget();
      await waitFor(() => banner.bannerShown(s), 'the banner did not ask');
      const events = changes(s);
      click(el, 'accept-button');
      await forecastShown(el);
      expect(events).to.deep.equal([{ state: 'granted', source: 'visitor' }]);
      await waitFor(() => banner.apiSays(s) === true, "the banner's state does not show the yes");
      expect(banner.cookieSays(s), "the banner's cookie").to.equal(true);
      // Only the weather service: the visitor said nothing about the site's statistics.
      expect(banner.otherService(s), 'the other service').to.equal(false);
      // The banner's settings show it too.
      await openBannerSettings(s);
      expect(banner.settingsShowWeather(s), 'the weather service switched on in the settings').to.equal(true);
      await leave(s);

      const next = await site();
      await forecastShown(next.widget());
      expect(part(next.widget(), 'consent')).to.equal(null);
      await widgetStoredNothing(s, next);
      expect(await databaseExists(), 'the kreis-wetter database').to.equal(false);
    });

    it("toggling in the banner's settings grants nothing until the visitor saves", async () => {
      const s = await site();
      const el = s.widget();
      await openBannerSettings(s);
      banner.toggleWeather(s); // Klaro notifies its watchers of 'consents' here, before anything is saved
      await pause(300); // an absence: the forecast code would be on its way
      expect(part(el, 'consent')).to.exist;
      expect(el.consentState).to.equal('unknown');
      expect(s.forecastScripts()).to.deep.equal([]);
      expect(thirdPartyRequests()).to.have.length(0);
      banner.saveSettings(s);
      await forecastShown(el);
      expect(banner.apiSays(s)).to.equal(true);
    });

    it("a withdrawal in the banner's settings removes the forecast at once and stops the request on its way", async () => {
      const s = await site();
      const el = s.widget();
      await acceptInBanner(s);
      // A new place whose answer is held back: the visitor withdraws while it is on its way.
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      answerWith(async () => {
        await held;
        return HttpResponse.json(sampleForecast());
      });
      choosePlace(el, 'senden');
      await waitFor(
        () => forecastRequests().some((u) => u.searchParams.get('latitude') === '51.86'),
        'the new place was not requested',
      );
      const loads: string[] = [];
      el.addEventListener('kreis-wetter-forecast-load', (e) => loads.push(e.detail.place));
      const events = changes(s);

      await openBannerSettings(s);
      banner.toggleWeather(s);
      banner.saveSettings(s);
      await forecastGone(el);
      expect(el.consentState).to.equal('denied');
      expect(events).to.deep.equal([{ state: 'denied', source: 'storage' }]);
      await waitFor(() => abortedLatitudes().includes('51.86'), 'the request on its way was not aborted');
      release();
      await pause(500); // an absence: the held answer arrives now, and nothing may come of it
      expect(loads).to.deep.equal([]);
      expect(parts(el, 'day')).to.have.length(0);
      expect(forecastRequests()).to.have.length(2);
      expect(banner.apiSays(s)).to.equal(false);
      expect(banner.cookieSays(s)).to.equal(false);
      expect(banner.otherService(s), 'the other service stays accepted').to.equal(true);
      await leave(s);

      // The next page view honours the banner's no: the widget asks, nothing is requested.
      const next = await site();
      await pause(300); // an absence: a request would be on its way
      expect(next.widget().consentState).to.equal('denied');
      expect(part(next.widget(), 'accept-button')).to.exist;
      expect(forecastRequests()).to.have.length(2);
      await widgetStoredNothing(s, next);
    });

    it('a withdrawal in the banner deletes the forecast kept for this page view: the next yes asks Open-Meteo again', async () => {
      const s = await site();
      const el = s.widget();
      await acceptInBanner(s);
      expect(forecastRequests()).to.have.length(1);
      await openBannerSettings(s);
      banner.toggleWeather(s);
      banner.saveSettings(s);
      await forecastGone(el);
      // Kept, the forecast of a minute ago would be shown again without a request (for 30 minutes).
      click(el, 'accept-button');
      await forecastShown(el);
      expect(forecastRequests(), 'Open-Meteo asked again for the same place').to.have.length(2);
      expect(banner.apiSays(s)).to.equal(true);
      await widgetStoredNothing(s);
      expect(s.problems()).to.deep.equal([]);
    });

    it('the revoke button withdraws in the banner, leaving its other services as they were', async () => {
      const s = await site();
      const el = s.widget();
      await acceptInBanner(s);
      click(el, 'revoke-button');
      await forecastGone(el);
      await waitFor(() => banner.apiSays(s) === false, "the banner's state does not show the withdrawal");
      expect(banner.cookieSays(s), "the banner's cookie").to.equal(false);
      expect(banner.otherService(s), 'the other service').to.equal(true);
      await leave(s);

      const next = await site();
      expect(next.widget().consentState).to.equal('denied');
      await widgetStoredNothing(s, next);
    });

    it('"Cookie-Einstellungen" in the notice opens the banner\'s settings', async () => {
      const s = await site();
      const button = bannerSettingsButton(s.widget());
      expect(button, 'the notice offers the banner settings').to.exist;
      button!.click();
      await waitFor(() => banner.settingsOpen(s), "the banner's settings did not open");
    });

    it('a banner that loads after the widget (within 4 s) is asked; no warning', async () => {
      const s = await openSite({ cmp: banner.cmp, html, load: 'manual' });
      await pause(500); // the widget waits for its banner: nothing shown, nothing asked yet
      expect(part(s.widget(), 'accept-button')).to.equal(null);
      await s.loadCmp();
      await noticeShown(s.widget());
      await acceptInBanner(s);
      expect(s.warnings().filter((w) => w.includes('consent-source'))).to.deep.equal([]);
    });

    it("without the banner's script: a bounded wait, a warning naming consent-source; the widget asks, a yes holds for this page view only", async () => {
      const s = await openSite({ cmp: 'none', html });
      const el = s.widget();
      const start = performance.now();
      await noticeShown(el, BANNER_WAIT_MS + 8000);
      const waited = performance.now() - start;
      // It waited for the banner, and no longer than it promises (plus what a busy machine adds).
      expect(waited, 'ms until the notice').to.be.within(BANNER_WAIT_MS - 1000, BANNER_WAIT_MS + 5000);
      const warning = await warned(s, banner.source);
      expect(warning).to.include(banner.missing);
      expect(saysPageViewOnly(el), 'the notice says so').to.equal(true);
      expect(bannerSettingsButton(el), 'no settings of a banner that is not there').to.equal(undefined);
      expect(thirdPartyRequests()).to.have.length(0);
      expect(s.forecastScripts()).to.deep.equal([]);
      await yesForThisPageViewOnly(s, () => openSite({ cmp: 'none', html }));
    });

    it('a service the banner does not know: a warning naming consent-source; the widget asks, a yes holds for this page view only', async () => {
      const [source, message] = banner.misnamed;
      const misnamed = `<kreis-wetter consent-source="${source}" warnings="off"></kreis-wetter>`;
      const s = await openSite({ cmp: banner.cmp, html: misnamed });
      const el = s.widget();
      await noticeShown(el);
      const warning = await warned(s, source);
      expect(warning).to.include(message);
      expect(saysPageViewOnly(el)).to.equal(true);
      const next = await yesForThisPageViewOnly(s, () => openSite({ cmp: banner.cmp, html: misnamed }));
      // Nothing recorded in the banner either: it does not know the service.
      expect(banner.apiSays(next)).to.equal(undefined);
      expect(banner.cookieSays(next)).to.equal(undefined);
    });
  });
}
