import { ForecastError, roundCoordinate } from '../open-meteo/client.js';
import { TIME_ZONE } from '../open-meteo/schema.js';
import type { Warning } from './model.js';
import { InvalidWarnings, parseWarnings } from './schema.js';

/** Bright Sky's API (the DWD's open data as JSON), unless the site names its own proxy (`warnings-api`). */
export const BRIGHT_SKY = 'https://api.brightsky.dev';

/**
 * The warnings request for a place: coordinates rounded to 0.01° like the forecast's, the
 * parameters always in this order (a site's proxy may check the query exactly).
 */
export function warningsUrl(api: string, latitude: number, longitude: number): string {
  const params = new URLSearchParams({
    lat: roundCoordinate(latitude).toFixed(2),
    lon: roundCoordinate(longitude).toFixed(2),
    tz: TIME_ZONE,
  });
  return `${api}/alerts?${params}`;
}

/** Passed as the abort reason when our own time limit ends a request. */
export const WARNINGS_TIMEOUT = new ForecastError('timeout', 'Bright Sky did not answer in time');

/**
 * Fetches and validates the warnings for a place. Rejects with a ForecastError (the same
 * classification as the forecast's), or with the signal's reason when the caller aborted.
 */
export async function fetchWarnings(
  api: string,
  latitude: number,
  longitude: number,
  signal: AbortSignal,
): Promise<Warning[]> {
  let response: Response;
  try {
    response = await fetch(warningsUrl(api, latitude, longitude), {
      signal,
      // No cookies, no referrer: the service needs nothing but the coordinates.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new ForecastError('network', `Bright Sky unreachable: ${String(error)}`);
  }
  const { status } = response;
  if (status === 429) throw new ForecastError('rate-limited', 'Bright Sky rate limit', status);
  if (!response.ok) throw new ForecastError('http', `Bright Sky answered HTTP ${status}`, status);

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    if (signal.aborted) throw signal.reason;
    throw new ForecastError('invalid-response', 'Bright Sky sent something that is not JSON', status);
  }
  try {
    return parseWarnings(body);
  } catch (error) {
    if (!(error instanceof InvalidWarnings)) throw error;
    throw new ForecastError('invalid-response', `Bright Sky answer does not match the schema at ${error.message}`);
  }
}
