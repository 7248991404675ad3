import { expect } from '@open-wc/testing';
import { forecastRequests, recordFetches, resetProvider, startProvider } from '../helpers/provider.js';
import { deleteDatabase, storedValue } from '../helpers/stored.js';
import { leave as leaveFrame } from '../helpers/leave.js';
import { click, forecastShown, part, parts, settled, visibleText, waitFor } from '../helpers/widget.js';
import { closePages, foreignRequests, forgetVisitor, openPage, type CmpPage, type PageOptions } from '../cmp/page.js';
import type { KreisWetter } from '../../src/kreis-wetter.js';
import type { CmpWindow, FakeCmp } from '../cmp/page.js';

/**
 * A municipal page with its cookie banner and the widget, as sites embed them: the CMP test page
 * (tests/cmp/pages/cmp.html) with the real Klaro or vanilla-cookieconsent from node_modules, or the
 * FAKE of a closed CMP from tests/cmp/fakes/, and the built bundle. Opening a new one is a new page
 * view (a reload) with the same cookies, localStorage and IndexedDB.
 */

export type Cmp = 'klaro' | 'cookieconsent' | 'usercentrics' | 'cookiebot' | 'borlabs' | 'ccm19' | 'none';

export interface SiteOptions extends Omit<PageOptions, 'html'> {
  /** The banner's script on the page; `none`: no banner script at all. */
  cmp?: Cmp;
  /** The widget markup. */
  html: string;
}

interface SiteWindow extends CmpWindow {
  warnings: string[];
  problems: string[];
  storageWrites: string[];
}

export interface Site extends CmpPage {
  readonly win: SiteWindow;
  /** The FAKE CMP's test hook (closed CMPs only). */
  readonly fake: FakeCmp;
  widget(index?: number): KreisWetter;
  $(selector: string): HTMLElement | null;
  /** The page's console.warn messages so far. */
  warnings(): string[];
  /** Uncaught errors, unhandled rejections and console.error calls so far. */
  problems(): string[];
  /** The forecast chunk, if the page loaded it (same-origin paths). */
  forecastScripts(): string[];
  /** Resources the page fetched from another origin, by the browser's own account. */
  foreignResources(): string[];
  /** The page's IndexedDB writes, as "method key". */
  storageWrites(): string[];
}

export async function openSite({ cmp = 'none', ...options }: SiteOptions): Promise<Site> {
  const page = await openPage(cmp, options);
  const win = page.win as SiteWindow;
  recordFetches(win);
  const paths = () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
  return {
    ...page,
    win,
    get fake() {
      return win.__fakeCmp;
    },
    widget: (index = 0) => page.doc.querySelectorAll('kreis-wetter')[index]!,
    $: (selector) => page.doc.querySelector<HTMLElement>(selector),
    warnings: () => [...win.warnings],
    problems: () => [...win.problems],
    forecastScripts: () => paths().filter((path) => /\/dist\/forecast-[\w-]+\.js$/.test(path)),
    foreignResources: () => foreignRequests(page),
    storageWrites: () => [...win.storageWrites],
  };
}

/** Opens the page and waits until the widget shows its notice or its forecast region. */
export async function openSettledSite(options: SiteOptions): Promise<Site> {
  const site = await openSite(options);
  await settled(site.widget());
  return site;
}

/** Closes the page: the visitor moves on (cookies and storage stay). */
export function leave(site: Site): Promise<void> {
  return leaveFrame(site.frame);
}

/**
 * Every test of the calling `describe` starts as a first-time visitor (no cookies, no localStorage,
 * no `kreis-wetter` database, msw answering with the sample and an empty request log) and ends with
 * its pages closed and their cookies deleted, through the documents that wrote them.
 */
export function newVisitorEachTime(): void {
  before(startProvider);
  beforeEach(async () => {
    forgetVisitor();
    await deleteDatabase();
    resetProvider();
  });
  afterEach(closePages);
}

/** Waits until the widget shows its consent notice (the banner was asked, or found missing). */
export async function noticeShown(el: KreisWetter, timeout = 8000): Promise<void> {
  await waitFor(
    () => !el.shadowRoot?.querySelector('.reserve') && part(el, 'consent') !== null,
    'the consent notice did not appear',
    timeout,
  );
}

/** The notice's button that opens the banner's settings ("Cookie-Einstellungen"), if it offers one. */
export function bannerSettingsButton(el: KreisWetter): HTMLButtonElement | undefined {
  return [...(part(el, 'consent')?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent.trim() === 'Cookie-Einstellungen',
  );
}

/** Whether the notice or the forecast says the decision holds for this page view only. */
export function saysPageViewOnly(el: KreisWetter): boolean {
  return visibleText(el.shadowRoot!.querySelector('.weather')).includes('gilt nur für diesen Seitenaufruf');
}

/** Waits until the forecast is gone and the notice is back. */
export async function forecastGone(el: KreisWetter): Promise<void> {
  await waitFor(() => part(el, 'consent') !== null && parts(el, 'day').length === 0, 'the forecast did not go');
}

/** For absences only: how long something that should not happen is given to happen. */
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The widget stored nothing of its own: no decision, no kept forecast in the `kreis-wetter`
 * database (the tests start without one), and the pages wrote nothing there.
 */
export async function widgetStoredNothing(...sites: Site[]): Promise<void> {
  expect(await storedValue('consent'), 'a consent record in IndexedDB').to.equal(undefined);
  expect(await storedValue('forecasts'), 'kept forecasts in IndexedDB').to.equal(undefined);
  for (const site of sites) {
    expect(
      site.storageWrites().filter((w) => !w.startsWith('delete')),
      'IndexedDB writes',
    ).to.deep.equal([]);
  }
}

/**
 * A yes (the visitor's in the notice, unless `yes` says otherwise) shows the forecast for this page
 * view only, as the widget says, and is stored nowhere: the next page view, opened by `reopen`, asks
 * again and requests nothing. Returns that next page.
 */
export async function yesForThisPageViewOnly(
  site: Site,
  reopen: () => Promise<Site>,
  yes: (el: KreisWetter) => unknown = (el) => click(el, 'accept-button'),
): Promise<Site> {
  const el = site.widget();
  await yes(el);
  await forecastShown(el);
  expect(saysPageViewOnly(el), 'the forecast says the yes holds for this page view only').to.equal(true);
  await pause(300); // an absence: what a write would take, had the widget issued one
  await widgetStoredNothing(site);
  await leave(site);
  const requests = forecastRequests().length;

  const next = await reopen();
  await noticeShown(next.widget(), 10000);
  await pause(300); // an absence: a request would be on its way
  expect(next.widget().consentState, 'the next page view asks again').to.equal('unknown');
  expect(forecastRequests(), 'requests on the next page view').to.have.length(requests);
  return next;
}

/**
 * Runs `act` (the visitor's yes in the CMP) and waits for the forecast days. Returns, in ms after `act`,
 * when the widget followed the yes (its kreis-wetter-consent-change) and when its notice made way for
 * the forecast. (When the days appear also depends on downloading the forecast code and the answer:
 * 60–400 ms here, but up to 3 s with three engines sharing two cores, too uneven for a limit.)
 */
export async function timeToFollow(el: KreisWetter, act: () => void): Promise<{ heard: number; noticeGone: number }> {
  let heard: number | undefined;
  let noticeGone: number | undefined;
  const onChange = () => (heard ??= performance.now());
  el.addEventListener('kreis-wetter-consent-change', onChange);
  const poll = setInterval(() => {
    if (part(el, 'consent') === null) noticeGone ??= performance.now();
  }, 10);
  const start = performance.now();
  try {
    act();
    await forecastShown(el);
  } finally {
    el.removeEventListener('kreis-wetter-consent-change', onChange);
    clearInterval(poll);
  }
  expect(heard, 'the widget announced the change').to.not.equal(undefined);
  return { heard: heard! - start, noticeGone: (noticeGone ?? performance.now()) - start };
}

/**
 * Waits for the page's console warning naming `consent-source="VALUE"` (and containing `also`), and
 * returns it. Warnings about attribute values come a moment after the widget renders: their wording
 * is a chunk of its own.
 */
export async function warned(site: Site, value: string, also = ''): Promise<string> {
  const find = () => site.warnings().find((w) => w.includes(`consent-source="${value}"`) && w.includes(also));
  await waitFor(
    find,
    `no console warning naming consent-source="${value}" ${also}: ${JSON.stringify(site.warnings())}`,
  );
  return find()!;
}
