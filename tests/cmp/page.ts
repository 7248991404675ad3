import { expect, waitUntil } from '@open-wc/testing';
import type { CmpAdapter, CmpDecision } from '../../src/cmp/cmp-adapter.js';
import type * as CookieConsentApi from 'vanilla-cookieconsent';
import { leave } from '../helpers/leave.js';

/**
 * The test hook every fake puts on window.__fakeCmp (each fake has the members its CMP's UI needs); a call
 * stands for the visitor's click in the vendor's banner or settings.
 */
export interface FakeCmp {
  /** Usercentrics: the layer shown. */
  readonly view: 'NONE' | 'FIRST_LAYER' | 'SECOND_LAYER';
  /** Cookiebot, Borlabs Cookie: whether the banner or dialog is shown. */
  readonly dialogVisible: boolean;
  /** CCM19: the dialog shown. */
  readonly open: 'widget' | 'controlPanel' | null;
  visitorAcceptsAll(): void;
  /** Usercentrics "Deny all". */
  visitorDeniesAll(): void;
  /** Cookiebot "Deny". */
  visitorDeclines(): void;
  /** CCM19 "Close" (a rejection). */
  visitorRejects(): void;
  /** Borlabs Cookie "Accept only essential". */
  visitorAcceptsOnlyEssential(): void;
  /** Cookiebot: withdraw in its dialog. */
  visitorWithdraws(): void;
  /** Cookiebot "Allow selection". */
  visitorAccepts(choice: Partial<Record<'preferences' | 'statistics' | 'marketing', boolean>>): void;
  /** Usercentrics, Borlabs Cookie, CCM19: saving in the settings, by service id or embedding name. */
  visitorSaves(choices: Record<string, boolean>): void;
}

/** Klaro's ConsentManager, as far as the tests look into it (src/consent-manager.js). */
export interface KlaroManager {
  consents: Record<string, boolean>;
  confirmed: boolean;
  watchers: Set<unknown>;
  getConsent(name: string): boolean;
  updateConsent(name: string, value: boolean): boolean;
  applyConsents(dryRun: boolean, interactive: boolean, serviceName: string): number;
}

/** What the tests read on a test page's window: the page's loader, the CMPs' globals, the fakes' hook. */
export interface CmpWindow extends Window {
  loadCmp(): Promise<void>;
  __fakeCmp: FakeCmp;
  klaro?: { getManager(): KlaroManager };
  /** vanilla-cookieconsent's API, as its UMD build puts it on window. */
  CookieConsent: typeof CookieConsentApi;
  __ucCmp?: {
    getConsentDetails(): Promise<{ services: Record<string, { consent: { given: boolean; type: string } }> }>;
  };
  UC_UI: {
    getServicesBaseInfo(): { id: string; consent: { status: boolean; history: { type: string }[] } }[];
  };
  Cookiebot: { consent: Record<'preferences' | 'statistics' | 'marketing', boolean> & { method: string | null } };
  BorlabsCookie: { Consents: { hasConsent(id: string): boolean } };
  CCM: { consent: boolean };
  CustomEvent: typeof CustomEvent;
}

/** A site page with a CMP, in an iframe: opening a new one is a reload with the same cookies and storage. */
export interface CmpPage {
  readonly frame: HTMLIFrameElement;
  readonly win: CmpWindow;
  readonly doc: Document;
  /** Loads the CMP's script now (pages opened with `load: 'manual'`). */
  loadCmp(): Promise<void>;
}

export interface PageOptions {
  load?: 'manual';
  /** Settings for a fake (window.fakeCmpSetup). */
  setup?: object;
  /** Replaces the page's Klaro or cookieconsent config. */
  config?: object;
  /** The widget markup: the page then loads the built bundle too (tests/consent-source/). */
  html?: string;
}

const open = new Set<HTMLIFrameElement>();

export async function openPage(cmp: string, options: PageOptions = {}): Promise<CmpPage> {
  const params = new URLSearchParams({ cmp });
  if (options.load) params.set('load', options.load);
  if (options.setup) params.set('setup', JSON.stringify(options.setup));
  if (options.config) params.set('config', JSON.stringify(options.config));
  if (options.html !== undefined) params.set('html', options.html);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1400px; border: 0';
  frame.src = `/tests/cmp/pages/cmp.html?${params}`;
  document.body.append(frame);
  open.add(frame);
  // While the iframe swaps its initial document for the page, documentElement can be missing for a moment.
  const root = () => frame.contentDocument?.documentElement as HTMLElement | null | undefined;
  await waitUntil(() => root()?.dataset.ready !== undefined, 'test page did not load', {
    timeout: 8000,
  });
  const win = frame.contentWindow as CmpWindow;
  return { frame, win, doc: frame.contentDocument!, loadCmp: () => win.loadCmp() };
}

/** Waits until the page's CMP script ran (and, for cookieconsent, run() returned). */
export async function cmpLoaded(page: CmpPage): Promise<void> {
  await waitUntil(() => page.doc.documentElement.dataset.loaded !== undefined, 'the CMP did not load', {
    timeout: 8000,
  });
}

/** Closes every page; call in afterEach. */
export async function closePages(): Promise<void> {
  const frames = [...open];
  open.clear();
  for (const frame of frames) if (frame.contentDocument) forgetCookies(frame.contentDocument);
  await Promise.all(frames.map(leave));
}

/** The CMPs' consent cookies, deleted by name too: a document's list of cookies may lag behind in WebKit. */
const CONSENT_COOKIES = ['klaro', 'cc_cookie', 'CookieConsent', 'borlabs-cookie'];

/** Deletes, through `doc`, the consent cookies and every cookie `doc` lists. */
function forgetCookies(doc: Document): void {
  const names = new Set(CONSENT_COOKIES);
  for (const pair of doc.cookie.split(';')) {
    const name = pair.split('=')[0]!.trim();
    if (name) names.add(name);
  }
  for (const name of names) doc.cookie = `${name}=; path=/; max-age=0`;
}

/**
 * Forgets every cookie and all storage of this origin: the next page is a first visit. closePages()
 * also deletes the cookies through each page's own document, the one that wrote them.
 */
export function forgetVisitor(): void {
  forgetCookies(document);
  localStorage.clear();
  sessionStorage.clear();
}

/**
 * The value of one cookie, decoded, or undefined, as `doc` sees it: pass the page that wrote it, as WebKit
 * may answer another document's `document.cookie` from a cache that lags behind.
 */
export function cookie(name: string, doc: Document = document): string | undefined {
  for (const pair of doc.cookie.split(';')) {
    const [key, ...rest] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** Resources a page fetched from another origin (must stay empty: the tests touch no real network). */
export function foreignRequests(page: CmpPage): string[] {
  return page.win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => new URL(url).origin !== location.origin);
}

/** The calls a subscription received, with the time of each. */
export interface Calls {
  readonly listener: (decision: CmpDecision) => void;
  readonly decisions: CmpDecision[];
  readonly times: number[];
}

export function calls(): Calls {
  const decisions: CmpDecision[] = [];
  const times: number[] = [];
  return {
    decisions,
    times,
    listener: (decision) => {
      decisions.push(decision);
      times.push(performance.now());
    },
  };
}

/** Waits until the subscription received `count` calls; returns the time of the last one. */
export async function nthCall(received: Calls, count: number, message = `expected ${count} call(s)`): Promise<number> {
  await waitUntil(() => received.decisions.length >= count, `${message}, got ${JSON.stringify(received.decisions)}`, {
    timeout: 5000,
  });
  return received.times[count - 1]!;
}

/** Asserts the subscription's call came within a second of `since` (a performance.now() time). */
export async function callWithinASecond(
  received: Calls,
  count: number,
  since: number,
  decision: CmpDecision,
): Promise<void> {
  const at = await nthCall(received, count);
  expect(received.decisions[count - 1]).to.equal(decision);
  expect(at - since, "ms from the visitor's action to the call").to.be.below(1000);
}

/**
 * Counts the event listeners code adds to `targets` between `start()` and the remover it returns,
 * as (target, type, handler, capture) entries still registered.
 */
export function listenerSpy(...targets: EventTarget[]): { active(): number; restore(): void } {
  const live = new Set<string>();
  const handlers = new Map<EventListenerOrEventListenerObject, number>();
  const key = (
    i: number,
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) => {
    if (!fn) return '';
    if (!handlers.has(fn)) handlers.set(fn, handlers.size);
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    return `${i}|${type}|${String(handlers.get(fn))}|${String(capture)}`;
  };
  targets.forEach((t, i) => {
    // Own properties shadowing the prototype's methods; restore() deletes them again.
    const add = EventTarget.prototype.addEventListener.bind(t);
    const remove = EventTarget.prototype.removeEventListener.bind(t);
    Object.defineProperty(t, 'addEventListener', {
      configurable: true,
      value: (
        type: string,
        fn: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions,
      ) => {
        const k = key(i, type, fn, options);
        if (k) live.add(k);
        add(type, fn, options);
      },
    });
    Object.defineProperty(t, 'removeEventListener', {
      configurable: true,
      value: (
        type: string,
        fn: EventListenerOrEventListenerObject | null,
        options?: boolean | EventListenerOptions,
      ) => {
        live.delete(key(i, type, fn, options));
        remove(type, fn, options);
      },
    });
  });
  return {
    active: () => live.size,
    restore: () => {
      for (const t of targets) {
        Reflect.deleteProperty(t, 'addEventListener');
        Reflect.deleteProperty(t, 'removeEventListener');
      }
    },
  };
}

/** Asserts `ready()` rejects within `timeoutMs` (plus scheduling slack) with a message containing each of `parts`. */
export async function expectReadyToReject(adapter: CmpAdapter, timeoutMs: number, ...parts: string[]): Promise<void> {
  const start = performance.now();
  let error: unknown;
  try {
    await adapter.ready(timeoutMs);
  } catch (e) {
    error = e;
  }
  const elapsed = performance.now() - start;
  expect(error, 'ready() rejected').to.be.instanceOf(Error);
  for (const part of parts) expect((error as Error).message).to.include(part);
  expect(elapsed, 'ms until ready() rejected').to.be.below(timeoutMs + 1000);
}

/** Asserts `fn` throws an Error whose message contains each of `parts`. */
export function expectThrows(fn: () => unknown, ...parts: string[]): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, 'threw').to.be.instanceOf(Error);
  for (const part of parts) expect((error as Error).message).to.include(part);
}

/** Records the timers this window's code starts while installed, and which of them are still pending. */
export function timerSpy(): { pending(): number; restore(): void } {
  const pending = new Set<number>();
  const setDescriptor = Object.getOwnPropertyDescriptor(window, 'setTimeout')!;
  const clearDescriptor = Object.getOwnPropertyDescriptor(window, 'clearTimeout')!;
  const set = window.setTimeout.bind(window);
  const clear = window.clearTimeout.bind(window);
  const spied = (handler: TimerHandler, ms?: number, ...args: unknown[]): number => {
    const id = set(
      (...a: unknown[]) => {
        pending.delete(id);
        if (typeof handler === 'function') (handler as (...b: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    pending.add(id);
    return id;
  };
  Object.defineProperty(window, 'setTimeout', { ...setDescriptor, value: spied });
  Object.defineProperty(window, 'clearTimeout', {
    ...clearDescriptor,
    value: (id?: number) => {
      if (id !== undefined) pending.delete(id);
      clear(id);
    },
  });
  return {
    pending: () => pending.size,
    restore: () => {
      Object.defineProperty(window, 'setTimeout', setDescriptor);
      Object.defineProperty(window, 'clearTimeout', clearDescriptor);
    },
  };
}
