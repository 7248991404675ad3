import { html, nothing, type TemplateResult } from 'lit/html.js';
import { dateFormat } from '../../shell/i18n/format.js';
import type { Lang } from '../../shell/i18n/index.js';
import { heading } from '../../shell/views/heading.js';
import type { WeatherTranslation } from '../i18n/index.js';
import { today } from '../kept-forecasts.js';
import { TIME_ZONE } from '../open-meteo/schema.js';
import { isActive, type Warning } from './model.js';

/**
 * The DWD's warnings for municipalities: the official page for the same warn cells Bright Sky's
 * answers come from, on the DWD's own site (the source note may link to dwd.de). In German only.
 */
export const DWD_WARNINGS = 'https://www.dwd.de/DE/wetter/warnungen_gemeinden/warnWetter_node.html';

// Warnings are for places in Germany: their times are Berlin's, like the forecast's days.
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE };
const WEEKDAY_TIME: Intl.DateTimeFormatOptions = { ...TIME, weekday: 'short' };
const DAY_TIME: Intl.DateTimeFormatOptions = { ...WEEKDAY_TIME, day: 'numeric', month: 'numeric' };
/** Up to this far after the start, the end is named by its weekday alone. */
const WEEKDAY_ENOUGH_MS = 6 * 86_400_000;

export interface WarningsViewProps {
  readonly lang: Lang;
  readonly w: WeatherTranslation;
  readonly warnings: readonly Warning[];
  /** The place shown, for "no warnings for …". */
  readonly place: string;
  /** Level of each warning's heading. */
  readonly headingLevel: number;
  readonly now: number;
}

/** "Di., 24.11., 22:00 – Mi., 10:00 Uhr": the end as short as the start makes it clear. */
function period(lang: Lang, w: WeatherTranslation, { onset, expires }: Warning): string {
  const start = dateFormat(lang, DAY_TIME).format(onset);
  if (expires === null) return w.warnings.period(start, null);
  const options =
    today(onset) === today(expires) ? TIME : expires - onset < WEEKDAY_ENOUGH_MS ? WEEKDAY_TIME : DAY_TIME;
  return w.warnings.period(start, dateFormat(lang, options).format(expires));
}

function renderWarning(props: WarningsViewProps, warning: Warning, index: number): TemplateResult {
  const { lang, w, headingLevel } = props;
  const text = warning[lang];
  // The level in words and in colour; the DWD's texts as they are, line breaks kept (CSS).
  return html`<li part="warning" class="warning level-${warning.level}">
    ${heading(headingLevel, `kw-warning-${index}`, text.headline, 'warning-headline')}
    <p><span class="warning-level">${w.warnings.level(warning.level)}</span> ${text.event}</p>
    <p class="warning-period">${period(lang, w, warning)}</p>
    <p class="warning-text">${text.description}</p>
    ${text.instruction === null ? nothing : html`<p class="warning-text">${text.instruction}</p>`}
  </li>`;
}

/** The warnings area with the warnings in force, most severe first; else one quiet line. */
export function renderWarnings(props: WarningsViewProps): TemplateResult {
  const { lang, w, place, now } = props;
  const shown = props.warnings.filter((warning) => isActive(warning, now));
  if (shown.length === 0) {
    return html`<div part="warnings" class="warnings"><p class="warnings-none">${w.warnings.none(place)}</p></div>`;
  }
  return html`<div part="warnings" class="warnings">
    <ul class="warning-list" aria-label=${w.warnings.listLabel}>
      ${shown.map((warning, index) => renderWarning(props, warning, index))}
    </ul>
    <p class="warnings-source">
      ${w.warnings.source} <a href=${DWD_WARNINGS} hreflang=${lang === 'de' ? nothing : 'de'}>Deutscher Wetterdienst</a>
    </p>
  </div>`;
}

/** Warnings could not be loaded: said in their own area, with the official page and a retry. */
export function renderWarningsUnavailable(w: WeatherTranslation, lang: Lang, onRetry: () => unknown): TemplateResult {
  return html`<div part="warnings" class="warnings">
    <div class="error" role="alert">
      <p>
        ${w.warnings.unavailable}
        <a href=${DWD_WARNINGS} hreflang=${lang === 'de' ? nothing : 'de'}>${w.warnings.officialPage}</a>
      </p>
      <button part="warnings-retry-button" @click=${onRetry}>${w.warnings.retry}</button>
    </div>
  </div>`;
}

/** While the warnings are on their way: the quiet line's height, kept free. */
export function renderWarningsPending(): TemplateResult {
  return html`<div part="warnings" class="warnings" aria-busy="true"></div>`;
}
