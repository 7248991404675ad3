import { LOCALES, type Lang } from './translation.js';

// Intl formatters are costly to build: one per language and set of options, shared by every widget
// on the page. Callers pass options objects they keep (module constants), so identity is the key.
const numberFormats = new WeakMap<Intl.NumberFormatOptions, Partial<Record<Lang, Intl.NumberFormat>>>();
const dateFormats = new WeakMap<Intl.DateTimeFormatOptions, Partial<Record<Lang, Intl.DateTimeFormat>>>();

export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let byLang = numberFormats.get(options);
  if (!byLang) numberFormats.set(options, (byLang = {}));
  return (byLang[lang] ??= new Intl.NumberFormat(LOCALES[lang], options));
}

export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byLang = dateFormats.get(options);
  if (!byLang) dateFormats.set(options, (byLang = {}));
  return (byLang[lang] ??= new Intl.DateTimeFormat(LOCALES[lang], options));
}

export const WHOLE: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
export const TWO_DECIMALS: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
/** A calendar date in words, read in UTC so that it is the same date whatever the visitor's time zone. */
const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };

/** A calendar date (`YYYY-MM-DD`) as a date in the calendar; `options` must read it in UTC. */
export function formatIsoDate(lang: Lang, isoDate: string, options: Intl.DateTimeFormatOptions = LONG_DATE): string {
  return dateFormat(lang, options).format(new Date(`${isoDate}T00:00:00Z`));
}
