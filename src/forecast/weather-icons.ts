import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit/html.js';

/**
 * Small line icons drawn for this widget (24×24, `currentColor`), composed from a few shapes so
 * the whole set costs less than one icon of a bought-in set. Decorative: the weather is always
 * written beside them.
 */

type Kind =
  | 'clear'
  | 'partly'
  | 'overcast'
  | 'fog'
  | 'drizzle'
  | 'rain'
  | 'sleet'
  | 'snow'
  | 'showers'
  | 'snow-showers'
  | 'thunder'
  | 'unknown';

const KIND_BY_CODE: Readonly<Record<number, Kind>> = {
  0: 'clear',
  1: 'partly',
  2: 'partly',
  3: 'overcast',
  45: 'fog',
  48: 'fog',
  51: 'drizzle',
  53: 'drizzle',
  55: 'drizzle',
  56: 'sleet',
  57: 'sleet',
  61: 'rain',
  63: 'rain',
  65: 'rain',
  66: 'sleet',
  67: 'sleet',
  71: 'snow',
  73: 'snow',
  75: 'snow',
  77: 'snow',
  80: 'showers',
  81: 'showers',
  82: 'rain',
  85: 'snow-showers',
  86: 'snow-showers',
  95: 'thunder',
  96: 'thunder',
  99: 'thunder',
};

const sun = svg`<g class="sun"><circle cx="12" cy="12" r="4"/><path d="M12 3v2M12 19v2M3 12h2M19 12h2M5.6 5.6 7 7M17 17l1.4 1.4M5.6 18.4 7 17M17 7l1.4-1.4"/></g>`;
const moon = svg`<path class="moon" d="M15.5 4.5a7.5 7.5 0 1 0 4 12.4 6 6 0 0 1-4-12.4z"/>`;
const smallSun = svg`<g transform="translate(-2 -3) scale(.7)">${sun}</g>`;
const smallMoon = svg`<g transform="translate(-2 -3) scale(.7)">${moon}</g>`;
// Above a raised cloud the sun or moon must sit lower and smaller to stay inside the 24 × 24 box.
const smallerSun = svg`<g transform="translate(-1 -1) scale(.6)">${sun}</g>`;
const smallerMoon = svg`<g transform="translate(-1 -1) scale(.6)">${moon}</g>`;
const cloud = svg`<path class="cloud" d="M7.5 19h9a4 4 0 0 0 .6-7.95A5.5 5.5 0 0 0 6.6 12.1 3.5 3.5 0 0 0 7.5 19z"/>`;
const raisedCloud = svg`<g transform="translate(0 -4)">${cloud}</g>`;
const rain = svg`<path class="drops" d="M9 17.5 8 21M13 17.5 12 21M17 17.5 16 21"/>`;
const drizzle = svg`<path class="drops" d="M9 18v.5M13 18v.5M17 18v.5M8 21v.5M12 21v.5M16 21v.5"/>`;
const snow = svg`<path class="flakes" d="M9 18.5v2M8 19.5h2M13 18.5v2M12 19.5h2M17 18.5v2M16 19.5h2"/>`;
const sleet = svg`<path class="drops" d="M9 17.5 8 21M17 17.5 16 21M12 18.5v2M11 19.5h2"/>`;
const fog = svg`<path class="fog" d="M5 17h14M7 20h10"/>`;
const bolt = svg`<path class="bolt" d="m13 15-2.5 3.5h3L11 22"/>`;
const question = svg`<path d="M10.5 14a1.5 1.5 0 1 1 2 1.4c-.5.2-.5.6-.5 1.1M12 18.2v.3"/>`;

function shapes(kind: Kind, isDay: boolean): SVGTemplateResult {
  const small = isDay ? smallSun : smallMoon;
  const smaller = isDay ? smallerSun : smallerMoon;
  switch (kind) {
    case 'clear':
      return isDay ? sun : moon;
    case 'partly':
      return svg`${small}${cloud}`;
    case 'overcast':
      return cloud;
    case 'fog':
      return svg`${raisedCloud}${fog}`;
    case 'drizzle':
      return svg`${raisedCloud}${drizzle}`;
    case 'rain':
      return svg`${raisedCloud}${rain}`;
    case 'sleet':
      return svg`${raisedCloud}${sleet}`;
    case 'snow':
      return svg`${raisedCloud}${snow}`;
    case 'showers':
      return svg`${smaller}${raisedCloud}${rain}`;
    case 'snow-showers':
      return svg`${smaller}${raisedCloud}${snow}`;
    case 'thunder':
      return svg`${raisedCloud}${bolt}`;
    case 'unknown':
      return svg`${raisedCloud}${question}`;
  }
}

export function weatherIcon(code: number, isDay = true): TemplateResult {
  // The outer <svg> must come from an html template; only its children are svg templates.
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shapes(KIND_BY_CODE[code] ?? 'unknown', isDay)}</svg>`;
}
