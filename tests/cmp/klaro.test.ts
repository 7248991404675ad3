import { expect, waitUntil } from '@open-wc/testing';
import createAdapter from '../../src/cmp/klaro.js';
import {
  callWithinASecond,
  calls,
  closePages,
  cmpLoaded,
  cookie,
  expectReadyToReject,
  forgetVisitor,
  foreignRequests,
  openPage,
  type CmpPage,
} from './page.js';
import { leave } from '../helpers/leave.js';

/** The real Klaro 0.7.22 (node_modules/klaro/dist/klaro.js), configured by the page's window.klaroConfig. */
async function klaroPage(options = {}) {
  const page = await openPage('klaro', options);
  await cmpLoaded(page);
  return page;
}

const stored = (page: CmpPage) => JSON.parse(cookie('klaro', page.doc) ?? 'null') as Record<string, boolean> | null;
const manager = (page: CmpPage) => page.win.klaro!.getManager();
const $ = (page: CmpPage, selector: string) => page.doc.querySelector<HTMLElement>(selector);

/** Clicks what Klaro renders once it is there (Klaro renders after it loads); the time of the click. */
async function press(page: CmpPage, selector: string): Promise<number> {
  await waitUntil(() => $(page, selector), `Klaro did not render ${selector}`, { timeout: 5000 });
  const at = performance.now();
  $(page, selector)!.click();
  return at;
}

async function ready(page: CmpPage, target = 'open-meteo') {
  const adapter = createAdapter(target, page.win);
  await adapter.ready(5000);
  return adapter;
}

/** Opens Klaro's settings dialog the way a visitor does: the notice's "Let me choose". */
async function openDialog(page: CmpPage) {
  await press(page, '.cn-learn-more');
  await waitUntil(() => $(page, '#service-item-open-meteo'), 'Klaro dialog did not open', { timeout: 5000 });
}

describe('Klaro adapter (real Klaro 0.7.22)', () => {
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

  it('reads a first visit as unknown', async () => {
    const page = await track(klaroPage());
    const adapter = await ready(page);
    expect(adapter.name).to.equal('Klaro');
    expect(adapter.current()).to.equal('unknown');
    expect($(page, '.cookie-notice'), "Klaro's notice").to.exist;
  });

  it("hears the visitor accept in Klaro's notice within a second", async () => {
    const page = await track(klaroPage());
    const adapter = await ready(page);
    const received = calls();
    adapter.subscribe(received.listener);
    const clicked = await press(page, '.cookie-notice .cm-btn-success');
    await callWithinASecond(received, 1, clicked, 'granted');
    expect(adapter.current()).to.equal('granted');
    expect(stored(page)).to.deep.include({ 'open-meteo': true });
    expect(received.decisions).to.deep.equal(['granted']);
  });

  it('reads "That\'s ok" as the defaults Klaro saves for it when the config has no acceptAll', async () => {
    // Klaro's notice saves the current (default) choices on "That's ok" unless acceptAll is set (consent-notice.jsx).
    const services = [
      { name: 'open-meteo', purposes: ['weather'] },
      { name: 'matomo', purposes: ['analytics'] },
    ];
    const page = await track(klaroPage({ config: { lang: 'en', services } }));
    const adapter = await ready(page);
    const received = calls();
    adapter.subscribe(received.listener);
    await press(page, '.cookie-notice .cm-btn-success');
    expect(stored(page)).to.deep.equal({ 'open-meteo': false, matomo: false });
    expect(received.decisions).to.deep.equal(['denied']);
  });

  it('does not call while the visitor toggles in the dialog, only when they save', async () => {
    const page = await track(klaroPage());
    const adapter = await ready(page);
    const received = calls();
    adapter.subscribe(received.listener);
    await openDialog(page);
    await press(page, '#service-item-open-meteo');
    // Klaro notifies its watchers synchronously ('consents'); the toggle has taken effect, unsaved:
    expect(manager(page).consents['open-meteo']).to.equal(true);
    expect(manager(page).confirmed).to.equal(false);
    expect(received.decisions).to.deep.equal([]);
    expect(adapter.current()).to.equal('unknown');
    const saved = performance.now();
    await press(page, '.cm-btn-accept');
    await callWithinASecond(received, 1, saved, 'granted');
    expect(stored(page)).to.deep.equal({ 'open-meteo': true, matomo: false });
  });

  it('set(true) records the consent in Klaro and its cookie, other services unchanged', async () => {
    // The visitor accepted only Matomo on an earlier page.
    const first = await track(klaroPage());
    await openDialog(first);
    await press(first, '#service-item-matomo');
    await press(first, '.cm-btn-accept');
    expect(stored(first)).to.deep.equal({ 'open-meteo': false, matomo: true });
    await leave(first.frame);

    const page = await track(klaroPage());
    const adapter = await ready(page);
    expect(adapter.current()).to.equal('denied');
    const received = calls();
    adapter.subscribe(received.listener);
    await adapter.set(true);
    expect(stored(page)).to.deep.equal({ 'open-meteo': true, matomo: true });
    expect(manager(page).getConsent('open-meteo')).to.equal(true);
    expect(adapter.current()).to.equal('granted');
    expect(received.decisions).to.deep.equal(['granted']);
    // Klaro's own settings dialog shows it.
    adapter.openSettings!();
    await waitUntil(() => $(page, '#service-item-open-meteo'), 'Klaro dialog did not open', { timeout: 5000 });
    expect(($(page, '#service-item-open-meteo') as HTMLInputElement).checked).to.equal(true);
    expect(($(page, '#service-item-matomo') as HTMLInputElement).checked).to.equal(true);
  });

  it('set(true) on a first visit records no other consent, and saves no unsaved toggle of an open dialog', async () => {
    const page = await track(klaroPage());
    const adapter = await ready(page);
    await openDialog(page);
    await press(page, '#service-item-matomo'); // toggled, not saved
    expect(manager(page).consents.matomo).to.equal(true);
    await adapter.set(true);
    expect(stored(page)).to.deep.equal({ 'open-meteo': true, matomo: false });
    expect(adapter.current()).to.equal('granted');
  });

  it('set(false) records the refusal', async () => {
    const page = await track(klaroPage());
    const adapter = await ready(page);
    await adapter.set(false);
    expect(stored(page)).to.deep.equal({ 'open-meteo': false, matomo: false });
    expect(adapter.current()).to.equal('denied');
  });

  it("hears the visitor withdraw in Klaro's settings, and a reload reads the stored choice back", async () => {
    const page = await track(klaroPage());
    const adapter = await ready(page);
    await press(page, '.cookie-notice .cm-btn-success');
    expect(adapter.current()).to.equal('granted');
    const received = calls();
    adapter.subscribe(received.listener);
    adapter.openSettings!();
    await waitUntil(() => $(page, '#service-item-open-meteo'), 'Klaro dialog did not open', { timeout: 5000 });
    await press(page, '#service-item-open-meteo');
    expect(received.decisions).to.deep.equal([]);
    const saved = performance.now();
    await press(page, '.cm-btn-accept');
    await callWithinASecond(received, 1, saved, 'denied');
    expect(stored(page)).to.deep.equal({ 'open-meteo': false, matomo: true });
    await leave(page.frame);

    const reloaded = await track(klaroPage());
    const again = await ready(reloaded);
    expect(again.current()).to.equal('denied');
    expect($(reloaded, '.cookie-notice'), 'no notice for a returning visitor').to.not.exist;
  });

  it('reads a granted choice back after a reload', async () => {
    const page = await track(klaroPage());
    await (await ready(page)).set(true);
    await leave(page.frame);
    const reloaded = await track(klaroPage());
    expect((await ready(reloaded)).current()).to.equal('granted');
  });

  it('ignores Klaro\'s contextual "load once" (a temporary yes, not saved)', async () => {
    const page = await track(klaroPage());
    const adapter = await ready(page);
    await adapter.set(false);
    const received = calls();
    adapter.subscribe(received.listener);
    // What ContextualConsentNotice's acceptOnce does (src/components/contextual-consent-notice.jsx):
    const m = manager(page);
    m.updateConsent('open-meteo', true);
    m.applyConsents(false, true, 'open-meteo');
    m.updateConsent('open-meteo', false);
    expect(received.decisions).to.deep.equal([]);
    expect(adapter.current()).to.equal('denied');
  });

  it('reads a service the config marks required as granted, and a config grown since the visit as unknown', async () => {
    const services = [
      { name: 'open-meteo', purposes: ['weather'], required: true },
      { name: 'matomo', purposes: ['analytics'] },
    ];
    const page = await track(klaroPage({ config: { lang: 'en', services } }));
    expect((await ready(page)).current()).to.equal('granted');
    await leave(page.frame);

    const second = await track(klaroPage());
    await (await ready(second)).set(true);
    await leave(second.frame);
    const grown = {
      lang: 'en',
      services: [
        { name: 'open-meteo', purposes: ['weather'] },
        { name: 'matomo', purposes: ['analytics'] },
        { name: 'youtube', purposes: ['video'] },
      ],
    };
    const third = await track(klaroPage({ config: grown }));
    const adapter = await ready(third);
    // Klaro un-confirms (_checkConsents) and shows its notice again; until the visitor saves, nothing applies.
    expect(manager(third).confirmed).to.equal(false);
    expect(adapter.current()).to.equal('unknown');
  });

  it('rejects ready() within the timeout when Klaro is not on the page', async () => {
    const page = await track(openPage('none'));
    await expectReadyToReject(createAdapter('open-meteo', page.win), 1500, 'window.klaro not found');
  });

  it('resolves ready() when Klaro loads after the adapter started waiting', async () => {
    const page = await track(openPage('klaro', { load: 'manual' }));
    const adapter = createAdapter('open-meteo', page.win);
    let settled = false;
    const waiting = adapter.ready(8000).finally(() => (settled = true));
    expect(page.win.klaro).to.equal(undefined);
    await page.loadCmp();
    await waiting;
    expect(settled).to.equal(true);
    expect(adapter.current()).to.equal('unknown');
  });

  it('rejects ready() at once for a service Klaro does not know, naming it', async () => {
    const page = await track(klaroPage());
    const start = performance.now();
    await expectReadyToReject(
      createAdapter('open-meteoo', page.win),
      5000,
      'Klaro has no service "open-meteoo" in its config',
    );
    expect(performance.now() - start).to.be.below(2000);
  });

  it('rejects ready() when aborted', async () => {
    const page = await track(openPage('none'));
    const controller = new AbortController();
    const waiting = createAdapter('open-meteo', page.win).ready(10000, controller.signal);
    controller.abort();
    let error: Error | undefined;
    await waiting.catch((e: unknown) => (error = e as Error));
    expect(error?.message).to.include('window.klaro not found');
  });

  it('unsubscribe removes its watcher', async () => {
    const page = await track(klaroPage());
    const adapter = await ready(page);
    const watchers = () => manager(page).watchers.size;
    const before = watchers();
    const received = calls();
    const unsubscribe = adapter.subscribe(received.listener);
    expect(watchers()).to.equal(before + 1);
    unsubscribe();
    expect(watchers()).to.equal(before);
    await press(page, '.cookie-notice .cm-btn-success'); // Klaro notifies synchronously
    expect(adapter.current()).to.equal('granted');
    expect(received.decisions).to.deep.equal([]);
  });
});
