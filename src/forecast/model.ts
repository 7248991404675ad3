import type { ErrorKind } from '../events.js';

/**
 * The normalised forecast: what the widget shows, independent of the provider's JSON.
 * Every number is finite; anything the provider left out or could not forecast is not here.
 */
export interface CurrentConditions {
  /** Local time of the observation, `YYYY-MM-DDTHH:mm`. */
  readonly time: string;
  /** °C */
  readonly temperature: number;
  /** °C, "feels like" */
  readonly apparentTemperature: number | null;
  /** WMO weather interpretation code */
  readonly weatherCode: number;
  readonly isDay: boolean;
  /** km/h */
  readonly windSpeed: number | null;
}

export interface ForecastDay {
  /** Local calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly weatherCode: number;
  /** °C */
  readonly temperatureMax: number;
  /** °C */
  readonly temperatureMin: number;
  /** % chance of more than 0.1 mm in any hour of the day */
  readonly precipitationProbability: number;
}

export interface Forecast {
  readonly current: CurrentConditions | null;
  /** Complete days only, in order; the first incomplete day ends the list. */
  readonly days: readonly ForecastDay[];
}

/** A forecast as the widget received it. */
export interface ForecastResult {
  readonly forecast: Forecast;
  /** When it was fetched from the provider (ms since epoch). */
  readonly fetchedAt: number;
  /** `network`: just fetched; `cache`: fresh copy, no request; `stale`: last good copy after a failed request. */
  readonly source: 'network' | 'cache' | 'stale';
  /** Why fetching failed, for `stale`. */
  readonly error?: ForecastFailure;
}

export interface ForecastFailure {
  readonly kind: ErrorKind;
  readonly status?: number;
  /** Seconds the provider asked us to wait (HTTP 429 `Retry-After`). */
  readonly retryAfterSeconds?: number;
  readonly message: string;
}
