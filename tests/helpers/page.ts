import { waitUntil } from '@open-wc/testing';
import type { KreisWetter } from '../../src/kreis-wetter.js';

/** A page embedding the widget, in an iframe: opening a new one is what a reload is to a visitor. */
export interface TestPage {
  readonly frame: HTMLIFrameElement;
  readonly window: Window;
  widget(index?: number): KreisWetter;
  /** Same-origin paths of the scripts this page loaded. */
  scripts(): string[];
  close(): void;
}

/** Opens the page; by default with the built bundle, which also loads fast in a fresh realm. */
export async function openPage(options: { html?: string; bundle?: 'src' | 'dist' } = {}): Promise<TestPage> {
  const params = new URLSearchParams({ bundle: options.bundle ?? 'dist', html: options.html ?? '<kreis-wetter></kreis-wetter>' });
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1400px; border: 0';
  frame.src = `/tests/pages/widget.html?${params}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.documentElement?.dataset.ready !== undefined, 'test page did not load', { timeout: 8000 });
  const win = frame.contentWindow!;
  return {
    frame,
    window: win,
    widget: (index = 0) => frame.contentDocument!.querySelectorAll('kreis-wetter')[index] as KreisWetter,
    scripts: () =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        .filter((u) => u.origin === location.origin && /\.(js|ts)$/.test(u.pathname))
        .map((u) => u.pathname),
    close: () => frame.remove(),
  };
}
