#!/usr/bin/env node
// @ts-check
/**
 * Benchmark: demo/bench.html (50 widgets, the built bundle from DIST_DIR) in headless Chromium,
 * Open-Meteo mocked with the sample answer, nothing else leaving the machine.
 *
 *   node scripts/bench.mjs [--runs=5] [--write]
 *
 * Each run starts in a fresh browser context (empty IndexedDB, empty HTTP cache) and measures,
 * in the page itself (demo/bench.js):
 *   1. before consent: navigation start → all 50 consent notices rendered; long tasks; requests
 *      to other origins;
 *   2. after consent: grantConsent() on the first widget → all 50 show forecast days; long tasks;
 *      requests to Open-Meteo;
 *   3. returning visitor: reload (decision and fresh forecasts stored) → all 50 show forecast
 *      days; requests (to Bright Sky only: warnings are never kept).
 * One warm-up run is not counted; the table shows the median of the runs and their range.
 *
 * Then the same page through the site's own proxy (forecast-api and warnings-api on the page's
 * origin, forwarded to the real nginx with deploy/nginx/'s configuration; its upstream a local
 * mock of Open-Meteo and Bright Sky that answers after `--upstream-delay` ms, default 100, as a
 * stand-in for the services' latency). Each run starts nginx with an empty cache, and
 * `--visitors` (default 10) visitors come one after the other, each in a fresh browser context
 * (so the browser's own cache is empty too) and each consenting: the first meets the cold cache,
 * the others a warm one. Counted: the visitors' requests to the proxy, how many nginx answered
 * from its cache, and the requests that reached the upstream.
 *
 *   node scripts/bench.mjs [--runs=5] [--visitors=10] [--upstream-delay=100] [--write]
 *
 * `--write` also writes the tables to docs/bench.md. Exits 1 when the page does not behave as
 * promised (a request before consent, more Open-Meteo requests than places, any on return;
 * through the proxy: a request to another origin, or more than one upstream request per place
 * and service for all visitors together).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { collectPageProblems, launchChromium } from './lib/browser.mjs';
import { markdownTable } from './lib/markdown.mjs';
import { startProxy } from './lib/nginx.mjs';
import { mockOpenMeteo } from './lib/open-meteo-mock.mjs';
import { distDir, repoRoot, requireBuild } from './lib/paths.mjs';
import { forwardTo, PROXY_PREFIX, relay } from './lib/site-proxy.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { startWeatherMock } from './lib/weather-mock-server.mjs';

const runsArg = process.argv.find((arg) => arg.startsWith('--runs='));
const RUNS = runsArg ? Number(runsArg.slice('--runs='.length)) : 5;
const WARMUP_RUNS = 1;
const WRITE = process.argv.includes('--write');
const WIDGETS = 50;
/**
 * After each phase's end has been timed, wait this long before counting requests, so a request
 * made late (after everything is shown) is counted too. Not part of any time measured.
 */
const QUIET_MS = 500;
/** A phase that takes longer has failed (page.evaluate itself would wait forever). */
const PHASE_TIMEOUT_MS = 30_000;

/** @param {string} name @param {number} fallback */
const numberArg = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
};
const VISITORS = numberArg('visitors', 10);
const UPSTREAM_DELAY_MS = numberArg('upstream-delay', 100);
/** bench.html with every widget asking the site's own proxy. */
const PROXIED_PAGE = '/demo/bench-proxied.html';
const PROXY_ATTRIBUTES = 'forecast-api="/wetter-api/open-meteo" warnings-api="/wetter-api/brightsky"';

if (!(RUNS >= 1)) throw new Error(`--runs must be a number ≥ 1, got ${runsArg}`);
if (!(VISITORS >= 2)) throw new Error(`--visitors must be a number ≥ 2 (one cold, the others warm), got ${VISITORS}`);
if (!(UPSTREAM_DELAY_MS >= 0)) throw new Error(`--upstream-delay must be a number ≥ 0, got ${UPSTREAM_DELAY_MS}`);

/**
 * @typedef {{ count: number, longestMs: number }} LongTasks
 * @typedef {{ widgetCount(): number, shownAt(part: string): Promise<number>, longTasks(from: number, to: number): LongTasks }} KwBench
 * @typedef {Record<string, number>} RunResult metric key → value
 */

/** The metrics, in table order: key, label, unit. */
const METRICS = /** @type {const} */ ([
  ['consentShownMs', 'before consent: all 50 consent notices shown (from navigation start)', 'ms'],
  ['beforeLongTasks', 'before consent: long tasks > 50 ms', 'count'],
  ['beforeLongestTaskMs', 'before consent: longest long task (0 = none)', 'ms'],
  ['beforeThirdParty', 'before consent: third-party requests', 'count'],
  ['forecastShownMs', 'after consent: all 50 show forecast days (from grantConsent())', 'ms'],
  ['afterLongTasks', 'after consent: long tasks > 50 ms', 'count'],
  ['afterLongestTaskMs', 'after consent: longest long task (0 = none)', 'ms'],
  ['afterOpenMeteo', 'after consent: requests to Open-Meteo', 'count'],
  ['returnShownMs', 'returning visitor: all 50 show forecast days (from navigation start)', 'ms'],
  ['returnLongTasks', 'returning visitor: long tasks > 50 ms', 'count'],
  ['returnOpenMeteo', 'returning visitor: requests to Open-Meteo', 'count'],
  ['returnBrightSky', 'returning visitor: requests to Bright Sky (warnings are never kept)', 'count'],
]);

const PROXIED_METRICS = /** @type {const} */ ([
  ['coldShownMs', 'cold cache (first visitor): all 50 show forecast days (from grantConsent())', 'ms'],
  ['warmShownMs', `warm cache (the other ${VISITORS - 1}, their median): all 50 show forecast days`, 'ms'],
  ['coldRequestMs', "cold cache: one request's time to its answer (median of the visitor's 22)", 'ms'],
  ['warmRequestMs', "warm cache: one request's time to its answer (median over the other visitors)", 'ms'],
  ['visitorRequests', `requests of the ${VISITORS} visitors to the proxy (forecast + warnings)`, 'count'],
  ['cacheHits', "of those, answered from nginx's cache (HIT)", 'count'],
  ['upstreamRequests', 'requests that reached the upstream (forecast + warnings)', 'count'],
  ['proxiedThirdParty', 'requests from the browsers to any other origin', 'count'],
]);

const dist = distDir();
requireBuild(dist);
const benchPage = readFileSync(join(repoRoot, 'demo/bench.html'), 'utf8');
const proxiedPage = benchPage.replaceAll('<kreis-wetter ', `<kreis-wetter ${PROXY_ATTRIBUTES} `);
if (proxiedPage.split(PROXY_ATTRIBUTES).length - 1 !== WIDGETS)
  throw new Error('bench.html: not every widget was found');

/** The nginx of the current proxied run; the visitors' requests to it, with its cache status. */
/** @type {string | undefined} */
let proxyOrigin;
/** @type {{ path: string, cacheStatus: string }[]} */
const visitorRequests = [];

const server = await startStaticServer({
  mounts: { '/dist/': dist, '/demo/': join(repoRoot, 'demo') },
  pages: { [PROXIED_PAGE]: proxiedPage },
  handlers: {
    // The site's own proxy at its path on the page's origin, as a site that runs it has it.
    [PROXY_PREFIX]: async (request, response) => {
      if (!proxyOrigin) throw new Error('no proxy running');
      const answer = await forwardTo(proxyOrigin, request);
      visitorRequests.push({
        path: new URL(request.url ?? '/', 'http://localhost').pathname,
        cacheStatus: String(answer.headers['x-cache-status'] ?? ''),
      });
      await relay(answer, response);
    },
  },
});
// No host name resolves: a request to another origin that no route answers (the proxied visits
// have none, see proxiedVisit) fails inside the browser instead of leaving the machine.
const browser = await launchChromium(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']);
const chromiumVersion = browser.version();
// Other work on the machine skews the times; the report says how busy it was.
const loadBefore = loadavg()[0] ?? NaN;
/** @type {string[]} console errors, warnings, uncaught exceptions, aborted requests */
const problems = [];
/** @type {RunResult[]} */
const results = [];
/** @type {RunResult[]} */
const proxiedResults = [];
let places = 0;

try {
  for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
    const label = run < WARMUP_RUNS ? `warm-up ${run + 1}` : `run ${run - WARMUP_RUNS + 1}`;
    const result = await measureOnce(label);
    if (run >= WARMUP_RUNS) results.push(result);
    process.stderr.write(`${label}: ${METRICS.map(([key]) => `${key}=${round(result[key] ?? NaN)}`).join(' ')}\n`);
  }
  for (let run = 0; run < RUNS; run++) {
    const label = `proxied run ${run + 1}`;
    const result = await measureProxiedRun(label);
    proxiedResults.push(result);
    process.stderr.write(
      `${label}: ${PROXIED_METRICS.map(([key]) => `${key}=${round(result[key] ?? NaN)}`).join(' ')}\n`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

const expectations = [
  { ok: results.every((r) => r.beforeThirdParty === 0), text: 'no third-party request before consent' },
  {
    ok: results.every((r) => r.afterOpenMeteo === places),
    text: `one Open-Meteo request per distinct place (${places}) after consent`,
  },
  {
    ok: results.every((r) => r.returnOpenMeteo === 0 && r.returnOther === 0),
    text: 'no forecast request for a returning visitor with fresh kept forecasts',
  },
  {
    ok: proxiedResults.every((r) => r.proxiedThirdParty === 0),
    text: 'through the proxy: no request to any other origin',
  },
  {
    ok: proxiedResults.every((r) => r.visitorRequests === VISITORS * 2 * places),
    text: `through the proxy: each visitor asks once per place and service (${VISITORS} × 2 × ${places})`,
  },
  {
    ok: proxiedResults.every((r) => r.upstreamRequests === 2 * places),
    text: `through the proxy: one upstream request per place and service for all ${VISITORS} visitors (2 × ${places})`,
  },
];
const loadAfter = loadavg()[0] ?? NaN;
const report = [
  renderReport(chromiumVersion),
  renderProxiedReport(),
  expectations.map((e) => `${e.ok ? 'ok  ' : 'FAIL'} ${e.text}`).join('\n'),
].join('\n\n');
console.log(report);
if (problems.length > 0) console.log(`\nSeen in the page:\n${[...new Set(problems)].map((p) => `- ${p}`).join('\n')}`);
for (const e of expectations.filter((e) => !e.ok)) console.error(`FAILED: ${e.text}`);

if (WRITE) {
  mkdirSync(join(repoRoot, 'docs'), { recursive: true });
  const file = join(repoRoot, 'docs/bench.md');
  writeFileSync(
    file,
    `# Benchmark\n\nWritten by \`npm run bench -- --write\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}.\n\n${report}\n`,
  );
  console.log(`\nWritten to ${relative(process.cwd(), file)}`);
}
process.exitCode = expectations.every((e) => e.ok) ? 0 : 1;

// ---------------------------------------------------------------------------------------------

/**
 * One run of all three phases in a fresh browser context.
 * @param {string} label
 * @returns {Promise<RunResult>}
 */
async function measureOnce(label) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // Dated from today: the returning visitor's kept forecasts must still have days to show.
    const network = await mockOpenMeteo(context, server.origin, { fromToday: true });
    const page = await context.newPage();
    collectPageProblems(page, label, problems);
    // 1. Before consent.
    await page.goto(`${server.origin}/demo/bench.html`);
    const before = await inTime(
      'before consent',
      page.evaluate(async () => {
        const bench = /** @type {KwBench} */ (/** @type {any} */ (window).kwBench);
        const consentShownAt = await bench.shownAt('consent');
        const widgets = [...document.querySelectorAll('kreis-wetter')];
        return {
          consentShownAt,
          widgets: bench.widgetCount(),
          places: new Set(widgets.map((w) => w.getAttribute('gemeinde'))).size,
        };
      }),
    );
    if (before.widgets !== WIDGETS) throw new Error(`bench.html has ${before.widgets} widgets, expected ${WIDGETS}`);
    places = before.places;
    await page.waitForTimeout(QUIET_MS);
    const beforeTasks = await longTasks(page, 0, before.consentShownAt);
    const beforeThirdParty = network.thirdPartyCount();
    problems.push(...network.blocked.map((url) => `${label}: aborted request to ${url}`));
    network.reset();

    // 2. After consent, given through the first widget's method (all widgets share the decision).
    const after = await inTime('after consent', grantConsent(page));
    await page.waitForTimeout(QUIET_MS);
    const afterTasks = await longTasks(page, after.grantedAt, after.daysShownAt);
    const afterOpenMeteo = network.forecastRequests.length;
    problems.push(...network.blocked.map((url) => `${label}: aborted request to ${url}`));
    network.reset();

    // 3. Returning visitor: same context, so the decision and the forecasts are in IndexedDB.
    await page.reload();
    const returnShownAt = await inTime(
      'returning visitor',
      page.evaluate(() => /** @type {KwBench} */ (/** @type {any} */ (window).kwBench).shownAt('day')),
    );
    await page.waitForTimeout(QUIET_MS);
    const returnTasks = await longTasks(page, 0, returnShownAt);
    const returnOpenMeteo = network.forecastRequests.length;
    const returnBrightSky = network.warningsRequests.length;
    const returnOther = network.blocked.length;
    problems.push(...network.blocked.map((url) => `${label}: aborted request to ${url}`));

    return {
      consentShownMs: before.consentShownAt,
      beforeLongTasks: beforeTasks.count,
      beforeLongestTaskMs: beforeTasks.longestMs,
      beforeThirdParty,
      forecastShownMs: after.daysShownAt - after.grantedAt,
      afterLongTasks: afterTasks.count,
      afterLongestTaskMs: afterTasks.longestMs,
      afterOpenMeteo,
      returnShownMs: returnShownAt,
      returnLongTasks: returnTasks.count,
      returnOpenMeteo,
      returnBrightSky,
      returnOther,
    };
  } finally {
    await context.close();
  }
}

/**
 * One proxied run: nginx with an empty cache in front of the local upstream, then `VISITORS`
 * visitors one after the other, each in a fresh browser context, each consenting.
 * @param {string} label
 * @returns {Promise<RunResult>}
 */
async function measureProxiedRun(label) {
  const mock = await startWeatherMock();
  mock.setDelay(UPSTREAM_DELAY_MS);
  mock.setAlerts('none'); // as the direct runs: a day without warnings
  try {
    const proxy = await startProxy({ forecastUpstream: mock.origin, warningsUpstream: mock.origin });
    proxyOrigin = proxy.origin;
    visitorRequests.length = 0;
    try {
      /** @type {number[]} */
      const shown = [];
      /** @type {number[][]} */
      const requestTimes = [];
      let thirdParty = 0;
      for (let visitor = 0; visitor < VISITORS; visitor++) {
        const visit = await proxiedVisit(`${label}, visitor ${visitor + 1}`);
        shown.push(visit.shownMs);
        requestTimes.push(visit.requestMs);
        thirdParty += visit.thirdParty;
      }
      return {
        coldShownMs: /** @type {number} */ (shown[0]),
        warmShownMs: median(shown.slice(1)),
        coldRequestMs: median(requestTimes[0] ?? []),
        warmRequestMs: median(requestTimes.slice(1).flat()),
        visitorRequests: visitorRequests.length,
        cacheHits: visitorRequests.filter((r) => r.cacheStatus === 'HIT').length,
        upstreamRequests: mock.requests.length,
        proxiedThirdParty: thirdParty,
      };
    } finally {
      proxyOrigin = undefined;
      await proxy.stop();
    }
  } finally {
    await mock.close();
  }
}

/**
 * One visitor of the proxied page: consent notices shown, then grantConsent() → all 50 show
 * forecast days; the times of its requests to the proxy, from request start to the answer's
 * end, by the browser's resource timing.
 * @param {string} label
 * @returns {Promise<{ shownMs: number, requestMs: number[], thirdParty: number }>}
 */
async function proxiedVisit(label) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // No route here: Playwright's routing holds every request (local ones too) for a round trip
    // through this process, which would be part of the times measured. Requests to other origins
    // are counted as they start; none resolves (see the launch flags).
    /** @type {string[]} */
    const elsewhere = [];
    context.on('request', (request) => {
      if (new URL(request.url()).origin !== server.origin) elsewhere.push(request.url());
    });
    const page = await context.newPage();
    collectPageProblems(page, label, problems);
    await page.goto(`${server.origin}${PROXIED_PAGE}`);
    await inTime(
      label,
      page.evaluate(() => /** @type {KwBench} */ (/** @type {any} */ (window).kwBench).shownAt('consent')),
    );
    const { grantedAt, daysShownAt } = await inTime(label, grantConsent(page));
    await page.waitForTimeout(QUIET_MS);
    const requestMs = await page.evaluate(
      (prefix) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname.startsWith(prefix))
          .map((e) => /** @type {PerformanceResourceTiming} */ (e).responseEnd - e.startTime),
      PROXY_PREFIX,
    );
    problems.push(...elsewhere.map((url) => `${label}: request to ${url}`));
    return { shownMs: daysShownAt - grantedAt, requestMs, thirdParty: elsewhere.length };
  } finally {
    await context.close();
  }
}

/**
 * Consent through the first widget's method (all widgets share the decision), timed in the page:
 * when it was given, and when all 50 widgets showed forecast days.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ grantedAt: number, daysShownAt: number }>}
 */
function grantConsent(page) {
  return page.evaluate(async () => {
    const bench = /** @type {KwBench} */ (/** @type {any} */ (window).kwBench);
    const first = /** @type {HTMLElement & { grantConsent(): Promise<void> }} */ (
      document.querySelector('kreis-wetter')
    );
    const grantedAt = performance.now();
    const granting = first.grantConsent();
    const daysShownAt = await bench.shownAt('day');
    await granting;
    return { grantedAt, daysShownAt };
  });
}

/**
 * @template T
 * @param {string} phase
 * @param {Promise<T>} promise
 * @returns {Promise<T>}
 */
function inTime(phase, promise) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${phase}: not every widget got there within ${PHASE_TIMEOUT_MS / 1000} s`)),
      PHASE_TIMEOUT_MS,
    );
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() => clearTimeout(timer));
}

/**
 * Long tasks that started in [from, to), page time.
 * @param {import('playwright-core').Page} page
 * @param {number} from
 * @param {number} to
 * @returns {Promise<LongTasks>}
 */
function longTasks(page, from, to) {
  return page.evaluate(
    ([from, to]) => /** @type {KwBench} */ (/** @type {any} */ (window).kwBench).longTasks(from, to),
    [from, to],
  );
}

/** @param {string} chromiumVersion */
function renderReport(chromiumVersion) {
  const cpuList = cpus();
  const rows = METRICS.map(([key, label, unit]) => {
    const values = results.map((r) => r[key] ?? NaN);
    const format = (/** @type {number} */ n) => (unit === 'ms' ? `${round(n)} ms` : String(round(n)));
    return [label, format(median(values)), `${format(Math.min(...values))} – ${format(Math.max(...values))}`];
  });
  return [
    `## Benchmark: ${WIDGETS} × <kreis-wetter>`,
    '',
    `Chromium ${chromiumVersion} (headless, playwright-core), ${cpuList.length} CPUs (${cpuList[0]?.model.trim() ?? 'unknown'}), Node ${process.version}; load average (1 min) ${loadBefore.toFixed(2)} at the start, ${loadAfter.toFixed(2)} at the end.`,
    `demo/bench.html with the built bundle (${relative(repoRoot, dist).startsWith('..') ? dist : relative(repoRoot, dist)}), ${places} distinct places; Open-Meteo answered locally with the sample forecast.`,
    `Median of ${results.length} runs (after ${WARMUP_RUNS} warm-up run), each in a fresh browser context; "shown" = the frame with the last widget's change rendered.`,
    '',
    markdownTable(['metric', `median of ${results.length}`, 'min – max'], rows, ['left', 'right', 'right']),
  ].join('\n');
}

function renderProxiedReport() {
  const rows = PROXIED_METRICS.map(([key, label, unit]) => {
    const values = proxiedResults.map((r) => r[key] ?? NaN);
    const format = (/** @type {number} */ n) => (unit === 'ms' ? `${round(n)} ms` : String(round(n)));
    return [label, format(median(values)), `${format(Math.min(...values))} – ${format(Math.max(...values))}`];
  });
  return [
    `## Through the site's own proxy: nginx with deploy/nginx/`,
    '',
    `The same page with \`${PROXY_ATTRIBUTES}\`; the test server forwards \`${PROXY_PREFIX}\` to nginx (${nginxVersion()}) with the shipped configuration, whose upstream is a local mock of Open-Meteo and Bright Sky answering after ${UPSTREAM_DELAY_MS} ms (a stand-in for the services' latency; the direct runs above answer at once).`,
    `Each run: nginx with an empty cache, then ${VISITORS} visitors one after the other, each in a fresh browser context (empty browser cache) and each consenting. Median of ${proxiedResults.length} runs.`,
    "A request's time is the browser's (resource timing, request start to the answer's end), waiting for one of its six connections to this HTTP/1.1 server included. Unlike the direct runs, these visits are not routed through Playwright, so the times of the two tables do not compare.",
    '',
    markdownTable(['metric', `median of ${proxiedResults.length}`, 'min – max'], rows, ['left', 'right', 'right']),
  ].join('\n');
}

/** nginx's version line, e.g. `nginx/1.22.1`. */
function nginxVersion() {
  const result = spawnSync(process.env.NGINX_PATH || '/usr/sbin/nginx', ['-v'], { encoding: 'utf8' });
  return /nginx\/[\d.]+/.exec(`${result.stderr}${result.stdout}`)?.[0] ?? 'nginx';
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? /** @type {number} */ (sorted[middle])
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** @param {number} n */
function round(n) {
  return Math.round(n * 10) / 10;
}
