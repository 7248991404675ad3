// @ts-check
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

const fixture = (/** @type {string} */ name) => readFileSync(join(repoRoot, 'tests/fixtures', name), 'utf8');

/** The recorded sample answers: 7 days for Coesfeld; DWD warnings for the Coesfeld warn cell (two, or none). */
export const SAMPLE_FORECAST = fixture('open-meteo-forecast-coesfeld.json');
export const SAMPLE_ALERTS = fixture('brightsky-alerts-coesfeld.json');
export const SAMPLE_ALERTS_NONE = fixture('brightsky-alerts-coesfeld-none.json');

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} url path and query string as received, e.g. `/v1/forecast?latitude=51.95&…`
 * @property {string} pathname
 * @property {URLSearchParams} query
 * @property {import('node:http').IncomingHttpHeaders} headers lower-case names
 * @property {string[]} rawHeaders names and values as sent, alternating
 * @property {string | undefined} remoteAddress
 */

/**
 * @typedef {'up' | 'refuse' | 'fail'} MockMode
 *   up: answers normally; refuse: not listening (connection refused); fail: HTTP 503 with the
 *   provider's error body
 */

/**
 * @typedef {object} WeatherMock
 * @property {string} origin e.g. `http://127.0.0.1:40125` — use as forecast and warnings upstream
 * @property {number} port
 * @property {RecordedRequest[]} requests every request received, in order
 * @property {(pathname: string) => RecordedRequest[]} requestsTo the requests to one path (`/v1/forecast`, `/alerts`)
 * @property {(mode: MockMode) => Promise<void>} setMode
 * @property {(ms: number) => void} setDelay wait this long before each answer (0 = none)
 * @property {(headers: Record<string, string | string[]>) => void} setExtraHeaders added to every answer
 * @property {(alerts: 'some' | 'none') => void} setAlerts which sample /alerts answers with
 * @property {() => void} reset forgets the recorded requests
 * @property {() => Promise<void>} close
 */

/**
 * A local stand-in for Open-Meteo (`GET /v1/forecast`) and Bright Sky (`GET /alerts`) on
 * 127.0.0.1, plain HTTP: answers with the sample files (the forecast's latitude/longitude echoed
 * from the request), records every request with its headers, and can be switched to "down"
 * (connection refused, or 503) and to answer late. Other paths: 404. Both providers allow any
 * origin (CORS), so the mock does too.
 *
 * @param {{ port?: number, host?: string }} [options] port 0 (default) = any free port
 * @returns {Promise<WeatherMock>}
 */
export async function startWeatherMock({ port = 0, host = '127.0.0.1' } = {}) {
  /** @type {RecordedRequest[]} */
  const requests = [];
  let delay = 0;
  /** @type {MockMode} */
  let mode = 'up';
  /** @type {Record<string, string | string[]>} */
  let extraHeaders = {};
  let alerts = SAMPLE_ALERTS;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://mock.invalid');
    requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      pathname: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      rawHeaders: req.rawHeaders,
      remoteAddress: req.socket.remoteAddress,
    });
    const answer = () => {
      const headers = {
        'Content-Type': 'application/json; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
        ...extraHeaders,
      };
      if (mode === 'fail') {
        const body =
          url.pathname === '/alerts' ? 'Service Unavailable' : '{"error":true,"reason":"mock: service unavailable"}';
        const type = url.pathname === '/alerts' ? 'text/plain' : 'application/json; charset=utf-8';
        res.writeHead(503, { ...headers, 'Content-Type': type }).end(body);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, headers).end('{"error":true,"reason":"mock: method not allowed"}');
        return;
      }
      if (url.pathname === '/v1/forecast') {
        const body = JSON.parse(SAMPLE_FORECAST);
        body.latitude = Number(url.searchParams.get('latitude'));
        body.longitude = Number(url.searchParams.get('longitude'));
        res.writeHead(200, headers).end(JSON.stringify(body));
        return;
      }
      if (url.pathname === '/alerts') {
        res.writeHead(200, headers).end(alerts);
        return;
      }
      res.writeHead(404, headers).end('{"detail":"Not Found"}');
    };
    if (delay > 0) setTimeout(answer, delay);
    else answer();
  });

  /** @param {number} p */
  const listen = (p) =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, host, () => {
        server.off('error', reject);
        resolve(undefined);
      });
    });
  const closeServer = () =>
    new Promise((resolve) => {
      server.close(() => resolve(undefined));
      server.closeAllConnections();
    });

  await listen(port);
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;

  return {
    origin: `http://${host}:${actualPort}`,
    port: actualPort,
    requests,
    requestsTo: (pathname) => requests.filter((r) => r.pathname === pathname),
    async setMode(next) {
      if (next === mode) return;
      const wasListening = mode !== 'refuse';
      mode = next;
      if (next === 'refuse' && wasListening) await closeServer();
      if (next !== 'refuse' && !wasListening) await listen(actualPort);
    },
    setDelay(ms) {
      delay = ms;
    },
    setExtraHeaders(headers) {
      extraHeaders = headers;
    },
    setAlerts(which) {
      alerts = which === 'none' ? SAMPLE_ALERTS_NONE : SAMPLE_ALERTS;
    },
    reset() {
      requests.length = 0;
    },
    async close() {
      if (mode !== 'refuse') await closeServer();
    },
  };
}
