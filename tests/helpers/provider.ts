import { http, passthrough, type HttpResponseResolver } from 'msw';
import { setupWorker } from 'msw/browser';
import { ALERTS_URL, noAlertsResolver } from '../mocks/bright-sky.js';
import { FORECAST_URL, sampleResolver } from '../mocks/open-meteo.js';

/**
 * The weather providers as the tests control them: Open-Meteo answers with the sample forecast,
 * Bright Sky with "no warnings", whether the widget asks them directly or through the site's own
 * proxy (its paths on the page's origin, `forecast-api` and `warnings-api`). Every request the page
 * makes through fetch is recorded; a request to any other origin that no handler answers fails
 * the test.
 */

/** Where the widget's weather requests go, and the attributes that send them there. */
export interface ApiRoute {
  /** For test titles: `through …`. */
  readonly name: string;
  /** `forecast-api` and `warnings-api` as they stand in a tag (empty: the providers' own). */
  readonly attributes: string;
  /** The services' base URLs as the page sees them. */
  readonly forecastBase: string;
  readonly warningsBase: string;
  /** Every service is on the page's own origin: no request may go anywhere else. */
  readonly ownOrigin: boolean;
}

/** The widget as it comes: Open-Meteo and Bright Sky themselves. */
export const PROVIDERS: ApiRoute = {
  name: 'the providers themselves',
  attributes: '',
  forecastBase: new URL(FORECAST_URL).origin,
  warningsBase: new URL(ALERTS_URL).origin,
  ownOrigin: false,
};

/** The site's own proxy (deploy/nginx/): both services at paths of the page's origin. */
export const OWN_PROXY: ApiRoute = {
  name: "the site's own proxy",
  attributes: 'forecast-api="/wetter-api/open-meteo" warnings-api="/wetter-api/brightsky"',
  forecastBase: `${location.origin}/wetter-api/open-meteo`,
  warningsBase: `${location.origin}/wetter-api/brightsky`,
  ownOrigin: true,
};

/** Both routes, for tests that must hold whichever the site chose. */
export const ROUTES: readonly ApiRoute[] = [PROVIDERS, OWN_PROXY];

let route = PROVIDERS;

/** The route the current test's widgets are configured for: what the request helpers below count. */
export function useRoute(next: ApiRoute): void {
  route = next;
}

const forecastUrl = (r: ApiRoute) => `${r.forecastBase}/v1/forecast`;
const alertsUrl = (r: ApiRoute) => `${r.warningsBase}/alerts`;

// The same answers on either route; a test's own answers (answerWith) go to the current one.
const worker = setupWorker(
  ...ROUTES.flatMap((r) => [http.get(forecastUrl(r), sampleResolver), http.get(alertsUrl(r), noAlertsResolver)]),
);
/** Requests to other origins, and to the services on the page's own origin. */
const seen: Request[] = [];
const ownServices = [OWN_PROXY.forecastBase, OWN_PROXY.warningsBase].map((base) => `${base}/`);
worker.events.on('request:start', ({ request }) => {
  const { url } = request;
  if (new URL(url).origin !== location.origin || ownServices.some((base) => url.startsWith(base)))
    seen.push(request.clone());
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

/** The fetches aborted since the last reset to `url` (a relative one resolved against the page). */
function aborted(url: string): URL[] {
  return fetches
    .filter((f) => f.signal?.aborted)
    .map((f) => new URL(f.url, location.href))
    .filter((u) => u.origin + u.pathname === url);
}

/** Forecast requests the page has aborted since the last reset, by latitude. */
export function abortedLatitudes(): string[] {
  return aborted(forecastUrl(route)).map((u) => u.searchParams.get('latitude')!);
}

/** Warnings requests the page has aborted since the last reset, by latitude (`lat`). */
export function abortedWarnings(): string[] {
  return aborted(alertsUrl(route)).map((u) => u.searchParams.get('lat')!);
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

/** Answers forecast requests (on the current route) with `resolver` from now on. */
export function answerWith(resolver: HttpResponseResolver): void {
  worker.use(http.get(forecastUrl(route), resolver));
}

/** Answers warnings requests (Bright Sky's `/alerts`, on the current route) with `resolver` from now on. */
export function answerWarningsWith(resolver: HttpResponseResolver): void {
  worker.use(http.get(alertsUrl(route), resolver));
}

/** Every cross-origin request since the last reset. */
export function thirdPartyRequests(): readonly Request[] {
  return seen.filter((r) => new URL(r.url).origin !== location.origin);
}

/** Forecast requests on the current route since the last reset. */
export function forecastRequests(): URL[] {
  return seen.map((r) => new URL(r.url)).filter((u) => u.origin + u.pathname === forecastUrl(route));
}

/** Requests to the warnings service on the current route (any path) since the last reset. */
export function warningsRequests(): Request[] {
  return seen.filter((r) => r.url.startsWith(`${route.warningsBase}/`));
}

/** Resources the page loaded from other origins, by the browser's own account (not only fetch). */
export function thirdPartyResources(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => new URL(name).origin !== location.origin);
}
