import { expect } from '@open-wc/testing';
import { thirdPartyRequests, thirdPartyResources } from '../helpers/provider.js';
import { click, part, waitFor } from '../helpers/widget.js';
import { newVisitorEachTime, noticeShown, openSite, pause, type Cmp, type Site } from './site.js';

/**
 * Before a yes, nothing: in every consent-source mode, the widget as sites embed it (warnings on, the
 * default) requests nothing from any third party and does not load its forecast code, before the
 * visitor decides and after a no.
 */

interface Mode {
  readonly title: string;
  readonly source: string | null;
  readonly cmp?: Cmp;
  /** Settings for a FAKE CMP. */
  readonly setup?: object;
  /** The CMP asks too, by the time the widget does. */
  readonly bannerShown?: (site: Site) => boolean;
}

const MODES: readonly Mode[] = [
  { title: 'builtin (the default)', source: null },
  { title: 'builtin', source: 'builtin' },
  { title: 'external', source: 'external' },
  {
    title: 'Klaro (real)',
    source: 'klaro:open-meteo',
    cmp: 'klaro',
    bannerShown: (site) => site.$('.klaro .cookie-notice:not(.cookie-notice-hidden)') !== null,
  },
  {
    title: 'vanilla-cookieconsent (real)',
    source: 'cookieconsent:weather/open-meteo',
    cmp: 'cookieconsent',
    bannerShown: (site) => site.doc.documentElement.classList.contains('show--consent'),
  },
  {
    title: 'Usercentrics v3 (FAKE)',
    source: 'usercentrics:rJ99c4oOo-X',
    cmp: 'usercentrics',
    bannerShown: (site) => site.fake.view === 'FIRST_LAYER',
  },
  {
    title: 'Usercentrics v2 (FAKE)',
    source: 'usercentrics:rJ99c4oOo-X',
    cmp: 'usercentrics',
    setup: { version: 2 },
    bannerShown: (site) => site.fake.view === 'FIRST_LAYER',
  },
  {
    title: 'Cookiebot (FAKE)',
    source: 'cookiebot:preferences',
    cmp: 'cookiebot',
    bannerShown: (site) => site.fake.dialogVisible,
  },
  {
    title: 'Borlabs Cookie 3 (FAKE)',
    source: 'borlabs:open-meteo',
    cmp: 'borlabs',
    bannerShown: (site) => site.fake.dialogVisible,
  },
  {
    title: 'CCM19 (FAKE)',
    source: 'ccm19:Open-Meteo',
    cmp: 'ccm19',
    bannerShown: (site) => site.fake.open === 'widget',
  },
  { title: 'Klaro named, its script missing', source: 'klaro:open-meteo', cmp: 'none' },
  { title: 'a value the widget does not know', source: 'foo:bar' },
  { title: 'none, with the third-party default services', source: 'none' },
];

describe('before a yes, nothing: in every consent-source mode', function () {
  // One mode waits out the widget's BANNER_WAIT_MS (4 s) for a banner that never comes.
  this.timeout(40000);
  newVisitorEachTime();

  for (const mode of MODES) {
    it(`${mode.title}: no third-party request and no forecast code, before a decision and after a no`, async () => {
      const attribute = mode.source === null ? '' : ` consent-source="${mode.source}"`;
      const site = await openSite({
        cmp: mode.cmp ?? 'none',
        ...(mode.setup ? { setup: mode.setup } : {}),
        html: `<kreis-wetter${attribute} privacy-url="/datenschutz"></kreis-wetter>`,
      });
      const el = site.widget();
      await noticeShown(el);
      if (mode.bannerShown) await waitFor(() => mode.bannerShown!(site), 'the banner did not ask');
      // The visitor reads the notice's details (fetched from the widget's own origin).
      part(el, 'consent')!.querySelector('details')!.open = true;
      await waitFor(() => part(el, 'consent')!.querySelector('details li'), 'the details did not open');
      await pause(300); // an absence: what a request would take to be on its way
      const nothing = () => {
        expect(el.consentState).to.not.equal('granted');
        expect(thirdPartyRequests().map((r) => r.url)).to.deep.equal([]);
        expect(thirdPartyResources()).to.deep.equal([]);
        expect(site.foreignResources()).to.deep.equal([]);
        expect(site.forecastScripts()).to.deep.equal([]);
      };
      nothing();

      click(el, 'reject-button');
      await waitFor(() => el.consentState === 'denied', 'the no did not take effect');
      await pause(300); // an absence, again
      nothing();
      expect(part(el, 'accept-button'), 'a yes stays possible').to.exist;
    });
  }
});
