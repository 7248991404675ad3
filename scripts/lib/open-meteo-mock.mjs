// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

export const FORECAST_URL = 'https://api.open-meteo.com/v1/forecast';
export const ALERTS_URL = 'https://api.brightsky.dev/alerts';

/** The recorded sample answer (7 days, Coesfeld) the tests and the demo use too. */
const sampleForecast = readFileSync(join(repoRoot, 'tests/fixtures/open-meteo-forecast-coesfeld.json'), 'utf8');

const DAY_MS = 86_400_000;

/**
 * The sample with its days moved by whole days to start today, as the demo does
 * (tests/mocks/open-meteo.ts): the browser's clock is the real one here, and a kept forecast
 * whose days are over is not reused, so a dated sample would make every return ask again.
 */
function sampleFromToday() {
  const body = JSON.parse(sampleForecast);
  const shift = Math.round(
    (Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse(body.daily.time[0])) / DAY_MS,
  );
  const move = (/** @type {string} */ time) =>
    new Date(Date.parse(`${time.slice(0, 10)}T00:00:00Z`) + shift * DAY_MS).toISOString().slice(0, 10) + time.slice(10);
  body.daily.time = body.daily.time.map(move);
  body.current.time = move(body.current.time);
  return body;
}
/** Bright Sky's answer without a warning (its sample with warnings is dated, the browser's clock is not). */
const noAlerts = readFileSync(join(repoRoot, 'tests/fixtures/brightsky-alerts-coesfeld-none.json'), 'utf8');

/**
 * @typedef {object} NetworkLog
 * @property {string[]} forecastRequests URLs of the requests to Open-Meteo's forecast endpoint (answered by the mock)
 * @property {string[]} warningsRequests URLs of the requests to Bright Sky's warnings endpoint (answered by the mock)
 * @property {string[]} blocked URLs of every other request that left the local server (aborted)
 * @property {200 | 503} forecastStatus what the mock answers from now on: the sample, or HTTP 503
 * @property {() => number} thirdPartyCount all requests to other origins since the last reset
 * @property {() => void} reset empties the lists
 */

/**
 * Keeps a browser context offline except for `localOrigin`: Open-Meteo's forecast endpoint is
 * answered with the sample (latitude/longitude echoed from the request, like
 * tests/mocks/open-meteo.ts) or with 503, Bright Sky's warnings endpoint with "no warnings" (like
 * tests/helpers/provider.ts); any other request to another origin is aborted.
 * All are logged, so a caller can count them.
 *
 * Note: Playwright routes by pausing requests in the browser, including local ones it then lets
 * through; that adds a little latency to each local request (scripts, the page).
 *
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} localOrigin
 * @param {{ fromToday?: boolean }} [options] `fromToday`: the sample's days moved to start today
 * @returns {Promise<NetworkLog>}
 */
export async function mockOpenMeteo(context, localOrigin, { fromToday = false } = {}) {
  /** @type {NetworkLog} */
  const log = {
    forecastRequests: [],
    warningsRequests: [],
    blocked: [],
    forecastStatus: 200,
    thirdPartyCount: () => log.forecastRequests.length + log.warningsRequests.length + log.blocked.length,
    reset() {
      log.forecastRequests.length = 0;
      log.warningsRequests.length = 0;
      log.blocked.length = 0;
    },
  };
  await context.route(
    (url) => url.origin !== localOrigin,
    async (route) => {
      const url = new URL(route.request().url());
      // The widget fetches cross-origin: without this header the browser would refuse the answer.
      const headers = { 'Access-Control-Allow-Origin': '*' };
      if (url.origin + url.pathname === ALERTS_URL) {
        log.warningsRequests.push(url.href);
        await route.fulfill({ status: 200, headers, contentType: 'application/json', body: noAlerts });
        return;
      }
      if (url.origin + url.pathname !== FORECAST_URL) {
        log.blocked.push(url.href);
        await route.abort('blockedbyclient');
        return;
      }
      log.forecastRequests.push(url.href);
      if (log.forecastStatus !== 200) {
        await route.fulfill({
          status: log.forecastStatus,
          headers,
          contentType: 'application/json',
          body: '{"error":true,"reason":"mock: service unavailable"}',
        });
        return;
      }
      const body = fromToday ? sampleFromToday() : JSON.parse(sampleForecast);
      body.latitude = Number(url.searchParams.get('latitude'));
      body.longitude = Number(url.searchParams.get('longitude'));
      await route.fulfill({ status: 200, headers, contentType: 'application/json', body: JSON.stringify(body) });
    },
  );
  return log;
}
