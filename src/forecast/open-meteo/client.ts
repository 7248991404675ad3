import type { Forecast, ForecastFailure } from '../model.js';
import { ImplausibleValue, normalise } from './normalise.js';
import { openMeteoResponseSchema, TIME_ZONE } from './schema.js';

/** Open-Meteo's API, unless the site names its own proxy (`forecast-api`). */
export const OPEN_METEO = 'https://api.open-meteo.com';

// Nine variables: Open-Meteo weighs a call by its variable count; up to ten count as one call.
const CURRENT = 'temperature_2m,apparent_temperature,weather_code,is_day,wind_speed_10m';
const DAILY = 'weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max';
/** Always a week: widgets showing fewer days share the request and slice. */
const FORECAST_DAYS = 7;

/** Rounds to 0.01° (about 1 km): finer than the model's grid, coarser than a street address. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 100) / 100;
}

function forecastUrl(api: string, latitude: number, longitude: number): string {
  const params = new URLSearchParams({
    latitude: roundCoordinate(latitude).toFixed(2),
    longitude: roundCoordinate(longitude).toFixed(2),
    current: CURRENT,
    daily: DAILY,
    timezone: TIME_ZONE,
    forecast_days: String(FORECAST_DAYS),
    models: 'icon_seamless',
  });
  return `${api}/v1/forecast?${params}`;
}

/** A failed fetch, classified for the visitor's message and the retry policy. */
export class ForecastError extends Error implements ForecastFailure {
  constructor(
    readonly kind: ForecastFailure['kind'],
    message: string,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ForecastError';
  }
}

/** Passed as the abort reason when our own time limit ends a request. */
export const TIMEOUT = new ForecastError('timeout', 'Open-Meteo did not answer in time');

/**
 * Fetches and validates one forecast. Rejects with a ForecastError, or with the signal's reason
 * when the caller aborted.
 */
export async function fetchForecast(
  api: string,
  latitude: number,
  longitude: number,
  signal: AbortSignal,
): Promise<Forecast> {
  let response: Response;
  try {
    response = await fetch(forecastUrl(api, latitude, longitude), {
      signal,
      // No cookies, no referrer: the provider needs nothing but the coordinates.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new ForecastError('network', `Open-Meteo unreachable: ${String(error)}`);
  }

  if (!response.ok) {
    if (response.status === 429) {
      throw new ForecastError(
        'rate-limited',
        'Open-Meteo rate limit',
        429,
        parseRetryAfter(response.headers.get('Retry-After')),
      );
    }
    throw new ForecastError('http', `Open-Meteo answered HTTP ${response.status}`, response.status);
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    if (signal.aborted) throw signal.reason;
    // Also what a stream broken off mid-answer looks like: transient, worth a retry.
    throw new ForecastError('invalid-response', 'Open-Meteo sent something that is not JSON', response.status);
  }

  return parseForecast(body);
}

/**
 * Turns an answer body into the widget's model, or throws a ForecastError of kind
 * `invalid-response` that names the first offending field.
 */
export function parseForecast(body: unknown): Forecast {
  const parsed = openMeteoResponseSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ForecastError(
      'invalid-response',
      `Open-Meteo answer does not match the schema at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? ''}`,
    );
  }
  let forecast: Forecast;
  try {
    forecast = normalise(parsed.data);
  } catch (error) {
    if (!(error instanceof ImplausibleValue)) throw error;
    throw new ForecastError('invalid-response', `Open-Meteo answer has an impossible value: ${error.message}`);
  }
  if (forecast.days.length === 0) throw new ForecastError('invalid-response', 'Open-Meteo answer has no complete day');
  return forecast;
}

/** `Retry-After` as seconds (delta or HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d{1,6}$/.test(text)) return Number(text);
  // An HTTP date (IMF-fixdate, RFC 9110): Date.parse alone would also take "-5" for a year.
  const date = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
