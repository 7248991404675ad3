import { html, nothing, type TemplateResult } from 'lit/html.js';
import { dateFormat, formatIsoDate, numberFormat } from '../shell/i18n/format.js';
import type { Lang } from '../shell/i18n/index.js';
import type { WeatherTranslation } from './i18n/index.js';
import { today } from './kept-forecasts.js';
import type { CurrentConditions, ForecastDay, ForecastResult } from './model.js';
import { TIME_ZONE } from './open-meteo/schema.js';
import { weatherIcon } from './weather-icons.js';

export interface ForecastViewProps {
  readonly lang: Lang;
  readonly w: WeatherTranslation;
  readonly result: ForecastResult;
  /** How many days the site owner asked for. */
  readonly days: number;
}

// signDisplay 'negative' keeps a rounded -0.3 from showing as "-0".
const WHOLE_DEGREES: Intl.NumberFormatOptions = { maximumFractionDigits: 0, signDisplay: 'negative' };
const DAY_SHORT: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' };
const DAY_LONG: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };
// Times of the forecast's own place: the days are dated there too.
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE };
const DATE_AND_TIME: Intl.DateTimeFormatOptions = { ...TIME, day: 'numeric', month: 'numeric' };

function number(lang: Lang, value: number): string {
  return numberFormat(lang, WHOLE_DEGREES).format(value);
}

/** "14:20" today, "28.11., 14:20" on another day: a kept forecast never looks current when it is not. */
function timeOf(lang: Lang, epochMs: number, now = Date.now()): string {
  return dateFormat(lang, today(epochMs) === today(now) ? TIME : DATE_AND_TIME).format(epochMs);
}

/** Written one way, spoken another: `7°` is read as "7 Grad". */
function measure(visual: string, spoken: string): TemplateResult {
  return html`<span aria-hidden="true">${visual}</span><span class="visually-hidden">${spoken}</span>`;
}

function describe(w: WeatherTranslation, code: number): string {
  return w.codes[code] ?? w.unknownWeather;
}

function renderCurrent(lang: Lang, w: WeatherTranslation, current: CurrentConditions): TemplateResult {
  const t = number(lang, current.temperature);
  const description = describe(w, current.weatherCode);
  return html`<div class="current">
    ${weatherIcon(current.weatherCode, current.isDay)}
    <p class="current-main">
      <span class="current-label">${w.now}:</span>
      <span class="current-temperature">${measure(`${t} °C`, `${t} ${w.degrees}`)}</span>
      <span class="current-description">${description}</span>
    </p>
    <p class="current-extra">
      ${
        current.apparentTemperature === null
          ? nothing
          : html`<span>${w.feelsLike} ${measure(`${number(lang, current.apparentTemperature)} °C`, `${number(lang, current.apparentTemperature)} ${w.degrees}`)}</span>`
      }
      ${
        current.windSpeed === null
          ? nothing
          : html`<span>${w.wind} ${measure(`${number(lang, current.windSpeed)} ${w.kilometresPerHour.visual}`, `${number(lang, current.windSpeed)} ${w.kilometresPerHour.spoken}`)}</span>`
      }
    </p>
  </div>`;
}

function renderDay(lang: Lang, w: WeatherTranslation, day: ForecastDay): TemplateResult {
  const max = number(lang, day.temperatureMax);
  const min = number(lang, day.temperatureMin);
  const chance = number(lang, day.precipitationProbability);
  const description = describe(w, day.weatherCode);
  const spoken =
    `${formatIsoDate(lang, day.date, DAY_LONG)}: ${description}, ${w.max} ${max} ${w.degrees}, ` +
    `${w.min} ${min} ${w.degrees}, ${w.rainChance} ${chance} ${w.percent.spoken}.`;
  return html`<li part="day" class="day">
    <span class="visually-hidden">${spoken}</span>
    <span class="day-date" aria-hidden="true">${formatIsoDate(lang, day.date, DAY_SHORT)}</span>
    <span class="day-icon" aria-hidden="true">${weatherIcon(day.weatherCode)}</span>
    <span class="day-description" aria-hidden="true">${description}</span>
    <span class="day-temperatures" aria-hidden="true"
      ><span class="day-max" title=${w.max}>${max}°</span> / <span class="day-min" title=${w.min}>${min}°</span></span
    >
    <span class="day-rain" aria-hidden="true">${chance} %</span>
  </li>`;
}

/**
 * The data part of the forecast region: current conditions, the days, when fetched, attribution.
 * A stale stand-in shows no "now": its conditions are not today's news.
 */
export function renderForecast({ lang, w, result, days }: ForecastViewProps): TemplateResult {
  const shown = result.forecast.days.slice(0, days);
  const fetched = timeOf(lang, result.fetchedAt);
  const current = result.source === 'stale' ? null : result.forecast.current;
  return html`
    ${current ? renderCurrent(lang, w, current) : nothing}
    <ul class="days" aria-label=${w.daysLabel}>
      ${shown.map((day) => renderDay(lang, w, day))}
    </ul>
    ${shown.length < days ? html`<p class="note">${w.shortened(shown.length)}</p>` : nothing}
    <p class="fetched">${result.source === 'stale' ? w.staleSince(fetched) : w.fetchedAt(fetched)}</p>
    <p class="attribution">
      ${w.attributionBefore} <a href="https://open-meteo.com/">Open-Meteo.com</a> ${w.attributionAfter}
    </p>
  `;
}
