import { expect, waitUntil } from '@open-wc/testing';
import createAdapter from '../../src/cmp/cookiebot.js';
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

/** The fake Cookiebot (tests/cmp/fakes/cookiebot.js). */
const consentCookie = (page: CmpPage) => cookie('CookieConsent', page.doc) ?? '';

describe('Cookiebot adapter (fake Cookiebot)', () => {
  let pages: CmpPage[] = [];
  beforeEach(() => {
    forgetVisitor();
    pages = [];
  });
  afterEach(async () => {
    for (const page of pages) expect(foreignRequests(page)).to.deep.equal([]);
    await closePages();
  });
  const cbPage = async (options = {}) => {
    const page = await openPage('cookiebot', options);
    await cmpLoaded(page);
    pages.push(page);
    return page;
  };
  const ready = async (page: CmpPage, category = 'preferences') => {
    const adapter = createAdapter(category, page.win);
    await adapter.ready(5000);
    return adapter;
  };

  it('reads a first visit as unknown', async () => {
    const page = await cbPage();
    const adapter = await ready(page);
    expect(adapter.name).to.equal('Cookiebot');
    expect(adapter.current()).to.equal('unknown');
    await waitUntil(() => page.win.__fakeCmp.dialogVisible, 'no banner', { timeout: 5000 });
  });

  it('reads implied consent as unknown, though the categories report it', async () => {
    const page = await cbPage({ setup: { implied: true } });
    const adapter = await ready(page);
    expect(page.win.Cookiebot.consent.preferences).to.equal(true);
    expect(page.win.Cookiebot.consent.method).to.equal('implied');
    expect(adapter.current()).to.equal('unknown');
  });

  it("hears the visitor's choice in Cookiebot's banner within a second, per category", async () => {
    const page = await cbPage();
    const preferences = await ready(page, 'preferences');
    const marketing = await ready(page, 'marketing');
    const forPreferences = calls();
    const forMarketing = calls();
    preferences.subscribe(forPreferences.listener);
    marketing.subscribe(forMarketing.listener);
    const clicked = performance.now();
    page.win.__fakeCmp.visitorAccepts({ preferences: true });
    await callWithinASecond(forPreferences, 1, clicked, 'granted');
    await callWithinASecond(forMarketing, 1, clicked, 'denied');
    expect(preferences.current()).to.equal('granted');
    expect(marketing.current()).to.equal('denied');
  });

  it('does not call for the CookiebotOnAccept of an ordinary load of a returning visitor', async () => {
    const first = await cbPage();
    first.win.__fakeCmp.visitorAcceptsAll();
    await leave(first.frame);

    const page = await openPage('cookiebot', { load: 'manual' });
    pages.push(page);
    let onAccept = 0;
    page.win.addEventListener('CookiebotOnAccept', () => onAccept++);
    await page.loadCmp(); // Cookiebot is there now; its load events follow on a later task
    const adapter = createAdapter('statistics', page.win);
    const received = calls();
    adapter.subscribe(received.listener);
    await adapter.ready(5000);
    await waitUntil(() => onAccept === 1, 'CookiebotOnAccept did not fire on the load', { timeout: 5000 });
    expect(adapter.current()).to.equal('granted');
    expect(received.decisions).to.deep.equal([]);
  });

  it('set(true) records the category in Cookiebot and its cookie, keeping the other two', async () => {
    const first = await cbPage();
    first.win.__fakeCmp.visitorAccepts({ marketing: true });
    await leave(first.frame);

    const page = await cbPage();
    const adapter = await ready(page, 'preferences');
    expect(adapter.current()).to.equal('denied');
    const received = calls();
    adapter.subscribe(received.listener);
    await adapter.set(true);
    expect(adapter.current()).to.equal('granted');
    expect(page.win.Cookiebot.consent).to.deep.include({
      preferences: true,
      statistics: false,
      marketing: true,
      method: 'explicit',
    });
    expect(consentCookie(page))
      .to.include('preferences:true')
      .and.include('statistics:false')
      .and.include('marketing:true');
    await waitUntil(() => received.decisions.length === 1, 'subscriber not told', { timeout: 5000 });
    expect(received.decisions).to.deep.equal(['granted']);
  });

  it('set(true) over implied consent records only this category', async () => {
    const page = await cbPage({ setup: { implied: true } });
    const adapter = await ready(page, 'preferences');
    await adapter.set(true);
    expect(page.win.Cookiebot.consent).to.deep.include({
      preferences: true,
      statistics: false,
      marketing: false,
      method: 'explicit',
    });
  });

  it("hears the visitor withdraw in Cookiebot's dialog, and a reload reads it back", async () => {
    const page = await cbPage();
    const adapter = await ready(page);
    await adapter.set(true);
    const received = calls();
    adapter.subscribe(received.listener);
    adapter.openSettings!();
    expect(page.win.__fakeCmp.dialogVisible).to.equal(true);
    const clicked = performance.now();
    page.win.__fakeCmp.visitorWithdraws();
    await callWithinASecond(received, 1, clicked, 'denied');
    await leave(page.frame);

    const reloaded = await cbPage();
    expect((await ready(reloaded)).current()).to.equal('denied');
  });

  it('reads a granted choice back after a reload', async () => {
    const page = await cbPage();
    await (await ready(page, 'statistics')).set(true);
    await leave(page.frame);
    const reloaded = await cbPage();
    expect((await ready(reloaded, 'statistics')).current()).to.equal('granted');
    expect((await ready(reloaded, 'marketing')).current()).to.equal('denied');
  });

  it('rejects ready() within the timeout when Cookiebot is not on the page', async () => {
    const page = await openPage('none');
    pages.push(page);
    await expectReadyToReject(createAdapter('statistics', page.win), 1500, 'window.Cookiebot not found');
  });

  it('resolves ready() when Cookiebot loads after the adapter started waiting', async () => {
    const page = await openPage('cookiebot', { load: 'manual' });
    pages.push(page);
    const adapter = createAdapter('statistics', page.win);
    const waiting = adapter.ready(8000);
    await page.loadCmp();
    await waiting;
    expect(adapter.current()).to.equal('unknown');
  });

  it('unsubscribe removes every listener it added', async () => {
    const page = await cbPage();
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
    let announced = false;
    page.win.addEventListener('CookiebotOnAccept', () => (announced = true));
    page.win.__fakeCmp.visitorAcceptsAll();
    await waitUntil(() => announced, 'Cookiebot did not announce', { timeout: 5000 });
    expect(adapter.current()).to.equal('granted');
    expect(received.decisions).to.deep.equal([]);
  });
});
