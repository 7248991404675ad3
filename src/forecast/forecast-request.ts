import { currentGeneration, keep, readKept, type KeptForecast } from './kept-forecasts.js';
import type { ForecastResult } from './model.js';
import { ForecastError, TIMEOUT, fetchForecast, roundCoordinate } from './open-meteo/client.js';

/** A kept forecast younger than this is shown without asking the provider again. */
const FRESH_FOR_MS = 30 * 60_000;

export interface ForecastRequest {
  /** The forecast service's base URL (Open-Meteo's, or the site's own proxy). */
  readonly api: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly timeoutMs: number;
  /** Keep the answer on the device (only where the decision itself is kept there). */
  readonly onDevice: boolean;
  /** Aborting it abandons this caller's interest; the request itself stops when nobody waits. */
  readonly signal: AbortSignal;
}

interface InFlight {
  readonly promise: Promise<KeptForecast>;
  readonly controller: AbortController;
  waiting: number;
}

// One request per place, however many widgets show it.
const inFlight = new Map<string, InFlight>();

function locationKey(latitude: number, longitude: number): string {
  return `${roundCoordinate(latitude).toFixed(2)},${roundCoordinate(longitude).toFixed(2)}`;
}

/**
 * The forecast for a place: a fresh kept one, else a new request, else (request failed) the last
 * good one marked `stale`. Rejects with a ForecastError when there is nothing to show, or with
 * the signal's reason when the caller aborted.
 */
export async function loadForecast(request: ForecastRequest): Promise<ForecastResult> {
  const { latitude, longitude, signal } = request;
  const key = `${request.api} ${locationKey(latitude, longitude)}`;
  const kept = await readKept(key);
  signal.throwIfAborted();
  if (kept && Date.now() - kept.fetchedAt < FRESH_FOR_MS) return { ...kept, source: 'cache' };

  try {
    return { ...(await join(key, request)), source: 'network' };
  } catch (error) {
    if (signal.aborted || !(error instanceof ForecastError)) throw error;
    if (kept) return { ...kept, source: 'stale', error };
    throw error;
  }
}

function join(
  key: string,
  { api, latitude, longitude, timeoutMs, onDevice, signal }: ForecastRequest,
): Promise<KeptForecast> {
  let flight = inFlight.get(key);
  // A request everybody walked away from is finishing its abort; start afresh.
  if (!flight || flight.controller.signal.aborted) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMEOUT), timeoutMs);
    // An answer that arrives after consent was withdrawn (a new generation) is not kept.
    const generation = currentGeneration();
    const started: InFlight = {
      controller,
      waiting: 0,
      promise: fetchForecast(api, latitude, longitude, controller.signal)
        .then((forecast) => {
          const entry = { forecast, fetchedAt: Date.now() };
          keep(key, entry, generation, onDevice);
          return entry;
        })
        .finally(() => {
          clearTimeout(timer);
          if (inFlight.get(key) === started) inFlight.delete(key);
        }),
    };
    inFlight.set(key, started);
    flight = started;
  }
  const shared = flight;
  shared.waiting++;
  return new Promise<KeptForecast>((resolve, reject) => {
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      shared.waiting--;
      signal.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () =>
      finish(() => {
        // The last one to lose interest stops the request; nobody else is waiting for it.
        if (shared.waiting === 0) shared.controller.abort(signal.reason);
        reject(signal.reason);
      });
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (entry) => finish(() => resolve(entry)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}
