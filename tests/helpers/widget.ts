import './element.js';
import { fixture, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { KreisWetter, KreisWetterEventMap } from '../../src/kreis-wetter.js';

/**
 * Drives <kreis-wetter> the way a visitor would: through what is rendered in its shadow root.
 * The element module is imported by each test file (src or the built bundle).
 */

/** Renders `template` and returns the (first) widget in it, once it has settled. */
export async function mount(template: TemplateResult = html`<kreis-wetter></kreis-wetter>`): Promise<KreisWetter> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'kreis-wetter' ? root : root.querySelector('kreis-wetter')!) as KreisWetter;
  await settled(el);
  return el;
}

/** Waits until the stored decision has been read and the widget shows the notice or the forecast region. */
export async function settled(el: KreisWetter): Promise<void> {
  await waitUntil(
    () => !el.shadowRoot?.querySelector('.reserve') && (part(el, 'consent') ?? part(el, 'forecast')) !== null,
    'widget did not settle',
    {
      timeout: 8000,
    },
  );
}

export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

/** Visible text of a rendered node, as a sighted visitor reads it (hidden helper text left out). */
export function visibleText(node: Element | null): string {
  if (!node) return '';
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function click(el: Element, name: string): void {
  const target = part(el, name);
  if (!target) throw new Error(`no ${name} to click`);
  target.click();
}

/** The visitor picks another place in the widget's select. */
export function choosePlace(el: Element, gemeinde: string): void {
  const select = part<HTMLSelectElement>(el, 'location-select')!;
  select.value = gemeinde;
  select.dispatchEvent(new Event('change'));
}

/** Clicks accept and waits for the forecast days to appear. */
export async function accept(el: KreisWetter): Promise<void> {
  click(el, 'accept-button');
  await forecastShown(el);
}

export async function forecastShown(el: KreisWetter, timeout = 10000): Promise<void> {
  await waitUntil(() => parts(el, 'day').length > 0, 'no forecast days appeared', { timeout });
}

export async function errorShown(el: KreisWetter, timeout = 10000): Promise<void> {
  await waitUntil(() => part(el, 'error') !== null, 'no error appeared', { timeout });
}

/** Forgets the stored decision and kept forecasts, as a first-time visitor. */
export async function forgetEverything(): Promise<void> {
  const el = document.createElement('kreis-wetter');
  document.body.append(el);
  await el.resetConsent();
  el.remove();
}

/**
 * Waits until `predicate` holds. Five seconds, not waitUntil's one: three engines share two CPU
 * cores in CI, and a first chunk import can take a while under that load.
 */
export function waitFor(predicate: () => unknown, message?: string, timeout = 5000): Promise<void> {
  return waitUntil(predicate, message, { timeout });
}

/** Resolves with the next event of `type` on `target`. */
export function nextEvent<K extends keyof KreisWetterEventMap>(
  target: EventTarget,
  type: K,
): Promise<KreisWetterEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(type, (e) => resolve(e as KreisWetterEventMap[K]), { once: true }),
  );
}
