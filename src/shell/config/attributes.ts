import type { District } from '../district/index.js';

/**
 * The widget's attributes, parsed into typed values. A missing attribute means the default; a bad
 * value means the default plus a warning naming attribute, value and what is expected. Where the
 * value guards consent (`consent-version`, `consent-max-age`) a bad one fails closed instead: no
 * stored decision counts and none is stored (null below).
 *
 * Hand-written rather than zod: these parsers run before consent, where zod/mini alone would cost
 * half the entry chunk's budget (README "Bundle budgets"). tests/parsers.test.ts holds them to
 * their contract with generated input.
 */

export interface WidgetConfig {
  /** Id of the municipality (`coesfeld` …). */
  readonly gemeinde: string;
  /** With `longitude`, the site's own place; null unless both are valid. */
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly days: number;
  readonly privacyUrl: string | null;
  /** null: not valid, so no decision counts or is stored. */
  readonly consentVersion: string | null;
  /** Days; null: not valid, so no decision counts or is stored. */
  readonly consentMaxAge: number | null;
  readonly headingLevel: number;
  /** Seconds. */
  readonly timeout: number;
  /**
   * Where the decision lives: `builtin`, `external`, `none`, or a cookie banner and its service
   * (`klaro:open-meteo` …); null: not a value the widget knows, which fails closed.
   */
  readonly consentSource: string | null;
  /** Official warnings of the DWD beside the forecast (`on`), or nothing of them (`off`). */
  readonly warnings: 'on' | 'off';
  /**
   * Base URL of the forecast service, e.g. the site's own proxy (relative); null: Open-Meteo's.
   * (The providers' addresses are in the forecast code, which loads only after consent.)
   */
  readonly forecastApi: string | null;
  /** Base URL of the warnings service, e.g. the site's own proxy (relative); null: Bright Sky's. */
  readonly warningsApi: string | null;
}

type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

export type PropertyName = keyof WidgetConfig;
/** Every attribute the widget reads besides the global `lang`: its property's name in kebab case. */
export type AttributeName = Kebab<PropertyName>;

/** `privacyUrl` → `privacy-url`. */
export const attributeOf = (property: PropertyName): AttributeName =>
  property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`) as AttributeName;

/** Turns an attribute's text into a value, or undefined when the text is not acceptable. */
export type Parser<T> = (text: string) => T | undefined;

/**
 * Numbers in plain notation from `min` to `max`: whole ones ("7", not "7.0", "1e1" or "0x7"), or
 * with `decimals` a decimal fraction ("51.9458", not "5.19e1" or "Infinity").
 */
function number(min: number, max: number, decimals = false): Parser<number> {
  return (text) => {
    const n = (decimals ? /^\s*[+-]?\d{1,3}(\.\d{1,12})?\s*$/ : /^\s*\d{1,4}\s*$/).test(text) ? Number(text) : NaN;
    return n >= min && n <= max ? n : undefined;
  };
}

/** A link the widget may render: http(s), or relative to the page (resolved against it). */
const safeUrl: Parser<string> = (text) => {
  if (text.length > 2048 || !text.trim()) return undefined;
  try {
    // Resolving also undoes the tricks a browser would accept ("java\tscript:", leading spaces).
    // Pre-rendered in Node there is no page: a relative URL stays as written (the page resolves it).
    const base = (globalThis as { document?: Document }).document?.baseURI;
    const url = new URL(text.trim(), base ?? 'https://relative.invalid/');
    if (!/^https?:$/.test(url.protocol)) return undefined;
    return base === undefined && url.host === 'relative.invalid' ? text.trim() : url.href;
  } catch {
    return undefined;
  }
};

/** Text as written (trimmed) when it matches `pattern` in full. */
const matching =
  <T extends string>(pattern: RegExp): Parser<T> =>
  (text) =>
    pattern.test(text.trim()) ? (text.trim() as T) : undefined;

/** A short version label such as `2`, `2026-11` or `v3.1`. */
const label = matching(/^[\w.:+-]{1,64}$/);

/**
 * A service's base URL: https, or a path on this site (its own proxy, e.g. `/wetter-api/open-meteo`);
 * the paths are added to it, so it ends without a slash.
 */
const apiUrl = matching(
  /^(https:\/\/[\w.-]+(:\d+)?(\/[\w.~%!$&'()*+,;=:@-]+){0,16}|(\/[\w.~%!$&'()*+,;=:@-]+){1,16})$/,
);
const apiBase: Parser<string> = (text) => apiUrl(text.trim().replace(/\/+$/, ''));

// Cookie banners with an adapter (src/cmp/), named with their service, category or embedding; the
// adapter checks that name when it is fetched, and a bad one fails closed there.
const consentSource = matching(
  /^(builtin|external|none|(klaro|cookieconsent|usercentrics|cookiebot|borlabs|ccm19):\S.{0,127})$/,
);

/**
 * A value the widget did not take: the attribute, its text (null: missing), and what became of it:
 * `default` (the default is used), `fail-closed` (no stored decision counts or is stored), `off`
 * (nothing is sent to that service), `alone`
 * (a coordinate without the other one), `missing` (worth setting). Worded for the site owner by
 * attribute-messages.ts, a chunk of its own: only sites with a bad value load it.
 */
export interface AttributeProblem {
  readonly attribute: AttributeName;
  readonly text: string | null;
  readonly outcome: 'default' | 'fail-closed' | 'off' | 'alone' | 'missing' | 'third-party';
}

/**
 * How each property's attribute is read, its value without one (the district's default
 * municipality for null `gemeinde`) and, where it is not the same, the value a bad text gives:
 * the consent settings fail closed (null); `warnings` sends nothing more (`off`).
 */
const PROPERTIES: {
  readonly [P in PropertyName]: readonly [
    parse: (text: string, district: District) => WidgetConfig[P] | undefined,
    fallback: WidgetConfig[P] | null,
    whenBad?: WidgetConfig[P] | null,
  ];
} = {
  gemeinde: [(text, district) => district.municipalities.find((m) => m.id === text.trim().toLowerCase())?.id, null],
  latitude: [number(-90, 90, true), null],
  longitude: [number(-180, 180, true), null],
  days: [number(1, 7), 5],
  privacyUrl: [safeUrl, null],
  consentVersion: [label, '1', null],
  consentMaxAge: [number(1, 730), 182, null],
  headingLevel: [number(1, 5), 2],
  timeout: [number(1, 60), 10],
  consentSource: [consentSource, 'builtin', null],
  warnings: [matching(/^(on|off)$/), 'on', 'off'],
  forecastApi: [apiBase, null],
  warningsApi: [apiBase, null],
};

/** The property names, in the order of README's attribute table. */
export const PROPERTY_NAMES = Object.keys(PROPERTIES) as PropertyName[];
export const ATTRIBUTES = PROPERTY_NAMES.map(attributeOf);

/**
 * Reads every attribute through `get` (null: absent); `report` receives each value not taken.
 * Absent attributes are never an error, but a missing `privacy-url` is worth a word.
 */
export function parseAttributes(
  get: (name: AttributeName) => string | null,
  district: District,
  report: (problem: AttributeProblem) => void,
): WidgetConfig {
  const config: Record<string, unknown> = {};
  for (const property of PROPERTY_NAMES) {
    const [parse, fallback, whenBad] = PROPERTIES[property];
    const attribute = attributeOf(property);
    const text = get(attribute);
    const value = text === null ? undefined : parse(text, district);
    const bad = text !== null && value === undefined;
    if (bad)
      report({
        attribute,
        text,
        outcome: whenBad === undefined ? 'default' : whenBad === null ? 'fail-closed' : 'off',
      });
    config[property] = value ?? (bad && whenBad !== undefined ? whenBad : fallback);
  }
  config.gemeinde ??= district.defaultMunicipality;
  // One coordinate without the other is no place (a bad other one has been reported already).
  if ((config.latitude === null) !== (config.longitude === null)) {
    const alone = config.latitude === null ? 'longitude' : 'latitude';
    if (get(alone === 'latitude' ? 'longitude' : 'latitude') === null)
      report({ attribute: alone, text: get(alone), outcome: 'alone' });
    config.latitude = config.longitude = null;
  }
  if (get('privacy-url') === null) report({ attribute: 'privacy-url', text: null, outcome: 'missing' });
  // Nobody needs to be asked only where no service is a third party: both through the site's proxy.
  const own = (base: unknown) => typeof base === 'string' && !/^https:/i.test(base);
  if (
    config.consentSource === 'none' &&
    !(own(config.forecastApi) && (config.warnings === 'off' || own(config.warningsApi)))
  ) {
    report({ attribute: 'consent-source', text: 'none', outcome: 'third-party' });
    config.consentSource = null;
  }
  return config as unknown as WidgetConfig;
}

/** Words each problem for the site owner, in the console; the wording is a chunk only sites with a bad value load. */
export function reportProblems(problems: readonly AttributeProblem[], warn: (message: string) => void): void {
  if (problems.length === 0) return;
  import('./attribute-messages.js').then(
    ({ describeProblem }) => problems.forEach((problem) => warn(describeProblem(problem))),
    () => undefined, // the wording could not be fetched (offline): a warning is not worth an error
  );
}
