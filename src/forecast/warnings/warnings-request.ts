import { roundCoordinate } from '../open-meteo/client.js';
import type { WarningsAnswer } from './model.js';
import { fetchWarnings, WARNINGS_TIMEOUT } from './client.js';

/**
 * Warnings change faster than forecasts (the DWD issues and lifts them at any minute, and Bright
 * Sky passes them on within a minute): an answer is reused for five minutes, against a forecast's
 * thirty, and then asked for again.
 */
export const REUSE_FOR_MS = 5 * 60_000;

/** The abort reason when consent is withdrawn while a request is on its way. */
export const WITHDRAWN = new DOMException('Consent was withdrawn.', 'AbortError');

export interface WarningsRequest {
  /** The warnings service's base URL (Bright Sky's, or the site's own proxy). */
  readonly api: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly timeoutMs: number;
  /** Aborting it abandons this caller's interest; the request itself stops when nobody waits. */
  readonly signal: AbortSignal;
}

interface InFlight {
  readonly promise: Promise<WarningsAnswer>;
  readonly controller: AbortController;
  waiting: number;
}

/*
 * Nothing of the warnings is kept beyond this page view: the answers live in memory only, never
 * on the device. A withdrawal drops them and aborts what is on its way; an answer that arrives
 * after a withdrawal anyway is not kept (every withdrawal starts a new generation).
 */
const answers = new Map<string, WarningsAnswer>();
// One request per place, however many widgets show it.
const inFlight = new Map<string, InFlight>();
let generation = 0;

/**
 * The warnings for a place: an answer of the last five minutes, else a new request (shared with
 * every widget asking for the same place). Rejects with a ForecastError, or with the signal's
 * reason when the caller aborted, or with WITHDRAWN.
 */
export function loadWarnings(request: WarningsRequest): Promise<WarningsAnswer> {
  const { api, latitude, longitude } = request;
  const key = `${api} ${roundCoordinate(latitude).toFixed(2)},${roundCoordinate(longitude).toFixed(2)}`;
  const kept = answers.get(key);
  const age = kept ? Date.now() - kept.fetchedAt : -1;
  if (kept && age >= 0 && age < REUSE_FOR_MS) return Promise.resolve(kept);
  return join(key, request);
}

/** Consent gone: every answer is forgotten, and every request on its way aborted. */
export function forgetWarnings(): void {
  generation++;
  answers.clear();
  for (const flight of inFlight.values()) flight.controller.abort(WITHDRAWN);
  inFlight.clear();
}

function join(key: string, { api, latitude, longitude, timeoutMs, signal }: WarningsRequest): Promise<WarningsAnswer> {
  let flight = inFlight.get(key);
  // A request everybody walked away from is finishing its abort; start afresh.
  if (!flight || flight.controller.signal.aborted) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(WARNINGS_TIMEOUT), timeoutMs);
    const started = generation;
    const next: InFlight = {
      controller,
      waiting: 0,
      promise: fetchWarnings(api, latitude, longitude, controller.signal)
        .then((warnings) => {
          const answer = { warnings, fetchedAt: Date.now() };
          // An answer that arrives after a withdrawal (a new generation) is not kept.
          if (started === generation) answers.set(key, answer);
          return answer;
        })
        .finally(() => {
          clearTimeout(timer);
          if (inFlight.get(key) === next) inFlight.delete(key);
        }),
    };
    inFlight.set(key, next);
    flight = next;
  }
  const shared = flight;
  shared.waiting++;
  return new Promise<WarningsAnswer>((resolve, reject) => {
    const leave = () => {
      // The last one to lose interest stops the request; nobody else is waiting for it.
      if (--shared.waiting === 0) shared.controller.abort(signal.reason);
      reject(signal.reason);
    };
    if (signal.aborted) {
      leave();
      return;
    }
    signal.addEventListener('abort', leave, { once: true });
    // Settled before this caller walked away: it is no longer waiting (else leave() counted it).
    void shared.promise.then(resolve, reject).finally(() => {
      if (signal.aborted) return;
      shared.waiting--;
      signal.removeEventListener('abort', leave);
    });
  });
}
