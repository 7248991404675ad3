// @ts-check
import { request } from 'node:http';
import { startProxy } from './nginx.mjs';
import { startWeatherMock } from './weather-mock-server.mjs';

/** Where the shipped configuration (deploy/nginx/) puts the widget's two services. */
export const PROXY_PREFIX = '/wetter-api/';
/** The forwarding log, for the browser tests (tests/own-proxy.test.ts). */
export const PROXY_LOG_PATH = '/__site-proxy/log';

/**
 * Sends the browser's request `from` on to `origin` (nginx) as it came, headers and all: nginx
 * itself must keep them from the upstream. Resolves with nginx's answer, not yet read.
 * @param {string} origin
 * @param {import('node:http').IncomingMessage} from
 * @returns {Promise<import('node:http').IncomingMessage>}
 */
export function forwardTo(origin, from) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const headers = { ...from.headers, host: `${hostname}:${port}` };
    const out = request(
      { host: hostname, port, path: from.url, method: from.method, headers, agent: false, timeout: 30_000 },
      resolve,
    );
    out.on('timeout', () => out.destroy(new Error(`nginx did not answer ${from.url}`)));
    out.on('error', reject);
    out.end();
  });
}

/**
 * Writes `answer` to `to` unchanged; resolves when it has all been sent.
 * @param {import('node:http').IncomingMessage} answer
 * @param {import('node:http').ServerResponse} to
 * @returns {Promise<void>}
 */
export function relay(answer, to) {
  to.writeHead(answer.statusCode ?? 502, answer.headers);
  return new Promise((resolve, reject) => {
    answer.pipe(to);
    answer.on('end', resolve);
    answer.on('error', reject);
  });
}

/**
 * @typedef {object} ForwardedRequest
 * @property {string} url path and query as the browser sent them
 * @property {string} userAgent the browser's, to tell the engines of one run apart
 * @property {string[]} headers the names of the headers the browser sent (lower case)
 * @property {number} status nginx's answer
 * @property {string} cacheStatus nginx's `X-Cache-Status` (HIT, MISS, …), or ''
 */

/**
 * The site's own proxy as a page of the test server sees it: requests under `/wetter-api/` are
 * forwarded to the real nginx with the shipped configuration (scripts/lib/nginx.mjs), whose
 * upstream is the local mock of Open-Meteo and Bright Sky. Nothing leaves the machine.
 *
 * nginx and the mock start at the first such request, so a run whose tests never ask the proxy
 * starts nothing; `stop()` ends both, and nginx.mjs also kills nginx when the process exits or
 * is interrupted.
 *
 * `GET /__site-proxy/log` answers what was forwarded (`forwarded`) and what reached the mock
 * (`upstream`: path, query and the headers the upstream saw), both since the start.
 */
export function siteProxy() {
  /** @type {Promise<{ proxy: import('./nginx.mjs').Proxy, mock: import('./weather-mock-server.mjs').WeatherMock }> | undefined} */
  let started;
  /** @type {ForwardedRequest[]} */
  const forwarded = [];

  const start = () =>
    (started ??= (async () => {
      const mock = await startWeatherMock();
      try {
        const proxy = await startProxy({ forecastUpstream: mock.origin, warningsUpstream: mock.origin, workers: 1 });
        return { proxy, mock };
      } catch (error) {
        await mock.close();
        throw error;
      }
    })());

  /** @type {import('@web/dev-server-core').Middleware} */
  const middleware = async (ctx, next) => {
    if (ctx.path === PROXY_LOG_PATH) {
      const mock = started ? (await started).mock : undefined;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = {
        forwarded,
        upstream: (mock?.requests ?? []).map((r) => ({
          pathname: r.pathname,
          query: Object.fromEntries(r.query),
          headers: r.headers,
        })),
      };
      return;
    }
    if (!ctx.path.startsWith(PROXY_PREFIX)) return next();
    const { proxy } = await start();
    const answer = await forwardTo(proxy.origin, ctx.req);
    forwarded.push({
      url: ctx.url,
      userAgent: ctx.get('User-Agent'),
      headers: Object.keys(ctx.req.headers),
      status: answer.statusCode ?? 0,
      cacheStatus: String(answer.headers['x-cache-status'] ?? ''),
    });
    // Straight through, untouched by the test server's own caching and compression.
    ctx.respond = false;
    await relay(answer, ctx.res);
  };

  const stop = async () => {
    if (!started) return;
    const running = started;
    started = undefined;
    const { proxy, mock } = await running.catch(() => ({ proxy: undefined, mock: undefined }));
    await proxy?.stop();
    await mock?.close();
  };

  /** @type {import('@web/dev-server-core').Plugin} */
  const plugin = { name: 'site-proxy', serverStop: stop };

  return { middleware, plugin, stop };
}
