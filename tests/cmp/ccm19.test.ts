import { expect, waitUntil } from '@open-wc/testing';
import createAdapter from '../../src/cmp/ccm19.js';
import {
  callWithinASecond,
  calls,
  closePages,
  cmpLoaded,
  expectReadyToReject,
  forgetVisitor,
  foreignRequests,
  listenerSpy,
  openPage,
  type CmpPage,
} from './page.js';
import { leave } from '../helpers/leave.js';

/** The fake CCM19 (tests/cmp/fakes/ccm19.js): embeddings "Open-Meteo" (id 5e3b2f1a0c9d8e7f) and "Google Maps". */
const OPEN_METEO_ID = '5e3b2f1a0c9d8e7f';

describe('CCM19 adapter (fake CCM19)', () => {
  let pages: CmpPage[] = [];
  beforeEach(() => {
    forgetVisitor();
    pages = [];
  });
  afterEach(async () => {
    for (const page of pages) expect(foreignRequests(page)).to.deep.equal([]);
    await closePages();
  });
  const ccmPage = async (options = {}) => {
    const page = await openPage('ccm19', options);
    await cmpLoaded(page);
    pages.push(page);
    return page;
  };
  const ready = async (page: CmpPage, embedding = 'Open-Meteo') => {
    const adapter = createAdapter(embedding, page.win);
    await adapter.ready(5000);
    return adapter;
  };

  it('reads a first visit as unknown', async () => {
    const page = await ccmPage();
    const adapter = await ready(page);
    expect(adapter.name).to.equal('CCM19');
    expect(adapter.current()).to.equal('unknown');
    await waitUntil(() => page.win.__fakeCmp.open === 'widget', 'no widget', { timeout: 5000 });
  });

  it("hears the visitor accept in CCM19's widget within a second, by name and by id", async () => {
    const page = await ccmPage();
    const byName = await ready(page, 'Open-Meteo');
    const byId = await ready(page, OPEN_METEO_ID);
    const forName = calls();
    const forId = calls();
    byName.subscribe(forName.listener);
    byId.subscribe(forId.listener);
    const clicked = performance.now();
    page.win.__fakeCmp.visitorAcceptsAll();
    await callWithinASecond(forName, 1, clicked, 'granted');
    await callWithinASecond(forId, 1, clicked, 'granted');
    expect(forName.decisions).to.deep.equal(['granted']);
  });

  it('reads a rejection (closing the widget) as denied', async () => {
    const page = await ccmPage();
    const adapter = await ready(page);
    const received = calls();
    adapter.subscribe(received.listener);
    page.win.__fakeCmp.visitorRejects();
    expect(received.decisions).to.deep.equal(['denied']);
    expect(page.win.CCM.consent).to.equal(true);
  });

  it('does not call for ccm19EmbeddingAccepted on an ordinary load, nor when another embedding is accepted', async () => {
    const first = await ccmPage();
    first.win.__fakeCmp.visitorSaves({ 'Open-Meteo': true });
    await leave(first.frame);

    const page = await openPage('ccm19', { load: 'manual' });
    pages.push(page);
    const seen: string[] = [];
    page.win.addEventListener('ccm19EmbeddingAccepted', (e: Event) =>
      seen.push((e as CustomEvent<{ name: string }>).detail.name),
    );
    await page.loadCmp(); // CCM is there now; the widget loads on a later task
    const adapter = createAdapter('Open-Meteo', page.win);
    const received = calls();
    adapter.subscribe(received.listener);
    await adapter.ready(5000);
    await waitUntil(() => seen.length === 1, 'ccm19EmbeddingAccepted did not fire on the load', { timeout: 5000 });
    expect(adapter.current()).to.equal('granted');
    page.win.__fakeCmp.visitorSaves({ 'Google Maps': true }); // fires ccm19EmbeddingAccepted for both
    expect(seen).to.deep.equal(['Open-Meteo', 'Open-Meteo', 'Google Maps']);
    expect(received.decisions).to.deep.equal([]);
  });

  it("hears the visitor withdraw in CCM19's dialog; set() rejects, saying why, and changes nothing", async () => {
    const page = await ccmPage();
    const adapter = await ready(page);
    page.win.__fakeCmp.visitorAcceptsAll();
    const received = calls();
    adapter.subscribe(received.listener);
    let error: Error | undefined;
    await adapter.set(false).catch((e: unknown) => (error = e as Error));
    expect(error?.message).to.include('CCM19 has no JavaScript API');
    expect(adapter.current()).to.equal('granted');
    adapter.openSettings!();
    expect(page.win.__fakeCmp.open).to.equal('controlPanel');
    const clicked = performance.now();
    page.win.__fakeCmp.visitorSaves({ 'Open-Meteo': false });
    await callWithinASecond(received, 1, clicked, 'denied');
    await leave(page.frame);
    const reloaded = await ccmPage();
    expect((await ready(reloaded)).current()).to.equal('denied');
    expect((await ready(reloaded, 'Google Maps')).current()).to.equal('granted');
  });

  it('rejects ready() within the timeout when CCM19 is not on the page', async () => {
    const page = await openPage('none');
    pages.push(page);
    await expectReadyToReject(createAdapter('Open-Meteo', page.win), 1500, 'window.CCM not found');
  });

  it('resolves ready() when CCM19 loads after the adapter started waiting', async () => {
    const page = await openPage('ccm19', { load: 'manual' });
    pages.push(page);
    const adapter = createAdapter('Open-Meteo', page.win);
    const waiting = adapter.ready(8000);
    await page.loadCmp();
    await waiting;
    expect(adapter.current()).to.equal('unknown');
  });

  it('reads an embedding CCM19 does not have as denied once the visitor decided (CCM19 lists only accepted ones)', async () => {
    const page = await ccmPage();
    const adapter = await ready(page, 'Open Meteo');
    page.win.__fakeCmp.visitorAcceptsAll();
    expect(adapter.current()).to.equal('denied');
  });

  it('unsubscribe removes every listener it added', async () => {
    const page = await ccmPage();
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
  });
});
