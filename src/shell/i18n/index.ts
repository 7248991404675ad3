import { de } from './de.js';
import type { Lang, Translation } from './translation.js';

export type { Lang, Translation } from './translation.js';

// German, the language of nearly every page in the district, is built in. English is a chunk of
// its own, fetched from the widget's own origin when an English page needs it, so German pages do
// not pay for it before consent.
const loaded: Partial<Record<Lang, Translation>> = { de };

/** The translation for `lang` once loaded; German until then, or if it cannot be loaded. */
export function translationFor(lang: Lang): Translation {
  return loaded[lang] ?? de;
}

/** Loads the translation for `lang` (German is built in, English is the one chunk); false when it could not be loaded. */
export async function loadTranslation(lang: Lang): Promise<boolean> {
  try {
    if (lang === 'en') loaded.en ??= (await import('./en.js')).en;
    return true;
  } catch {
    return false;
  }
}

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
