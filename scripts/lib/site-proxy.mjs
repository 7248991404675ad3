// @ts-check
import { request } from 'node:http';
import { startProxy } from './nginx.mjs';
import { startWeatherMock } from './weather-mock-server.mjs';

/** Where the shipped configuration (deploy/nginx/) puts the widget's two services. */
export const PROXY_PREFIX = '/wetter-api/';
/** The forwarding log, for the browser tests (tests/own-proxy.test.ts). */
export const PROXY_LOG_PATH = '/__site-proxy/log';

/**
 * @typedef {object} ForwardedRequest
 * @property {string} url path and query as the browser sent them
 * @property {string} userAgent the browser's, to tell the engines of one run apart
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

  /**
   * @param {string} origin
   * @param {import('node:http').IncomingMessage} from
   * @returns {Promise<import('node:http').IncomingMessage>}
   */
  const forward = (origin, from) =>
    new Promise((resolve, reject) => {
      const { hostname, port } = new URL(origin);
      // The browser's headers as they are: nginx itself must keep them from the upstream.
      const headers = { ...from.headers, host: `${hostname}:${port}` };
      const out = request(
        { host: hostname, port, path: from.url, method: from.method, headers, agent: false, timeout: 30_000 },
        resolve,
      );
      out.on('timeout', () => out.destroy(new Error(`nginx did not answer ${from.url}`)));
      out.on('error', reject);
      out.end();
    });

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
    const answer = await forward(proxy.origin, ctx.req);
    forwarded.push({
      url: ctx.url,
      userAgent: ctx.get('User-Agent'),
      status: answer.statusCode ?? 0,
      cacheStatus: String(answer.headers['x-cache-status'] ?? ''),
    });
    // Straight through, untouched by the test server's own caching and compression.
    ctx.respond = false;
    ctx.res.writeHead(answer.statusCode ?? 502, answer.headers);
    await new Promise((resolve, reject) => {
      answer.pipe(ctx.res);
      answer.on('end', resolve);
      answer.on('error', reject);
    });
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
