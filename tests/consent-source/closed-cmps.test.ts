import { expect } from '@open-wc/testing';
import { forecastRequests, thirdPartyRequests } from '../helpers/provider.js';
import { click, forecastShown, part, waitFor } from '../helpers/widget.js';
import { cookie, type FakeCmp } from '../cmp/page.js';
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
  type Cmp,
  type Site,
} from './site.js';

/**
 * consent-source with the closed cookie banners, against the FAKES in tests/cmp/fakes/ (written from
 * each vendor's documented API, none of the vendor's code; see each fake's header): the widget as
 * sites embed it reads the CMP's choice on load, follows its changes, keeps clear of each CMP's
 * quirks, and records its own notice's choice in the CMP where the CMP has an API for that.
 */

type Decision = 'granted' | 'denied' | 'unknown';

interface ClosedCmp {
  readonly title: string;
  readonly cmp: Cmp;
  readonly source: string;
  readonly setup?: object;
  /** The CMP's banner or dialog asks the visitor (first visit). */
  bannerShown(fake: FakeCmp): boolean;
  /** The visitor accepts everything in the CMP. */
  acceptAll(fake: FakeCmp): void;
  /** The visitor withdraws the weather service (only) in the CMP's settings. */
  withdraw(fake: FakeCmp): void;
  /** The CMP's own record of the weather service, read through the vendor's API (and cookie). */
  recorded(site: Site): Promise<Decision>;
  /** Whether the CMP has an API that records one service's choice, so the widget's buttons record there. */
  readonly records: boolean;
  /** The CMP's settings opened (the notice's "Cookie-Einstellungen"). */
  settingsOpen(fake: FakeCmp): boolean;
}

const USERCENTRICS_ID = 'rJ99c4oOo-X';

async function usercentricsV3(site: Site): Promise<Decision> {
  const details = await site.win.__ucCmp!.getConsentDetails();
  const consent = details.services[USERCENTRICS_ID]!.consent;
  return consent.type !== 'EXPLICIT' ? 'unknown' : consent.given ? 'granted' : 'denied';
}

function usercentricsV2(site: Site): Promise<Decision> {
  const service = site.win.UC_UI.getServicesBaseInfo().find((s) => s.id === USERCENTRICS_ID)!;
  const explicit = service.consent.history.at(-1)?.type === 'explicit';
  return Promise.resolve(!explicit ? 'unknown' : service.consent.status ? 'granted' : 'denied');
}

const CMPS: readonly ClosedCmp[] = [
  ...([3, 2] as const).map((version): ClosedCmp => ({
    title: `Usercentrics v${version} (FAKE)`,
    cmp: 'usercentrics',
    source: `usercentrics:${USERCENTRICS_ID}`,
    setup: { version },
    bannerShown: (fake) => fake.view === 'FIRST_LAYER',
    acceptAll: (fake) => fake.visitorAcceptsAll(),
    withdraw: (fake) => fake.visitorSaves({ [USERCENTRICS_ID]: false }),
    recorded: version === 3 ? usercentricsV3 : usercentricsV2,
    records: true,
    settingsOpen: (fake) => fake.view === 'SECOND_LAYER',
  })),
  {
    title: 'Cookiebot (FAKE)',
    cmp: 'cookiebot',
    source: 'cookiebot:preferences',
    bannerShown: (fake) => fake.dialogVisible,
    acceptAll: (fake) => fake.visitorAcceptsAll(),
    withdraw: (fake) => fake.visitorAccepts({ statistics: true, marketing: true }),
    recorded: (site) => {
      const value = cookie('CookieConsent', site.doc);
      const { consent } = site.win.Cookiebot;
      if (value === undefined || consent.method !== 'explicit') return Promise.resolve('unknown');
      // The API and the CMP's cookie agree.
      expect(value.includes(`preferences:${String(consent.preferences)}`), 'the CookieConsent cookie').to.equal(true);
      return Promise.resolve(consent.preferences ? 'granted' : 'denied');
    },
    records: true,
    settingsOpen: (fake) => fake.dialogVisible,
  },
  {
    title: 'Borlabs Cookie 3 (FAKE)',
    cmp: 'borlabs',
    source: 'borlabs:open-meteo',
    bannerShown: (fake) => fake.dialogVisible,
    acceptAll: (fake) => fake.visitorAcceptsAll(),
    withdraw: (fake) => fake.visitorSaves({ 'open-meteo': false }),
    recorded: (site) =>
      Promise.resolve(
        cookie('borlabs-cookie', site.doc) === undefined
          ? 'unknown'
          : site.win.BorlabsCookie.Consents.hasConsent('open-meteo')
            ? 'granted'
            : 'denied',
      ),
    records: false,
    settingsOpen: (fake) => fake.dialogVisible,
  },
  {
    title: 'CCM19 (FAKE)',
    cmp: 'ccm19',
    source: 'ccm19:Open-Meteo',
    bannerShown: (fake) => fake.open === 'widget',
    acceptAll: (fake) => fake.visitorAcceptsAll(),
    withdraw: (fake) => fake.visitorSaves({ 'Open-Meteo': false }),
    recorded: (site) => {
      const ccm = site.win.CCM as { consent: boolean; acceptedEmbeddings: { name: string }[] };
      return Promise.resolve(
        !ccm.consent ? 'unknown' : ccm.acceptedEmbeddings.some((e) => e.name === 'Open-Meteo') ? 'granted' : 'denied',
      );
    },
    records: false,
    settingsOpen: (fake) => fake.open === 'controlPanel',
  },
];

for (const cmp of CMPS) {
  describe(`consent-source="${cmp.source}": ${cmp.title}`, function () {
    // Several page views a test, each settling and loading the forecast: generous on a busy machine.
    this.timeout(40000);
    newVisitorEachTime();

    const html = `<kreis-wetter consent-source="${cmp.source}" warnings="off"></kreis-wetter>`;
    const site = () => openSettledSite({ cmp: cmp.cmp, html, ...(cmp.setup ? { setup: cmp.setup } : {}) });

    it('follows the CMP: first visit asks, a yes there is followed within a second, a withdrawal there removes the forecast', async () => {
      const s = await site();
      const el = s.widget();
      await waitFor(() => cmp.bannerShown(s.fake), 'the CMP did not ask');
      expect(part(el, 'consent')).to.exist;
      await pause(300); // an absence: what a request would take to be on its way
      expect(thirdPartyRequests()).to.have.length(0);
      expect(s.forecastScripts()).to.deep.equal([]);

      const { heard, noticeGone } = await timeToFollow(el, () => cmp.acceptAll(s.fake));
      expect(heard, "ms from the CMP's yes until the widget followed it").to.be.below(1000);
      expect(noticeGone, "ms from the CMP's yes until the notice made way for the forecast").to.be.below(1000);

      cmp.withdraw(s.fake);
      await forecastGone(el);
      expect(el.consentState).to.equal('denied');
      await pause(300); // an absence: what a request would take to be on its way
      expect(forecastRequests()).to.have.length(1);
      await widgetStoredNothing(s);
      expect(s.problems()).to.deep.equal([]);
    });

    it("reads the CMP's stored choice on each page view", async () => {
      const first = await site();
      cmp.acceptAll(first.fake);
      await forecastShown(first.widget());
      await leave(first);

      const second = await site();
      await forecastShown(second.widget());
      expect(part(second.widget(), 'consent'), 'no question').to.equal(null);
      cmp.withdraw(second.fake);
      await forecastGone(second.widget());
      await leave(second);

      const third = await site();
      await pause(300); // an absence: a request would be on its way
      expect(third.widget().consentState).to.equal('denied');
      expect(forecastRequests()).to.have.length(2);
      await widgetStoredNothing(first, second, third);
    });

    if (cmp.records) {
      it("the notice's yes and the revoke button are recorded in the CMP", async () => {
        const s = await site();
        const el = s.widget();
        expect(await cmp.recorded(s)).to.equal('unknown');
        click(el, 'accept-button');
        await forecastShown(el);
        expect(saysPageViewOnly(el)).to.equal(false);
        await waitFor(async () => (await cmp.recorded(s)) === 'granted', 'the CMP did not record the yes');
        click(el, 'revoke-button');
        await forecastGone(el);
        await waitFor(async () => (await cmp.recorded(s)) === 'denied', 'the CMP did not record the withdrawal');
        await leave(s);

        const next = await site();
        expect(next.widget().consentState).to.equal('denied');
        await widgetStoredNothing(s, next);
      });
    } else {
      it("the CMP records no single service's choice: the notice's yes holds for this page view only, and says so", async () => {
        const s = await site();
        const el = s.widget();
        click(el, 'accept-button');
        await forecastShown(el);
        await waitFor(() => saysPageViewOnly(el), 'the forecast does not say the yes holds for this page view only');
        expect(await warned(s, cmp.source, 'did not record')).to.include('in its dialog');
        expect(await cmp.recorded(s)).to.equal('unknown');
        // The CMP's own answer still counts the moment the visitor gives it.
        cmp.withdraw(s.fake);
        await forecastGone(el);
        await leave(s);

        const next = await site();
        expect(next.widget().consentState, 'the CMP has the no').to.equal('denied');
        await widgetStoredNothing(s, next);
      });
    }

    it('"Cookie-Einstellungen" in the notice opens the CMP\'s settings', async () => {
      const s = await site();
      const button = bannerSettingsButton(s.widget());
      expect(button, 'the notice offers the CMP settings').to.exist;
      button!.click();
      await waitFor(() => cmp.settingsOpen(s.fake), "the CMP's settings did not open");
    });
  });
}

describe('closed CMPs (FAKES): their quirks grant nothing and repeat nothing', function () {
  // Several page views a test, each settling and loading the forecast: generous on a busy machine.
  this.timeout(40000);
  newVisitorEachTime();

  const widget = (source: string) => `<kreis-wetter consent-source="${source}" warnings="off"></kreis-wetter>`;

  /** A page view that must not show the forecast: asks, requests nothing. */
  async function staysWithout(site: Site, state: Decision): Promise<void> {
    await noticeShown(site.widget());
    await pause(500); // an absence: the CMP's load-time events have fired, a request would be on its way
    expect(site.widget().consentState).to.equal(state);
    expect(part(site.widget(), 'accept-button')).to.exist;
    expect(thirdPartyRequests()).to.have.length(0);
    expect(site.forecastScripts()).to.deep.equal([]);
  }

  for (const version of [3, 2]) {
    it(`Usercentrics v${version} (FAKE): implicit consent is no decision`, async () => {
      const s = await openSite({
        cmp: 'usercentrics',
        html: widget(`usercentrics:${USERCENTRICS_ID}`),
        setup: { version, implicit: true },
      });
      await staysWithout(s, 'unknown');
      expect(s.fake.view, 'the banner asks').to.equal('FIRST_LAYER');
    });
  }

  it('Cookiebot (FAKE): CookiebotOnAccept on every page load is no yes for a category the visitor refused', async () => {
    const first = await openSite({ cmp: 'cookiebot', html: widget('cookiebot:preferences') });
    await noticeShown(first.widget());
    first.fake.visitorAccepts({ statistics: true }); // preferences refused
    await waitFor(() => first.widget().consentState === 'denied', 'the refusal was not followed');
    await leave(first);

    const accepts: string[] = [];
    const second = await openSite({ cmp: 'cookiebot', html: widget('cookiebot:preferences'), load: 'manual' });
    second.win.addEventListener('CookiebotOnAccept', () => accepts.push('CookiebotOnAccept'));
    await second.loadCmp();
    await staysWithout(second, 'denied');
    expect(accepts, 'Cookiebot announced an acceptance on load').to.deep.equal(['CookiebotOnAccept']);
  });

  it('Cookiebot (FAKE): implied consent (where browsing on counts) is no decision', async () => {
    const s = await openSite({ cmp: 'cookiebot', html: widget('cookiebot:preferences'), setup: { implied: true } });
    await staysWithout(s, 'unknown');
  });

  it('CCM19 (FAKE): ccm19EmbeddingAccepted for other embeddings on every page load is no yes', async () => {
    const first = await openSite({ cmp: 'ccm19', html: widget('ccm19:Open-Meteo') });
    await noticeShown(first.widget());
    first.fake.visitorSaves({ 'Google Maps': true, 'Open-Meteo': false });
    await waitFor(() => first.widget().consentState === 'denied', 'the refusal was not followed');
    await leave(first);

    const accepted: string[] = [];
    const second = await openSite({ cmp: 'ccm19', html: widget('ccm19:Open-Meteo'), load: 'manual' });
    second.win.addEventListener('ccm19EmbeddingAccepted', (e) =>
      accepted.push((e as CustomEvent<{ name: string }>).detail.name),
    );
    await second.loadCmp();
    await staysWithout(second, 'denied');
    expect(accepted, 'CCM19 announced the accepted embeddings on load').to.deep.equal(['Google Maps']);
  });

  for (const [title, source, cmp, event] of [
    ['Cookiebot', 'cookiebot:preferences', 'cookiebot', 'CookiebotOnAccept'],
    ['CCM19', 'ccm19:Open-Meteo', 'ccm19', 'ccm19EmbeddingAccepted'],
  ] as const) {
    it(`${title} (FAKE): ${event} on the next page load shows the forecast once, announced once`, async () => {
      const first = await openSite({ cmp, html: widget(source) });
      await noticeShown(first.widget());
      first.fake.visitorAcceptsAll();
      await forecastShown(first.widget());
      await leave(first);

      const second = await openSite({ cmp, html: widget(source), load: 'manual' });
      const heard: string[] = [];
      second.win.addEventListener(event, () => heard.push(event));
      const changes: ConsentChangeDetail[] = [];
      second.widget().addEventListener('kreis-wetter-consent-change', (e) => changes.push(e.detail));
      const loads: string[] = [];
      second.widget().addEventListener('kreis-wetter-forecast-load', (e) => loads.push(e.detail.source));
      await second.loadCmp();
      await forecastShown(second.widget());
      await waitFor(() => heard.length > 0, `no ${event} on load`);
      await pause(700); // an absence: the CMP's load-time events have fired, a repeat would be on its way
      expect(changes).to.deep.equal([{ state: 'granted', source: 'storage' }]);
      expect(loads).to.have.length(1);
      expect(forecastRequests(), 'one request per page view').to.have.length(2);
    });
  }

  it('Borlabs Cookie 3 (FAKE): a first visit without its cookie is undecided, not a no', async () => {
    const s = await openSite({ cmp: 'borlabs', html: widget('borlabs:open-meteo') });
    await staysWithout(s, 'unknown');
    expect(s.fake.dialogVisible, 'the dialog asks').to.equal(true);
  });
});
