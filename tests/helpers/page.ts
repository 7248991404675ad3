import { waitUntil } from '@open-wc/testing';
import { leave } from './leave.js';
import { recordFetches } from './provider.js';
import { storedValue } from './stored.js';
import type { KreisWetter } from '../../src/kreis-wetter.js';

const open = new Set<HTMLIFrameElement>();

/** Closes every page a test opened, also after a failed assertion; call in `afterEach`. */
export async function closePages(): Promise<void> {
  const frames = [...open];
  open.clear();
  await Promise.all(frames.map(leave));
}

/** Waits until a forecast is kept in the browser's storage, as a visit that ends right after leaves it. */
export async function forecastKept(): Promise<void> {
  await waitUntil(async () => (await storedValue('forecasts')) !== undefined, 'no forecast was kept', {
    timeout: 4000,
  });
}

/**
 * Waits until the visitor's decision is in the browser's storage. A decision takes effect at once
 * and is stored right after; a test that leaves the page (closes the frame) waits for that first,
 * as the visitor's browser finishes the write when they move on.
 */
export async function decisionStored(granted: boolean): Promise<void> {
  await waitUntil(
    async () => ((await storedValue('consent')) as { granted?: unknown } | undefined)?.granted === granted,
    `no stored decision ${granted}`,
    {
      timeout: 4000,
    },
  );
}

/** A page embedding the widget, in an iframe: opening a new one is what a reload is to a visitor. */
export interface TestPage {
  readonly frame: HTMLIFrameElement;
  readonly window: Window;
  widget(index?: number): KreisWetter;
  /** Paths of the package's scripts (from dist/) this page loaded; the test page's own and the test runner's are left out. */
  scripts(): string[];
  /** Uncaught errors, unhandled rejections and console.error calls on the page so far. */
  problems(): string[];
  /** console.warn calls on the page so far. */
  warnings(): string[];
  /**
   * Every request to another origin the page attempted so far: those its policy refused
   * (`only: 'self'`), as `directive URL`, and those it loaded, by the browser's resource timing.
   */
  otherOrigins(): string[];
  /** The visitor leaves the page (tests/helpers/leave.ts). */
  close(): Promise<void>;
}

/** Opens the page, with the built bundle. */
export interface PageOptions {
  html?: string;
  /** `later`: the page loads the bundle only when the test calls `loadWidget()` on its window. */
  bundle?: 'now' | 'later';
  /** Runs the page's clock ahead, in ms: a later visit. */
  clock?: number;
  /** IndexedDB that throws on use, or none at all. */
  storage?: 'blocked' | 'missing';
  /** `self`: the page may talk to its own origin only; a request elsewhere is blocked (and reported). */
  only?: 'self';
}

export async function openPage(options: PageOptions = {}): Promise<TestPage> {
  const params = new URLSearchParams({
    bundle: options.bundle ?? 'now',
    html: options.html ?? '<kreis-wetter></kreis-wetter>',
  });
  if (options.clock) params.set('clock', String(options.clock));
  if (options.storage) params.set('storage', options.storage);
  if (options.only) params.set('only', options.only);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1400px; border: 0';
  frame.src = `/tests/pages/widget.html?${params}`;
  document.body.append(frame);
  open.add(frame);
  await waitUntil(() => frame.contentDocument?.documentElement?.dataset.ready !== undefined, 'test page did not load', {
    timeout: 8000,
  });
  const win = frame.contentWindow!;
  recordFetches(win);
  return {
    frame,
    window: win,
    widget: (index = 0) => frame.contentDocument!.querySelectorAll('kreis-wetter')[index]!,
    scripts: () =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        .filter((u) => u.origin === location.origin && /^\/dist\/.+\.js$/.test(u.pathname))
        .map((u) => u.pathname),
    problems: () => [...(win as unknown as { problems: string[] }).problems],
    warnings: () => [...(win as unknown as { warnings: string[] }).warnings],
    otherOrigins: () => [
      ...(win as unknown as { violations: string[] }).violations,
      ...win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => new URL(name).origin !== location.origin),
    ],
    close: () => {
      open.delete(frame);
      return leave(frame);
    },
  };
}
