import { LOCALES, type Lang } from './translation.js';

// Intl formatters are costly to build; every widget on a page shares one per language and kind.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

export function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) formatters.set(key, (format = make()));
  return format;
}

export function formatNumber(lang: Lang, value: number, fractionDigits = 0): string {
  return formatter(`num:${lang}:${fractionDigits}`, () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: fractionDigits })).format(value);
}

/**
 * A calendar date (`YYYY-MM-DD`) as a date in the calendar, whatever the visitor's time zone.
 * `style` names the options for the formatter cache.
 */
export function formatIsoDate(lang: Lang, isoDate: string, style = 'long', options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return formatter(`${style}:${lang}`, () => new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' })).format(new Date(`${isoDate}T00:00:00Z`));
}
