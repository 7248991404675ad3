import { expect, waitUntil } from '@open-wc/testing';
import createAdapter from '../../src/cmp/cookieconsent.js';
import {
  callWithinASecond,
  calls,
  closePages,
  cmpLoaded,
  cookie,
  expectReadyToReject,
  forgetVisitor,
  foreignRequests,
  listenerSpy,
  openPage,
  type CmpPage,
} from './page.js';
import { leave } from '../helpers/leave.js';

/**
 * The real vanilla-cookieconsent 3.1.0 (node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js), run by the
 * page with categories necessary (read-only), analytics (services matomo, plausible), weather (service
 * open-meteo) and comfort (no services).
 */
async function ccPage(options = {}) {
  const page = await openPage('cookieconsent', options);
  await cmpLoaded(page);
  return page;
}

interface CcCookie {
  categories: string[];
  services: Record<string, string[]>;
}
const stored = (page: CmpPage) => {
  const value = cookie('cc_cookie', page.doc);
  return value ? (JSON.parse(value) as CcCookie) : undefined;
};
const $ = (page: CmpPage, selector: string) => page.doc.querySelector<HTMLElement>(selector);

async function ready(page: CmpPage, target = 'weather/open-meteo') {
  const adapter = createAdapter(target, page.win);
  await adapter.ready(5000);
  return adapter;
}

/** Opens the preferences dialog from the consent banner, as the visitor does ("Manage"). */
async function manage(page: CmpPage) {
  $(page, '.cm__btn[data-role="show"]')!.click();
  await waitUntil(() => $(page, '.pm__btn[data-role="save"]'), 'preferences dialog did not open', { timeout: 5000 });
}
const toggle = (page: CmpPage, category: string, service?: string) =>
  page.doc.querySelector<HTMLInputElement>(
    service
      ? `input.section__toggle[data-category="${category}"][value="${service}"]`
      : `input.section__toggle[value="${category}"]:not([data-category])`,
  )!;

/** A visitor who earlier accepted only Matomo, of the two analytics services, and nothing else. */
async function onlyMatomoEarlier() {
  const first = await ccPage();
  await manage(first);
  toggle(first, 'analytics', 'matomo').click();
  $(first, '.pm__btn[data-role="save"]')!.click();
  expect(stored(first)).to.deep.include({ categories: ['necessary', 'analytics'] });
  expect(stored(first)!.services).to.deep.include({ analytics: ['matomo'], weather: [] });
  await leave(first.frame);
}

describe('cookieconsent adapter (real vanilla-cookieconsent 3.1.0)', () => {
  let pages: CmpPage[] = [];
  beforeEach(() => {
    forgetVisitor();
    pages = [];
  });
  afterEach(async () => {
    for (const page of pages) expect(foreignRequests(page)).to.deep.equal([]);
    await closePages();
  });
  const track = async (page: Promise<CmpPage>) => {
    const p = await page;
    pages.push(p);
    return p;
  };

  it('reads a first visit as unknown, for a category and for a service', async () => {
    const page = await track(ccPage());
    const service = await ready(page, 'weather/open-meteo');
    const category = await ready(page, 'weather');
    expect(service.name).to.equal('cookieconsent');
    expect(service.current()).to.equal('unknown');
    expect(category.current()).to.equal('unknown');
    expect($(page, '.cm__btn[data-role="all"]'), "cookieconsent's banner").to.exist;
  });

  it("hears the visitor accept all in cookieconsent's banner within a second", async () => {
    const page = await track(ccPage());
    const adapter = await ready(page);
    const received = calls();
    adapter.subscribe(received.listener);
    const clicked = performance.now();
    $(page, '.cm__btn[data-role="all"]')!.click();
    await callWithinASecond(received, 1, clicked, 'granted');
    expect(adapter.current()).to.equal('granted');
    expect(stored(page)!.categories).to.include('weather');
    expect(received.decisions).to.deep.equal(['granted']);
  });

  it('does not call while the visitor toggles in the preferences, only when they save', async () => {
    const page = await track(ccPage());
    const adapter = await ready(page, 'weather');
    const received = calls();
    adapter.subscribe(received.listener);
    await manage(page);
    toggle(page, 'weather').click();
    expect(toggle(page, 'weather').checked).to.equal(true);
    expect(received.decisions).to.deep.equal([]);
    expect(adapter.current()).to.equal('unknown');
    const saved = performance.now();
    $(page, '.pm__btn[data-role="save"]')!.click();
    await callWithinASecond(received, 1, saved, 'granted');
    expect(stored(page)).to.deep.include({ categories: ['necessary', 'weather'] });
  });

  it('set(true) for a service records it in the cookie, keeping the other categories and their services', async () => {
    await onlyMatomoEarlier();
    const page = await track(ccPage());
    const adapter = await ready(page, 'weather/open-meteo');
    expect(adapter.current()).to.equal('denied');
    const received = calls();
    adapter.subscribe(received.listener);
    const changed: string[] = [];
    page.win.addEventListener('cc:onChange', (e) => {
      changed.push(...(e as CustomEvent<{ changedCategories: string[] }>).detail.changedCategories);
    });
    await adapter.set(true);
    expect(adapter.current()).to.equal('granted');
    expect(received.decisions).to.deep.equal(['granted']);
    expect(changed, 'categories the library saw change').to.deep.equal(['weather']);
    const c = stored(page)!;
    expect([...c.categories].sort()).to.deep.equal(['analytics', 'necessary', 'weather']);
    expect(c.services).to.deep.include({ analytics: ['matomo'], weather: ['open-meteo'] });
    expect(page.win.CookieConsent.acceptedService('plausible', 'analytics')).to.equal(false);
    // The library's own preferences dialog shows it.
    adapter.openSettings!();
    await waitUntil(() => $(page, '.pm__btn[data-role="save"]'), 'preferences dialog did not open', { timeout: 5000 });
    expect(toggle(page, 'weather', 'open-meteo').checked).to.equal(true);
    expect(toggle(page, 'analytics', 'matomo').checked).to.equal(true);
    expect(toggle(page, 'analytics', 'plausible').checked).to.equal(false);
    expect(toggle(page, 'comfort').checked).to.equal(false);
  });

  it('set(true) does not record a service the visitor switched on in the preferences and discarded', async () => {
    await onlyMatomoEarlier();
    const page = await track(ccPage());
    const adapter = await ready(page, 'weather/open-meteo');
    page.win.CookieConsent.showPreferences();
    await waitUntil(() => $(page, '.pm__close-btn'), 'preferences dialog did not open', { timeout: 5000 });
    toggle(page, 'analytics', 'plausible').click();
    $(page, '.pm__close-btn')!.click(); // closed without saving
    expect(toggle(page, 'analytics', 'plausible').checked).to.equal(false);
    await adapter.set(true);
    expect(adapter.current()).to.equal('granted');
    const c = stored(page)!;
    expect([...c.categories].sort()).to.deep.equal(['analytics', 'necessary', 'weather']);
    expect(c.services).to.deep.include({ analytics: ['matomo'], weather: ['open-meteo'] });
    expect(page.win.CookieConsent.acceptedService('plausible', 'analytics')).to.equal(false);
  });

  it('set(true) for a category without services keeps a partial service choice elsewhere', async () => {
    await onlyMatomoEarlier();
    const page = await track(ccPage());
    const adapter = await ready(page, 'comfort');
    await adapter.set(true);
    expect(adapter.current()).to.equal('granted');
    const c = stored(page)!;
    expect([...c.categories].sort()).to.deep.equal(['analytics', 'comfort', 'necessary']);
    expect(c.services).to.deep.include({ analytics: ['matomo'], weather: [] });
  });

  it('set(false) for a category takes out only that one', async () => {
    const page = await track(ccPage());
    $(page, '.cm__btn[data-role="all"]')!.click();
    const adapter = await ready(page, 'weather');
    expect(adapter.current()).to.equal('granted');
    await adapter.set(false);
    expect(adapter.current()).to.equal('denied');
    const c = stored(page)!;
    expect([...c.categories].sort()).to.deep.equal(['analytics', 'comfort', 'necessary']);
    expect(c.services).to.deep.include({ analytics: ['matomo', 'plausible'], weather: [] });
  });

  it('set(true) on a first visit records no other category, even one configured enabled', async () => {
    const config = structuredClone(page0Config) as Config;
    config.categories.comfort = { enabled: true };
    const page = await track(ccPage({ config }));
    const adapter = await ready(page, 'weather/open-meteo');
    await adapter.set(true);
    expect(adapter.current()).to.equal('granted');
    expect([...stored(page)!.categories].sort()).to.deep.equal(['necessary', 'weather']);
  });

  it('set() for one of two services in a category leaves the other as chosen, and adds no pre-ticked category', async () => {
    const config = structuredClone(page0Config) as Config;
    config.categories.weather!.services!.dwd = { label: 'DWD warnings' };
    config.categories.comfort = { enabled: true };
    const page = await track(ccPage({ config }));
    const adapter = await ready(page, 'weather/open-meteo');
    await adapter.set(true);
    expect(adapter.current()).to.equal('granted');
    let c = stored(page)!;
    expect([...c.categories].sort()).to.deep.equal(['necessary', 'weather']);
    expect(c.services).to.deep.include({ weather: ['open-meteo'], analytics: [] });
    expect(createAdapter('weather/dwd', page.win).current()).to.equal('denied');

    await createAdapter('weather/dwd', page.win).set(true);
    await adapter.set(false);
    expect(adapter.current()).to.equal('denied');
    c = stored(page)!;
    expect([...c.categories].sort()).to.deep.equal(['necessary', 'weather']);
    expect(c.services).to.deep.include({ weather: ['dwd'] });
  });

  it("hears the visitor withdraw in cookieconsent's preferences, and a reload reads the stored choice back", async () => {
    const page = await track(ccPage());
    const adapter = await ready(page, 'weather/open-meteo');
    await adapter.set(true);
    const received = calls();
    adapter.subscribe(received.listener);
    adapter.openSettings!();
    await waitUntil(() => $(page, '.pm__btn[data-role="save"]'), 'preferences dialog did not open', { timeout: 5000 });
    toggle(page, 'weather', 'open-meteo').click();
    expect(received.decisions).to.deep.equal([]);
    const saved = performance.now();
    $(page, '.pm__btn[data-role="save"]')!.click();
    await callWithinASecond(received, 1, saved, 'denied');
    await leave(page.frame);

    const reloaded = await track(ccPage());
    expect((await ready(reloaded, 'weather/open-meteo')).current()).to.equal('denied');
    expect((await ready(reloaded, 'weather')).current()).to.equal('denied');
  });

  it('reads a granted choice back after a reload', async () => {
    const page = await track(ccPage());
    await (await ready(page, 'weather')).set(true);
    await leave(page.frame);
    const reloaded = await track(ccPage());
    expect((await ready(reloaded, 'weather')).current()).to.equal('granted');
    expect((await ready(reloaded, 'weather/open-meteo')).current()).to.equal('granted');
  });

  it('rejects ready() within the timeout when cookieconsent is not on the page', async () => {
    const page = await track(openPage('none'));
    await expectReadyToReject(createAdapter('weather', page.win), 1500, 'window.CookieConsent not found');
  });

  it('resolves ready() when cookieconsent loads after the adapter started waiting', async () => {
    const page = await track(openPage('cookieconsent', { load: 'manual' }));
    const adapter = createAdapter('weather/open-meteo', page.win);
    const waiting = adapter.ready(8000);
    await page.loadCmp();
    await waiting;
    expect(adapter.current()).to.equal('unknown');
  });

  it('rejects ready() for a category or service the config does not have, naming it', async () => {
    const page = await track(ccPage());
    await expectReadyToReject(createAdapter('wether', page.win), 5000, 'no category "wether"');
    await expectReadyToReject(
      createAdapter('weather/openmeteo', page.win),
      5000,
      'no service "openmeteo"',
      '"weather"',
    );
  });

  it('unsubscribe removes every listener it added', async () => {
    const page = await track(ccPage());
    const adapter = await ready(page);
    const spy = listenerSpy(page.win, page.doc);
    try {
      const received = calls();
      const unsubscribe = adapter.subscribe(received.listener);
      expect(spy.active()).to.be.greaterThan(0);
      unsubscribe();
      expect(spy.active()).to.equal(0);
      $(page, '.cm__btn[data-role="all"]')!.click(); // the library dispatches its events synchronously
      expect(adapter.current()).to.equal('granted');
      expect(received.decisions).to.deep.equal([]);
    } finally {
      spy.restore();
    }
  });
});

interface Config {
  categories: Record<string, { enabled?: boolean; readOnly?: boolean; services?: Record<string, { label: string }> }>;
}

/** The page's default config, for tests that change one thing in it. */
const page0Config = {
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: { services: { matomo: { label: 'Matomo' }, plausible: { label: 'Plausible' } } },
    weather: { services: { 'open-meteo': { label: 'Open-Meteo' } } },
    comfort: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Cookies',
          description: 'We ask first.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage',
        },
        preferencesModal: {
          title: 'Preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          sections: [
            { title: 'Necessary', linkedCategory: 'necessary' },
            { title: 'Statistics', linkedCategory: 'analytics' },
            { title: 'Weather', linkedCategory: 'weather' },
            { title: 'Comfort', linkedCategory: 'comfort' },
          ],
        },
      },
    },
  },
};
