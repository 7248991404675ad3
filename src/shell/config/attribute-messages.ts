import type { AttributeName, AttributeProblem } from './attributes.js';

/** What each attribute takes, as README's attribute table says. */
const EXPECTED: Record<AttributeName, string> = {
  gemeinde: 'a municipality id such as coesfeld or duelmen',
  latitude: 'decimal degrees, with longitude',
  longitude: 'decimal degrees, with latitude',
  days: 'a whole number from 1 to 7',
  'privacy-url': 'an http(s) or relative URL',
  'consent-version': 'up to 64 letters, digits or . : + - _',
  'consent-max-age': 'a whole number of days from 1 to 730',
  'heading-level': 'a whole number from 1 to 5',
  timeout: 'a whole number of seconds from 1 to 60',
  'consent-source': 'builtin, external, none, or a cookie banner with its service such as klaro:open-meteo',
  warnings: 'on or off',
  'forecast-api': 'an https URL or a path on this site, such as /wetter-api/open-meteo',
  'warnings-api': 'an https URL or a path on this site, such as /wetter-api/brightsky',
};

/** Why a value is refused where nothing can stand in for it (the pre-rendered snippet). */
export function describeRefusal(problem: AttributeProblem): string {
  const { attribute, text, outcome } = problem;
  return outcome === 'default' || outcome === 'fail-closed' || outcome === 'off'
    ? `${attribute}="${text ?? ''}" is not valid (expected ${EXPECTED[attribute]})`
    : describeProblem(problem).replace(/^<kreis-wetter>: /, '');
}

/** The console warning for a value the widget did not take: attribute, value, what it expects, what it does instead. */
export function describeProblem({ attribute, text, outcome }: AttributeProblem): string {
  if (outcome === 'third-party') {
    return `<kreis-wetter>: ignoring consent-source="none": forecast-api (and warnings-api, unless warnings="off") must be paths on this site, its own proxy; a third party is asked for consent. No forecast until the visitor agrees here, and that for this page view only.`;
  }
  if (outcome === 'missing')
    return `<kreis-wetter>: ${attribute} is missing; the consent notice should link to your privacy policy.`;
  const shown = text === null ? '' : text.length > 80 ? `${text.slice(0, 80)}…` : text;
  const instead =
    outcome === 'fail-closed'
      ? attribute === 'consent-source'
        ? 'no forecast until the visitor agrees here, and that for this page view only'
        : 'no stored decision counts and none is stored until it is valid'
      : outcome === 'off'
        ? 'nothing is sent to that service'
        : outcome === 'alone'
          ? `the other coordinate is missing; using the municipality`
          : 'using the default';
  return `<kreis-wetter>: ignoring ${attribute}="${shown}" (expected ${EXPECTED[attribute]}); ${instead}.`;
}
