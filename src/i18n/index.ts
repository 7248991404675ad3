import { de } from './de.js';
import { en } from './en.js';
import type { Lang, Translation } from './translation.js';

export type { Lang, Translation } from './translation.js';

// Both languages ship in the entry: the widget must read right from its first frame, with no
// request at all before consent.
export const translations: Record<Lang, Translation> = { de, en };

/** `de-AT` → `de`; anything we do not speak → undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return primary === 'de' || primary === 'en' ? primary : undefined;
}

/**
 * The language of `from`'s closest `[lang]`, else German. An ancestor in a language we do not
 * speak means German, not English: the sites are German.
 */
export function resolveLang(from: Element): Lang {
  return toLang(from.closest('[lang]')?.getAttribute('lang')) ?? 'de';
}
