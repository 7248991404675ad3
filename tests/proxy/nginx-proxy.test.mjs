// @ts-check
// The site's own caching proxy (deploy/nginx/) against the real nginx binary, with both upstream
// addresses swapped for a local mock of Open-Meteo and Bright Sky. Run: node --test tests/proxy/
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DEPLOY_DIR, SERVER_CONF, startProxy } from '../../scripts/lib/nginx.mjs';
import { startWeatherMock } from '../../scripts/lib/weather-mock-server.mjs';

const FORECAST_PATH = '/wetter-api/open-meteo/v1/forecast';
const WARNINGS_PATH = '/wetter-api/brightsky/alerts';

/** Three places of the district, rounded like the widget does (0.01°). */
const PLACES = [
  { name: 'Coesfeld', lat: '51.95', lon: '7.17' },
  { name: 'Dülmen', lat: '51.83', lon: '7.28' },
  { name: 'Lüdinghausen', lat: '51.77', lon: '7.43' },
];

/** The forecast query exactly as the widget builds it (URLSearchParams, this order). */
const forecastQuery = (/** @type {string} */ lat, /** @type {string} */ lon) =>
  new URLSearchParams({
    latitude: lat,
    longitude: lon,
    current: 'temperature_2m,apparent_temperature,weather_code,is_day,wind_speed_10m',
    daily: 'weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max',
    timezone: 'Europe/Berlin',
    forecast_days: '7',
    models: 'icon_seamless',
  }).toString();
const warningsQuery = (/** @type {string} */ lat, /** @type {string} */ lon) =>
  new URLSearchParams({ lat, lon, tz: 'Europe/Berlin' }).toString();
const forecastUrl = (/** @type {{ lat: string, lon: string }} */ p) =>
  `${FORECAST_PATH}?${forecastQuery(p.lat, p.lon)}`;
const warningsUrl = (/** @type {{ lat: string, lon: string }} */ p) =>
  `${WARNINGS_PATH}?${warningsQuery(p.lat, p.lon)}`;

/** A visitor's browser: cookies of the site, where it came from, its language, its (claimed) IP. */
const VISITOR_IP = '203.0.113.47';
const BROWSER_HEADERS = {
  'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  Accept: '*/*',
  'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5',
  'Accept-Encoding': 'gzip, deflate, br',
  Referer: 'https://www.kreis-coesfeld.de/leben/wetter',
  Origin: 'https://www.kreis-coesfeld.de',
  Cookie: 'fe_typo_user=4f1c2b; _pk_id.1.abcd=99e8a7',
  'X-Forwarded-For': VISITOR_IP,
  'X-Real-IP': VISITOR_IP,
  Forwarded: `for=${VISITOR_IP};proto=https`,
  Authorization: 'Basic dmlzaXRvcjpzZWNyZXQ=',
  DNT: '1',
  'Sec-Fetch-Mode': 'cors',
  'Sec-CH-UA-Platform': '"Linux"',
  // A reload: nginx's cache must not let the visitor force an upstream call.
  'Cache-Control': 'no-cache',
  Pragma: 'no-cache',
};

/** Headers an upstream might send that must not reach the browser or rule the cache. */
const HOSTILE_UPSTREAM_HEADERS = {
  'Set-Cookie': ['tracking=1; Path=/; Max-Age=31536000', 'session=2; Path=/'],
  'Cache-Control': 'no-store, private',
  Expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
  Vary: 'Origin, Accept-Language',
  NEL: '{"report_to":"default","max_age":31536000}',
  'Report-To': '{"group":"default","max_age":31536000,"endpoints":[{"url":"https://reports.invalid/"}]}',
  'Strict-Transport-Security': 'max-age=31536000',
  'Alt-Svc': 'h3=":443"',
};

/** The fixed User-Agent the shipped configuration sends upstream. */
const SHIPPED_USER_AGENT = (() => {
  const match = /proxy_set_header User-Agent "([^"]+)";/.exec(readFileSync(join(DEPLOY_DIR, SERVER_CONF), 'utf8'));
  assert.ok(match, 'kreis-wetter-server.conf sets a User-Agent');
  return /** @type {string} */ (match[1]);
})();

/**
 * @typedef {{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }} Reply
 */

/**
 * One request on its own connection. `localAddress` picks the client's source address on the
 * loopback network (127.0.0.0/8), so one test process can be many visitors for the rate limit.
 * @param {string} origin
 * @param {string} path sent as is (no normalisation), e.g. with `%0a`
 * @param {{ method?: string, headers?: Record<string, string>, localAddress?: string }} [options]
 * @returns {Promise<Reply>}
 */
function send(origin, path, { method = 'GET', headers = BROWSER_HEADERS, localAddress } = {}) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: hostname, port, path, method, headers, agent: false, localAddress, timeout: 20_000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

/**
 * Repeats `attempt` until it returns a value, or fails after `ms`.
 * @template T
 * @param {string} what
 * @param {() => Promise<T | undefined>} attempt
 * @param {number} [ms]
 * @returns {Promise<T>}
 */
async function waitFor(what, attempt, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether a process is still there (a zombie counts as gone). @param {number} pid */
function alive(pid) {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** @type {import('../../scripts/lib/weather-mock-server.mjs').WeatherMock} */
let mock;
/** @type {import('../../scripts/lib/nginx.mjs').Proxy} */
let proxy;

before(async () => {
  mock = await startWeatherMock();
  mock.setExtraHeaders(HOSTILE_UPSTREAM_HEADERS);
  proxy = await startProxy({ forecastUpstream: mock.origin, warningsUpstream: mock.origin });
});

after(async () => {
  await proxy?.stop();
  await mock?.close();
});

/** On failure, nginx's logs help more than the assertion alone. */
const withLogs = (/** @type {string} */ message) => `${message}\n${proxy.logs()}`;

test("200 visitors' requests per service for three places: one upstream request per place", async () => {
  // A slow upstream, so that many requests for the same place are waiting at the same time.
  mock.setDelay(300);
  /** @type {{ kind: 'forecast' | 'warnings', place: typeof PLACES[number], reply: Promise<Reply> }[]} */
  const sent = [];
  // 20 visitors, each a page with 10 forecasts and 10 warnings (mixed places), in 4 waves of 5
  // pages at once; every visitor from a different address.
  for (let wave = 0; wave < 4; wave++) {
    const batch = [];
    for (let page = 0; page < 5; page++) {
      const localAddress = `127.0.1.${wave * 5 + page + 1}`;
      for (let i = 0; i < 20; i++) {
        const place = /** @type {typeof PLACES[number]} */ (PLACES[(i + page + wave) % PLACES.length]);
        const kind = i % 2 === 0 ? 'forecast' : 'warnings';
        const reply = send(proxy.origin, kind === 'forecast' ? forecastUrl(place) : warningsUrl(place), {
          localAddress,
        });
        batch.push({ kind, place, reply: /** @type {Promise<Reply>} */ (reply) });
      }
    }
    sent.push(.../** @type {typeof sent} */ (batch));
    // The next wave starts while this one may still be waiting for the upstream.
    await Promise.race(batch.map((b) => b.reply));
  }
  const replies = await Promise.all(sent.map(async (s) => ({ ...s, reply: await s.reply })));
  mock.setDelay(0);

  assert.equal(replies.filter((r) => r.kind === 'forecast').length, 200);
  assert.equal(replies.filter((r) => r.kind === 'warnings').length, 200);
  for (const { kind, place, reply } of replies) {
    assert.equal(reply.status, 200, withLogs(`${kind} ${place.name}: ${reply.status} ${reply.body}`));
    if (kind === 'forecast') {
      const body = JSON.parse(reply.body);
      assert.deepEqual(
        [body.latitude, body.longitude],
        [Number(place.lat), Number(place.lon)],
        'the answer for the place asked for',
      );
    } else {
      assert.equal(JSON.parse(reply.body).alerts.length, 2);
    }
  }
  for (const [path, build] of /** @type {const} */ ([
    ['/v1/forecast', (/** @type {typeof PLACES[number]} */ p) => `/v1/forecast?${forecastQuery(p.lat, p.lon)}`],
    ['/alerts', (/** @type {typeof PLACES[number]} */ p) => `/alerts?${warningsQuery(p.lat, p.lon)}`],
  ])) {
    const upstream = mock.requestsTo(path).map((r) => r.url);
    assert.equal(
      upstream.length,
      3,
      withLogs(`exactly 3 upstream requests to ${path}, got ${upstream.length}:\n${upstream.join('\n')}`),
    );
    // Rebuilt from the checked coordinates: exactly what the widget would have asked the provider.
    assert.deepEqual(upstream.sort(), PLACES.map(build).sort());
  }
  const misses = replies.filter((r) => r.reply.headers['x-cache-status'] === 'MISS');
  assert.equal(misses.length, 6, 'one MISS per place and service, everything else from the cache');
});

test('the upstream sees nothing of the visitor', () => {
  assert.ok(mock.requests.length > 0);
  for (const r of mock.requests) {
    for (const name of [
      'x-forwarded-for',
      'x-real-ip',
      'forwarded',
      'cookie',
      'referer',
      'origin',
      'accept-language',
      'authorization',
      'dnt',
    ]) {
      assert.equal(r.headers[name], undefined, `${name} must not reach the upstream`);
    }
    assert.equal(r.headers['user-agent'], SHIPPED_USER_AGENT);
    assert.equal(r.method, 'GET');
    // Only what nginx itself sets: no header of the browser at all.
    assert.deepEqual(Object.keys(r.headers).sort(), ['accept', 'connection', 'host', 'user-agent']);
    assert.equal(r.headers.host, `127.0.0.1:${mock.port}`, 'Host is the upstream address');
    assert.ok(!JSON.stringify(r.rawHeaders).includes(VISITOR_IP));
  }
});

test("the browser gets the site's cache times and no cookie, fresh or from the cache", async () => {
  const fresh = { lat: '51.73', lon: '7.52' }; // Nordkirchen: not asked for yet
  for (const [url, maxAge] of /** @type {const} */ ([
    [forecastUrl(fresh), 1800],
    [forecastUrl(fresh), 1800],
    [warningsUrl(fresh), 300],
    [warningsUrl(fresh), 300],
  ])) {
    const reply = await send(proxy.origin, url, { localAddress: '127.0.2.9' });
    assert.equal(reply.status, 200);
    assert.match(String(reply.headers['x-cache-status']), /^(MISS|HIT)$/);
    assert.equal(reply.headers['cache-control'], `max-age=${maxAge}`);
    for (const name of [
      'set-cookie',
      'vary',
      'access-control-allow-origin',
      'nel',
      'report-to',
      'strict-transport-security',
      'alt-svc',
    ]) {
      assert.equal(reply.headers[name], undefined, `${name} must not reach the browser`);
    }
    assert.equal(reply.headers['x-content-type-options'], 'nosniff');
  }
  const head = await send(proxy.origin, forecastUrl(fresh), { method: 'HEAD', localAddress: '127.0.2.9' });
  assert.equal(head.status, 200);
  assert.equal(head.headers['x-cache-status'], 'HIT');
  assert.equal(head.body, '');
  assert.equal(mock.requestsTo('/v1/forecast').length, 4, 'one more place, one more upstream request');
  assert.equal(mock.requestsTo('/alerts').length, 4);
});

test('anything but the two requests of the widget: 400 or 405, and no upstream request', async () => {
  const q = forecastQuery('51.95', '7.17');
  const w = warningsQuery('51.95', '7.17');
  /** @type {[string, string, number][]} method, path, expected status */
  const cases = [
    // other paths
    ['GET', '/wetter-api/', 400],
    ['GET', `/wetter-api/open-meteo/v1/archive?${q}`, 400],
    ['GET', `/wetter-api/open-meteo/v1/forecast/?${q}`, 400],
    ['GET', `/wetter-api/open-meteo/v1/dwd-icon?${q}`, 400],
    ['GET', `/wetter-api/brightsky/weather?${w}`, 400],
    ['GET', `/wetter-api/brightsky/alerts/?${w}`, 400],
    ['GET', `/wetter-api/open-meteo/alerts?${w}`, 400],
    ['GET', `/wetter-api/brightsky/v1/forecast?${q}`, 400],
    // the other service's query on the wrong path
    ['GET', `${FORECAST_PATH}?${w}`, 400],
    ['GET', `${WARNINGS_PATH}?${q}`, 400],
    // missing parameters
    ['GET', FORECAST_PATH, 400],
    ['GET', WARNINGS_PATH, 400],
    ['GET', `${FORECAST_PATH}?${q.replace('&models=icon_seamless', '')}`, 400],
    ['GET', `${WARNINGS_PATH}?lat=51.95&lon=7.17`, 400],
    // changed parameters
    ['GET', `${FORECAST_PATH}?${q.replace('forecast_days=7', 'forecast_days=16')}`, 400],
    ['GET', `${FORECAST_PATH}?${q.replace('icon_seamless', 'best_match')}`, 400],
    ['GET', `${FORECAST_PATH}?${q.replace('Europe%2FBerlin', 'auto')}`, 400],
    ['GET', `${FORECAST_PATH}?${q.replace('wind_speed_10m', 'relative_humidity_2m')}`, 400],
    ['GET', `${FORECAST_PATH}?${q.replaceAll('%2C', ',')}`, 400],
    ['GET', `${WARNINGS_PATH}?${w.replace('Europe%2FBerlin', 'UTC')}`, 400],
    // extra, doubled, reordered parameters
    ['GET', `${FORECAST_PATH}?${q}&hourly=temperature_2m`, 400],
    ['GET', `${FORECAST_PATH}?${q}&`, 400],
    ['GET', `${FORECAST_PATH}?apikey=x&${q}`, 400],
    ['GET', `${FORECAST_PATH}?${q.replace('latitude=51.95', 'latitude=51.95&latitude=51.96')}`, 400],
    ['GET', `${FORECAST_PATH}?${q.replace('latitude=51.95&longitude=7.17', 'longitude=7.17&latitude=51.95')}`, 400],
    ['GET', `${WARNINGS_PATH}?${w}&warn_cell_id=805558012`, 400],
    ['GET', `${WARNINGS_PATH}?${w}&max_dist=500000`, 400],
    ['GET', `${WARNINGS_PATH}?tz=Europe%2FBerlin&lat=51.95&lon=7.17`, 400],
    // coordinates outside the box (lat 51.60–52.10, lon 7.00–7.80)
    ['GET', `${FORECAST_PATH}?${forecastQuery('51.59', '7.17')}`, 400],
    ['GET', `${FORECAST_PATH}?${forecastQuery('52.11', '7.17')}`, 400],
    ['GET', `${FORECAST_PATH}?${forecastQuery('51.95', '6.99')}`, 400],
    ['GET', `${FORECAST_PATH}?${forecastQuery('51.95', '7.81')}`, 400],
    ['GET', `${FORECAST_PATH}?${forecastQuery('52.52', '13.40')}`, 400],
    ['GET', `${FORECAST_PATH}?${forecastQuery('-51.95', '7.17')}`, 400],
    ['GET', `${WARNINGS_PATH}?${warningsQuery('48.14', '11.58')}`, 400],
    ['GET', `${WARNINGS_PATH}?${warningsQuery('51.95', '8.00')}`, 400],
    // malformed coordinates
    ['GET', `${FORECAST_PATH}?${forecastQuery('51.9', '7.17')}`, 400],
    ['GET', `${FORECAST_PATH}?${forecastQuery('51.951', '7.17')}`, 400],
    ['GET', `${FORECAST_PATH}?${forecastQuery('1e1', '7.17')}`, 400],
    ['GET', `${FORECAST_PATH}?${q.replace('51.95', '51.95%0a')}`, 400],
    ['GET', `${FORECAST_PATH}?${q.replace('51.95', '%0a51.95')}`, 400],
    ['GET', `${FORECAST_PATH}?${q.replace('51.95', '+51.95')}`, 400],
    ['GET', `${FORECAST_PATH}?${q.replace('51.95', '51%2E95')}`, 400],
    ['GET', `${FORECAST_PATH}?${q.replace('51.95', '51,95')}`, 400],
    ['GET', `${FORECAST_PATH}?${q.replace('7.17', '7.17,8.00')}`, 400],
    ['GET', `${WARNINGS_PATH}?${warningsQuery('51.9', '7.17')}`, 400],
    ['GET', `${WARNINGS_PATH}?${warningsQuery('51.95', '7.171')}`, 400],
    ['GET', `${WARNINGS_PATH}?${warningsQuery('1e1', '7.17')}`, 400],
    ['GET', `${WARNINGS_PATH}?${w.replace('7.17', '7.17%0a')}`, 400],
    ['GET', `${WARNINGS_PATH}?${w.replace('7.17', '7.17%0d%0aX-Injected:%201')}`, 400],
    // other methods, on the allowed requests and elsewhere
    ['POST', `${FORECAST_PATH}?${q}`, 405],
    ['PUT', `${FORECAST_PATH}?${q}`, 405],
    ['DELETE', `${WARNINGS_PATH}?${w}`, 405],
    ['OPTIONS', `${WARNINGS_PATH}?${w}`, 405],
    ['PATCH', '/wetter-api/anything', 405],
  ];
  const upstreamBefore = mock.requests.length;
  const replies = await Promise.all(
    cases.map(([method, path]) => send(proxy.origin, path, { method, localAddress: '127.0.3.1' })),
  );
  cases.forEach(([method, path, status], i) => {
    const reply = /** @type {Reply} */ (replies[i]);
    assert.equal(reply.status, status, withLogs(`${method} ${path}: expected ${status}, got ${reply.status}`));
    assert.equal(JSON.parse(reply.body).error, true);
  });
  assert.equal(
    mock.requests.length,
    upstreamBefore,
    `no upstream request, got: ${mock.requests
      .slice(upstreamBefore)
      .map((r) => r.url)
      .join(', ')}`,
  );

  // The corners of the box are inside.
  for (const [lat, lon] of [
    ['51.60', '7.00'],
    ['52.10', '7.80'],
    ['51.60', '7.80'],
    ['52.10', '7.00'],
  ]) {
    const reply = await send(
      proxy.origin,
      `${FORECAST_PATH}?${forecastQuery(/** @type {string} */ (lat), /** @type {string} */ (lon))}`,
      {
        localAddress: '127.0.3.1',
      },
    );
    assert.equal(reply.status, 200, `${lat},${lon} is inside the box`);
  }
  assert.equal(mock.requests.length, upstreamBefore + 4);
});

test("a page's burst passes the rate limit, a flood from one client gets 429", async () => {
  const place = /** @type {typeof PLACES[number]} */ (PLACES[0]);
  const page = await Promise.all(
    Array.from({ length: 22 }, (_, i) =>
      send(proxy.origin, i % 2 ? warningsUrl(place) : forecastUrl(place), { localAddress: '127.0.4.1' }),
    ),
  );
  assert.deepEqual(
    page.map((r) => r.status),
    Array(22).fill(200),
    'a page with 11 widgets',
  );

  const flood = await Promise.all(
    Array.from({ length: 400 }, () => send(proxy.origin, forecastUrl(place), { localAddress: '127.0.4.2' })),
  );
  const limited = flood.filter((r) => r.status === 429);
  assert.deepEqual(new Set(flood.map((r) => r.status)), new Set([200, 429]));
  assert.ok(limited.length >= 150, `most of the flood is refused (${limited.length} of 400 got 429)`);
  assert.ok(flood.length - limited.length >= 100, 'the burst allowance still passed');
  const first = /** @type {Reply} */ (limited[0]);
  assert.equal(first.headers['retry-after'], '10');
  assert.equal(JSON.parse(first.body).error, true);

  // Another visitor at the same time is not affected.
  const other = await send(proxy.origin, forecastUrl(place), { localAddress: '127.0.4.3' });
  assert.equal(other.status, 200);
});

test('the logs hold no coordinates and no client IP', () => {
  const log = proxy.accessLog();
  const lines = log.trim().split('\n');
  assert.ok(lines.length > 500, `one line per request (${lines.length})`);
  for (const line of lines) {
    // time, method, path, status, cache status, bytes, duration: nothing else.
    assert.match(line, /^\S+ [A-Z]+ \/wetter-api\/\S* \d{3} [A-Z-]+ \d+ \d+\.\d{3}$/, line);
  }
  assert.match(log, /GET \/wetter-api\/open-meteo\/v1\/forecast 200 HIT /);
  assert.match(log, /GET \/wetter-api\/brightsky\/alerts 200 MISS /);
  assert.match(log, /GET \/wetter-api\/open-meteo\/v1\/forecast 429 - /);
  for (const text of [proxy.accessLog(), proxy.errorLog()]) {
    for (const secret of [
      '?',
      'latitude',
      'lat=',
      '51.95',
      '7.17',
      '51.83',
      '7.28',
      '51.77',
      '7.43',
      '127.0.1.',
      '127.0.2.',
      '127.0.3.',
      '127.0.4.',
      VISITOR_IP,
      'fe_typo_user',
      'kreis-coesfeld.de',
      'Firefox',
    ]) {
      assert.ok(!text.includes(secret), withLogs(`"${secret}" must not be logged`));
    }
  }
  // The site's own access log gets nothing of these requests.
  assert.doesNotMatch(proxy.siteAccessLog(), /wetter-api/);
});

test('upstream down: the cached answers are still served (STALE)', async () => {
  const down = await startWeatherMock();
  // Cached answers expire after a second here (shipped: 30 / 5 minutes): see scripts/lib/nginx.mjs.
  const shortProxy = await startProxy({
    forecastUpstream: down.origin,
    warningsUpstream: down.origin,
    cacheValid: { forecast: '1s', warnings: '1s' },
  });
  try {
    const place = /** @type {typeof PLACES[number]} */ (PLACES[1]);
    const urls = [forecastUrl(place), warningsUrl(place)];
    const primed = await Promise.all(urls.map((url) => send(shortProxy.origin, url)));
    for (const reply of primed) assert.equal(reply.status, 200);
    assert.equal(down.requests.length, 2);

    for (const mode of /** @type {const} */ (['refuse', 'fail'])) {
      await down.setMode(mode);
      /** @type {number} */
      const asked = down.requests.length;
      for (const [i, url] of urls.entries()) {
        const stale = await waitFor(`STALE (${mode}) for ${url}`, async () => {
          const reply = await send(shortProxy.origin, url);
          assert.equal(reply.status, 200, `${mode}: ${reply.status} ${reply.body}\n${shortProxy.logs()}`);
          assert.equal(reply.body, primed[i]?.body, 'the cached answer');
          return reply.headers['x-cache-status'] === 'STALE' ? reply : undefined;
        });
        assert.equal(stale.headers['cache-control'], i === 0 ? 'max-age=1800' : 'max-age=300');
      }
      if (mode === 'fail') {
        // nginx did ask (in the background) and got 503, and still served the old answer.
        await waitFor('the 503 attempts', async () => (down.requests.length > asked ? true : undefined));
      } else {
        assert.equal(down.requests.length, asked, 'connection refused: nothing arrived');
      }
    }

    // A place never cached has nothing to fall back on.
    const uncached = await send(shortProxy.origin, forecastUrl(PLACES[2] ?? place));
    assert.equal(uncached.status, 503);

    // Back up: the entry is renewed in the background, then served fresh again.
    await down.setMode('up');
    const renewedAfter = down.requests.length;
    await waitFor('a fresh answer after the upstream is back', async () => {
      const reply = await send(shortProxy.origin, urls[0] ?? '');
      assert.equal(reply.status, 200);
      return reply.headers['x-cache-status'] === 'HIT' ? reply : undefined;
    });
    assert.ok(down.requests.length > renewedAfter, 'the upstream was asked again');

    // nginx's error log got no visitor data even though the upstream failed.
    for (const secret of ['51.83', '7.28', 'client: ', 'latitude']) {
      assert.ok(!shortProxy.errorLog().includes(secret), `"${secret}" in the error log:\n${shortProxy.errorLog()}`);
    }

    // stop() ends nginx, its workers, and removes its directory.
    const pids = [shortProxy.pid, ...childPids(shortProxy.pid)];
    assert.ok(pids.length >= 3, 'master and workers');
    await shortProxy.stop();
    assert.deepEqual(pids.filter(alive), [], 'no nginx process left');
    assert.equal(existsSync(shortProxy.prefix), false);
    await assert.rejects(send(shortProxy.origin, urls[0] ?? ''));
  } finally {
    await shortProxy.stop();
    await down.close();
  }
});

test('nginx ends with the Node process that started it, however that ends', async () => {
  const lib = new URL('../../scripts/lib/nginx.mjs', import.meta.url).href;
  // What the child does once told to (a line on stdin); the signals are sent from here.
  const endings = {
    SIGTERM: '',
    SIGINT: '',
    // No exit hook runs: the watchdog ends nginx.
    SIGKILL: '',
    'uncaught error': "throw new Error('boom');",
    'process.exit': 'process.exit(3);',
  };
  await Promise.all(
    Object.entries(endings).map(async ([ending, then]) => {
      const script = `import { startProxy } from ${JSON.stringify(lib)};
const p = await startProxy({ forecastUpstream: 'http://127.0.0.1:9', warningsUpstream: 'http://127.0.0.1:9', workers: 1 });
process.stdin.once('data', () => { ${then} });
console.log(JSON.stringify({ pid: p.pid, prefix: p.prefix }));`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (err += chunk));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const started = await waitFor(`the proxy in the child (${ending})`, async () =>
        out.includes('\n') ? JSON.parse(out) : undefined,
      );
      const pids = [started.pid, ...childPids(started.pid)];
      assert.ok(pids.length >= 2 && pids.every(alive), `${ending}: nginx runs`);
      if (ending.startsWith('SIG')) child.kill(/** @type {NodeJS.Signals} */ (ending));
      else child.stdin.write('go\n');
      await exited;
      // The watchdog of a process killed outright removes the directory right after nginx.
      const gone = () => !pids.some(alive) && !existsSync(started.prefix);
      await waitFor(`nginx gone after ${ending}`, async () => (gone() ? true : undefined), 5000).catch(() => {
        assert.fail(
          `${ending}: nginx still running: ${pids.filter(alive).join(', ')}; temp dir there: ${existsSync(started.prefix)}\n${err}`,
        );
      });
    }),
  );
});

/** @param {number} pid */
function childPids(pid) {
  /** @type {number[]} */
  const children = [];
  for (const name of readdirSafe('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) children.push(Number(name));
    } catch {
      // gone
    }
  }
  return children;
}

/** @param {string} dir */
function readdirSafe(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
