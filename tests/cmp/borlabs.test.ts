import { expect, waitUntil } from '@open-wc/testing';
import createAdapter from '../../src/cmp/borlabs.js';
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

/** The fake Borlabs Cookie 3 (tests/cmp/fakes/borlabs.js): services open-meteo, matomo, borlabs-cookie. */
const stored = (page: CmpPage) =>
  (JSON.parse(cookie('borlabs-cookie', page.doc) ?? 'null') as { consents: Record<string, string[]> } | null)?.consents;

describe('Borlabs Cookie adapter (fake Borlabs Cookie 3)', () => {
  let pages: CmpPage[] = [];
  beforeEach(() => {
    forgetVisitor();
    pages = [];
  });
  afterEach(async () => {
    for (const page of pages) expect(foreignRequests(page)).to.deep.equal([]);
    await closePages();
  });
  const bPage = async (options = {}) => {
    const page = await openPage('borlabs', options);
    await cmpLoaded(page);
    pages.push(page);
    return page;
  };
  const ready = async (page: CmpPage, id = 'open-meteo') => {
    const adapter = createAdapter(id, page.win);
    await adapter.ready(5000);
    return adapter;
  };

  it('reads a first visit as unknown, waiting for the plugin to start', async () => {
    const page = await bPage();
    const adapter = await ready(page);
    expect(adapter.name).to.equal('Borlabs Cookie');
    expect(page.win.BorlabsCookie.Consents.hasConsent('open-meteo')).to.equal(false);
    expect(adapter.current()).to.equal('unknown');
    expect(page.win.__fakeCmp.dialogVisible).to.equal(true);
  });

  it("hears the visitor accept in Borlabs' dialog within a second", async () => {
    const page = await bPage();
    const adapter = await ready(page);
    const received = calls();
    adapter.subscribe(received.listener);
    const clicked = performance.now();
    page.win.__fakeCmp.visitorAcceptsAll();
    await callWithinASecond(received, 1, clicked, 'granted');
    expect(adapter.current()).to.equal('granted');
    expect(stored(page)).to.deep.include({ 'external-media': ['open-meteo'] });
  });

  it('reads "only essential" as denied, and a reload reads the stored choice back', async () => {
    const page = await bPage();
    const adapter = await ready(page);
    const received = calls();
    adapter.subscribe(received.listener);
    page.win.__fakeCmp.visitorAcceptsOnlyEssential();
    expect(received.decisions).to.deep.equal(['denied']);
    await leave(page.frame);
    const reloaded = await bPage();
    expect((await ready(reloaded)).current()).to.equal('denied');
  });

  it("hears the visitor withdraw in Borlabs' dialog; set() rejects, saying why, and changes nothing", async () => {
    const page = await bPage();
    const adapter = await ready(page);
    page.win.__fakeCmp.visitorAcceptsAll();
    const received = calls();
    adapter.subscribe(received.listener);
    let error: Error | undefined;
    await adapter.set(false).catch((e: unknown) => (error = e as Error));
    expect(error?.message).to.include('Borlabs Cookie has no JavaScript API');
    expect(adapter.current()).to.equal('granted');
    expect(adapter.openSettings, 'openSettings where the plugin has a dialog API').to.be.a('function');
    adapter.openSettings!();
    expect(page.win.__fakeCmp.dialogVisible).to.equal(true);
    const clicked = performance.now();
    page.win.__fakeCmp.visitorSaves({ 'open-meteo': false });
    await callWithinASecond(received, 1, clicked, 'denied');
    expect(stored(page)).to.deep.include({ statistics: ['matomo'] });
    await leave(page.frame);
    const reloaded = await bPage();
    expect((await ready(reloaded)).current()).to.equal('denied');
    expect((await ready(reloaded, 'matomo')).current()).to.equal('granted');
  });

  it('hears the saved event when dispatched on document too', async () => {
    const page = await bPage();
    const adapter = await ready(page);
    const received = calls();
    adapter.subscribe(received.listener);
    page.doc.cookie = `borlabs-cookie=${encodeURIComponent(JSON.stringify({ consents: { essential: ['borlabs-cookie'] } }))}; path=/`;
    page.doc.dispatchEvent(new page.win.CustomEvent('borlabs-cookie-consent-saved'));
    expect(received.decisions).to.deep.equal(['denied']);
  });

  it('rejects ready() within the timeout when Borlabs Cookie is not on the page', async () => {
    const page = await openPage('none');
    pages.push(page);
    await expectReadyToReject(createAdapter('open-meteo', page.win), 1500, 'window.BorlabsCookie.Consents not found');
  });

  it('resolves ready() when Borlabs Cookie loads after the adapter started waiting', async () => {
    const page = await openPage('borlabs', { load: 'manual' });
    pages.push(page);
    const adapter = createAdapter('open-meteo', page.win);
    const waiting = adapter.ready(8000);
    await page.loadCmp();
    await waiting;
    expect(adapter.current()).to.equal('unknown');
  });

  it('rejects ready() for a service id the plugin does not list, naming it', async () => {
    const page = await bPage();
    await expectReadyToReject(createAdapter('openmeteo', page.win), 5000, 'Borlabs Cookie has no service "openmeteo"');
  });

  it('unsubscribe removes every listener it added', async () => {
    const page = await bPage();
    const adapter = await ready(page);
    const spy = listenerSpy(page.win, page.doc);
    const received = calls();
    try {
      const unsubscribe = adapter.subscribe(received.listener);
      expect(spy.active()).to.be.greaterThan(0);
      unsubscribe();
      expect(spy.active()).to.equal(0);
    } finally {
      spy.restore();
    }
    page.win.__fakeCmp.visitorAcceptsAll(); // dispatched synchronously
    expect(adapter.current()).to.equal('granted');
    expect(received.decisions).to.deep.equal([]);
    await waitUntil(() => stored(page) !== undefined, 'not stored', { timeout: 5000 });
  });
});
