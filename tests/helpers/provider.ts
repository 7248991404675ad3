import { http, passthrough, type HttpResponseResolver } from 'msw';
import { setupWorker } from 'msw/browser';
import { ALERTS_URL, noAlertsResolver } from '../mocks/bright-sky.js';
import { FORECAST_URL, sampleResolver } from '../mocks/open-meteo.js';

/**
 * The weather providers as the tests control them: Open-Meteo answers with the sample forecast,
 * Bright Sky with "no warnings". Every request the page makes through fetch is recorded; a
 * request to any other origin that no handler answers fails the test.
 */

const worker = setupWorker(http.get(FORECAST_URL, sampleResolver), http.get(ALERTS_URL, noAlertsResolver));
const seen: Request[] = [];
worker.events.on('request:start', ({ request }) => {
  if (new URL(request.url).origin !== location.origin) seen.push(request.clone());
});

// The signals the page hands to fetch: a mocked answer cannot see an abort, the page's side can.
const fetches: { url: string; signal: AbortSignal | undefined }[] = [];

/** Records the fetches of `win` (this window, or a test page in a frame) for abortedLatitudes(). */
export function recordFetches(win: Window): void {
  const realFetch = win.fetch;
  win.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    fetches.push({ url: input instanceof Request ? input.url : String(input), signal: init?.signal ?? undefined });
    return realFetch.call(this, input, init);
  };
}
recordFetches(window);

/** Forecast requests the page has aborted since the last reset, by latitude. */
export function abortedLatitudes(): string[] {
  return fetches
    .filter((f) => f.signal?.aborted && f.url.startsWith(FORECAST_URL))
    .map((f) => new URL(f.url).searchParams.get('latitude')!);
}

/** Warnings requests the page has aborted since the last reset, by latitude (`lat`). */
export function abortedWarnings(): string[] {
  return fetches
    .filter((f) => f.signal?.aborted && f.url.startsWith(ALERTS_URL))
    .map((f) => new URL(f.url).searchParams.get('lat')!);
}

let started: Promise<unknown> | undefined;

/** Starts msw once per test file; call in `before`. */
export function startProvider(): Promise<unknown> {
  started ??= worker.start({
    quiet: true,
    onUnhandledRequest(request, print) {
      // The test server's own files pass; anything else leaving the page is a bug.
      if (new URL(request.url).origin !== location.origin) print.error();
    },
  });
  return started;
}

/** Back to the sample answer and an empty request log; call in `beforeEach`. */
export function resetProvider(): void {
  worker.resetHandlers();
  seen.length = 0;
  fetches.length = 0;
  // The browser's own record of what was loaded starts afresh too (its buffer is small).
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(2000);
}

/** Answers same-origin requests for files matching `path` with `resolver` (e.g. a network error). */
export function interceptFiles(path: RegExp, resolver: HttpResponseResolver): void {
  worker.use(http.get(path, resolver));
}

/** Answers requests for the built forecast chunk with `resolver` (e.g. a network error); undefined: serve it. */
export function useChunk(resolver: HttpResponseResolver | undefined): void {
  interceptFiles(/\/dist\/forecast-[\w-]+\.js$/, resolver ?? (() => passthrough()));
}

/** Answers forecast requests with `resolver` from now on. */
export function answerWith(resolver: HttpResponseResolver): void {
  worker.use(http.get(FORECAST_URL, resolver));
}

/** Answers warnings requests (Bright Sky's `/alerts`) with `resolver` from now on. */
export function answerWarningsWith(resolver: HttpResponseResolver): void {
  worker.use(http.get(ALERTS_URL, resolver));
}

/** Every cross-origin request since the last reset. */
export function thirdPartyRequests(): readonly Request[] {
  return seen;
}

export function forecastRequests(): URL[] {
  return seen.map((r) => new URL(r.url)).filter((u) => u.origin + u.pathname === FORECAST_URL);
}

/** Requests to Bright Sky (any path) since the last reset. */
export function warningsRequests(): Request[] {
  return seen.filter((r) => new URL(r.url).origin === new URL(ALERTS_URL).origin);
}

/** Resources the page loaded from other origins, by the browser's own account (not only fetch). */
export function thirdPartyResources(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => new URL(name).origin !== location.origin);
}
