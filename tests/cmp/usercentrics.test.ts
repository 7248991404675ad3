import { expect, waitUntil } from '@open-wc/testing';
import createAdapter from '../../src/cmp/usercentrics.js';
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
  timerSpy,
  type CmpPage,
} from './page.js';
import { leave } from '../helpers/leave.js';

/** The fake Usercentrics (tests/cmp/fakes/usercentrics.js): Open-Meteo is rJ99c4oOo-X, Google Analytics S1_9Vsuj-Q. */
const OPEN_METEO = 'rJ99c4oOo-X';
const ANALYTICS = 'S1_9Vsuj-Q';

interface Consent {
  given: boolean;
  explicit: boolean;
}

/** What the CMP itself holds for a service, through its own API of the version under test. */
async function held(page: CmpPage, id: string): Promise<Consent> {
  if (page.win.__ucCmp) {
    const c = (await page.win.__ucCmp.getConsentDetails()).services[id]!.consent;
    return { given: c.given, explicit: c.type === 'EXPLICIT' };
  }
  const s = page.win.UC_UI.getServicesBaseInfo().find((x) => x.id === id)!;
  return { given: s.consent.status, explicit: s.consent.history.at(-1)?.type === 'explicit' };
}
const storedIds = () => Object.keys(JSON.parse(localStorage.getItem('uc_fake_consents') ?? '{}') as object);

for (const version of [3, 2] as const) {
  describe(`Usercentrics adapter (fake Usercentrics v${version})`, () => {
    let pages: CmpPage[] = [];
    beforeEach(() => {
      forgetVisitor();
      pages = [];
    });
    afterEach(async () => {
      for (const page of pages) expect(foreignRequests(page)).to.deep.equal([]);
      await closePages();
    });
    const ucPage = async (setup: object = {}) => {
      const page = await openPage('usercentrics', { setup: { version, ...setup } });
      await cmpLoaded(page);
      pages.push(page);
      return page;
    };
    const ready = async (page: CmpPage, id = OPEN_METEO) => {
      const adapter = createAdapter(id, page.win);
      await adapter.ready(5000);
      return adapter;
    };

    it('reads a first visit as unknown', async () => {
      const page = await ucPage();
      const adapter = await ready(page);
      expect(adapter.name).to.equal('Usercentrics');
      expect(adapter.current()).to.equal('unknown');
      expect(page.win.__fakeCmp.view).to.equal('FIRST_LAYER');
    });

    it('reads implicit consent as unknown, though the CMP reports it given', async () => {
      const page = await ucPage({ implicit: true });
      const adapter = await ready(page);
      expect(await held(page, OPEN_METEO)).to.deep.equal({ given: true, explicit: false });
      expect(adapter.current()).to.equal('unknown');
    });

    it("hears the visitor accept all in Usercentrics' banner within a second", async () => {
      const page = await ucPage();
      const adapter = await ready(page);
      const received = calls();
      adapter.subscribe(received.listener);
      const clicked = performance.now();
      page.win.__fakeCmp.visitorAcceptsAll();
      await callWithinASecond(received, 1, clicked, 'granted');
      expect(adapter.current()).to.equal('granted');
      expect(received.decisions).to.deep.equal(['granted']);
    });

    it('set(true) records an explicit consent for the service only, persisted', async () => {
      // An earlier visit: the visitor refused Google Analytics in the settings.
      const first = await ucPage();
      first.win.__fakeCmp.visitorSaves({ [ANALYTICS]: false, [OPEN_METEO]: false });
      await waitUntil(() => storedIds().includes(ANALYTICS), 'the choice was not stored', { timeout: 5000 });
      await leave(first.frame);

      const page = await ucPage();
      const adapter = await ready(page);
      expect(adapter.current()).to.equal('denied');
      const received = calls();
      adapter.subscribe(received.listener);
      await adapter.set(true);
      expect(adapter.current()).to.equal('granted');
      expect(await held(page, OPEN_METEO)).to.deep.equal({ given: true, explicit: true });
      expect(await held(page, ANALYTICS)).to.deep.equal({ given: false, explicit: true });
      await waitUntil(() => received.decisions.length === 1, 'subscriber not told', { timeout: 5000 });
      expect(received.decisions).to.deep.equal(['granted']);
      await leave(page.frame);

      const reloaded = await ucPage();
      expect((await ready(reloaded)).current()).to.equal('granted');
      expect((await ready(reloaded, ANALYTICS)).current()).to.equal('denied');
    });

    it('set(true) on a first visit leaves the other services without an explicit decision', async () => {
      const page = await ucPage();
      const adapter = await ready(page);
      await adapter.set(true);
      expect(adapter.current()).to.equal('granted');
      expect(await held(page, ANALYTICS)).to.deep.equal({ given: false, explicit: false });
      const analytics = createAdapter(ANALYTICS, page.win);
      await analytics.ready(5000);
      expect(analytics.current()).to.equal('unknown');
    });

    it("hears the visitor withdraw in Usercentrics' settings, and a reload reads it back", async () => {
      const page = await ucPage();
      const adapter = await ready(page);
      await adapter.set(true);
      const received = calls();
      adapter.subscribe(received.listener);
      adapter.openSettings!();
      await waitUntil(() => page.win.__fakeCmp.view === 'SECOND_LAYER', 'settings did not open', { timeout: 5000 });
      const saved = performance.now();
      page.win.__fakeCmp.visitorSaves({ [OPEN_METEO]: false });
      await callWithinASecond(received, 1, saved, 'denied');
      expect(adapter.current()).to.equal('denied');
      await leave(page.frame);

      const reloaded = await ucPage();
      expect((await ready(reloaded)).current()).to.equal('denied');
    });

    it('rejects ready() within the timeout when Usercentrics is not on the page', async () => {
      const page = await openPage('none');
      pages.push(page);
      await expectReadyToReject(
        createAdapter(OPEN_METEO, page.win),
        1500,
        'neither window.__ucCmp (v3) nor window.UC_UI (v2) found',
      );
    });

    it('resolves ready() when Usercentrics loads after the adapter started waiting', async () => {
      const page = await openPage('usercentrics', { load: 'manual', setup: { version } });
      pages.push(page);
      const adapter = createAdapter(OPEN_METEO, page.win);
      const waiting = adapter.ready(8000);
      await page.loadCmp();
      await waiting;
      expect(adapter.current()).to.equal('unknown');
    });

    it('rejects ready() for a service id Usercentrics does not have, naming it', async () => {
      const page = await ucPage();
      await expectReadyToReject(
        createAdapter('Bogus_Id-1', page.win),
        5000,
        'Usercentrics: no service with id "Bogus_Id-1"',
      );
    });

    it('unsubscribe removes every listener and timer it added', async () => {
      const page = await ucPage();
      const adapter = await ready(page);
      const received = calls();
      const spy = listenerSpy(page.win, page.doc);
      const timers = timerSpy();
      let unsubscribe: () => void;
      try {
        unsubscribe = adapter.subscribe(received.listener);
        expect(spy.active()).to.be.greaterThan(0);
        page.win.__fakeCmp.visitorAcceptsAll(); // its UC_UI_CMP_EVENT makes the adapter schedule re-checks
        expect(timers.pending()).to.be.greaterThan(0);
        unsubscribe();
        expect(spy.active()).to.equal(0);
        expect(timers.pending()).to.equal(0);
      } finally {
        spy.restore();
        timers.restore();
      }
      await waitUntil(async () => (await held(page, OPEN_METEO)).explicit, 'the choice was not stored', {
        timeout: 5000,
      });
      const later = createAdapter(OPEN_METEO, page.win);
      await later.ready(5000);
      expect(later.current()).to.equal('granted');
      expect(received.decisions).to.deep.equal([]);
    });
  });
}
