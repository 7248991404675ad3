import { findMunicipality, type District, type Municipality } from '../district/index.js';

/**
 * The widget's attributes, parsed into typed values. A missing attribute means the default; a
 * bad value means the default plus a warning naming attribute and value.
 *
 * Hand-written rather than zod: these parsers run before consent, where zod/mini alone would
 * cost half the entry chunk's budget (README "Bundle budgets"). tests/parsers.test.ts holds them
 * to their contract with generated input.
 */

export interface WidgetConfig {
  readonly municipality: Municipality;
  /** Set when `latitude` and `longitude` override the municipality. */
  readonly coordinates: { readonly latitude: number; readonly longitude: number } | null;
  readonly days: number;
  readonly privacyUrl: string | null;
  readonly consentVersion: string;
  readonly consentMaxAgeDays: number;
  readonly headingLevel: number;
  readonly timeoutMs: number;
}

/** Every attribute the widget reads besides the global `lang`. */
export const ATTRIBUTES = [
  'gemeinde',
  'latitude',
  'longitude',
  'days',
  'privacy-url',
  'consent-version',
  'consent-max-age',
  'heading-level',
  'timeout',
] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/** Turns an attribute's text into a value, or undefined when the text is not acceptable. */
export type Parser<T> = (text: string) => T | undefined;

/** Whole numbers in plain notation: "7", not "7.0", "1e1" or "0x7". */
export function integer(min: number, max: number): Parser<number> {
  return (text) => {
    const n = /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : NaN;
    return n >= min && n <= max ? n : undefined;
  };
}

/** Decimal numbers in plain notation within ±limit: "51.9458", not "5.19e1" or "Infinity". */
export function decimal(limit: number): Parser<number> {
  return (text) => {
    const n = /^\s*[+-]?\d{1,3}(\.\d{1,12})?\s*$/.test(text) ? Number(text) : NaN;
    return Math.abs(n) <= limit ? n : undefined;
  };
}

/** A link the widget may render: http(s), or relative to the page (resolved against it). */
export const safeUrl: Parser<string> = (text) => {
  if (text.length > 2048 || !text.trim()) return undefined;
  try {
    // Resolving also undoes the tricks a browser would accept ("java\tscript:", leading spaces).
    const url = new URL(text.trim(), document.baseURI);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/** A short version label such as `2`, `2026-11` or `v3.1`. */
export const label: Parser<string> = (text) => (/^[\w.:+-]{1,64}$/.test(text.trim()) ? text.trim() : undefined);

export const DEFAULTS = { days: 5, consentVersion: '1', consentMaxAgeDays: 182, headingLevel: 2, timeoutSeconds: 10 } as const;

/**
 * Reads every attribute through `get` (null: absent). `warn` receives one message per rejected
 * value; absent attributes are never an error.
 */
export function parseAttributes(
  get: (name: AttributeName) => string | null,
  district: District,
  warn: (attribute: AttributeName, message: string) => void,
): WidgetConfig {
  // The valid values are in README's attribute table; the message names attribute and value.
  function read<T>(name: AttributeName, parse: Parser<T>): T | undefined {
    const text = get(name);
    if (text === null) return undefined;
    const value = parse(text);
    if (value === undefined) warn(name, `<kreis-wetter>: ignoring ${name}="${text.length > 80 ? `${text.slice(0, 80)}…` : text}"; using the default.`);
    return value;
  }

  const municipality =
    read('gemeinde', (text) => findMunicipality(district, text.trim().toLowerCase())) ?? findMunicipality(district, district.defaultMunicipality)!;
  const latitude = read('latitude', decimal(90));
  const longitude = read('longitude', decimal(180));
  if ((latitude === undefined) !== (longitude === undefined)) {
    // One coordinate without the other is no place (a bad other one has been reported already).
    const [given, missing] = latitude === undefined ? (['longitude', 'latitude'] as const) : (['latitude', 'longitude'] as const);
    if (get(missing) === null) warn(given, `<kreis-wetter>: ignoring ${given}="${get(given)}" because ${missing} is missing; using the municipality.`);
  }

  return {
    municipality,
    coordinates: latitude !== undefined && longitude !== undefined ? { latitude, longitude } : null,
    days: read('days', integer(1, 7)) ?? DEFAULTS.days,
    privacyUrl: read('privacy-url', safeUrl) ?? null,
    consentVersion: read('consent-version', label) ?? DEFAULTS.consentVersion,
    consentMaxAgeDays: read('consent-max-age', integer(1, 730)) ?? DEFAULTS.consentMaxAgeDays,
    // 1–5: the widget's own headings sit one level below, and there is no level 7.
    headingLevel: read('heading-level', integer(1, 5)) ?? DEFAULTS.headingLevel,
    timeoutMs: (read('timeout', integer(1, 60)) ?? DEFAULTS.timeoutSeconds) * 1000,
  };
}
