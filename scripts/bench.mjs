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
 *      days; requests.
 * One warm-up run is not counted; the table shows the median of the runs and their range.
 * `--write` also writes the table to docs/bench.md. Exits 1 when the page does not behave as
 * promised (a request before consent, more Open-Meteo requests than places, any on return).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { collectPageProblems, launchChromium } from './lib/browser.mjs';
import { markdownTable } from './lib/markdown.mjs';
import { mockOpenMeteo } from './lib/open-meteo-mock.mjs';
import { distDir, repoRoot, requireBuild } from './lib/paths.mjs';
import { startStaticServer } from './lib/static-server.mjs';

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

if (!(RUNS >= 1)) throw new Error(`--runs must be a number ≥ 1, got ${runsArg}`);

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
  ['returnThirdParty', 'returning visitor: third-party requests', 'count'],
]);

const dist = distDir();
requireBuild(dist);
const server = await startStaticServer({ mounts: { '/dist/': dist, '/demo/': join(repoRoot, 'demo') } });
const browser = await launchChromium();
const chromiumVersion = browser.version();
// Other work on the machine skews the times; the report says how busy it was.
const loadBefore = loadavg()[0] ?? NaN;
/** @type {string[]} console errors, warnings, uncaught exceptions, aborted requests */
const problems = [];
/** @type {RunResult[]} */
const results = [];
let places = 0;

try {
  for (let run = 0; run < WARMUP_RUNS + RUNS; run++) {
    const label = run < WARMUP_RUNS ? `warm-up ${run + 1}` : `run ${run - WARMUP_RUNS + 1}`;
    const result = await measureOnce(label);
    if (run >= WARMUP_RUNS) results.push(result);
    process.stderr.write(`${label}: ${METRICS.map(([key]) => `${key}=${round(result[key] ?? NaN)}`).join(' ')}\n`);
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
    ok: results.every((r) => r.returnThirdParty === 0),
    text: 'no request for a returning visitor with fresh kept forecasts',
  },
];
const loadAfter = loadavg()[0] ?? NaN;
const report = renderReport(chromiumVersion);
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
    const network = await mockOpenMeteo(context, server.origin);
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
    const after = await inTime(
      'after consent',
      page.evaluate(async () => {
        const bench = /** @type {KwBench} */ (/** @type {any} */ (window).kwBench);
        const first = /** @type {HTMLElement & { grantConsent(): Promise<void> }} */ (
          document.querySelector('kreis-wetter')
        );
        const grantedAt = performance.now();
        const granting = first.grantConsent();
        const daysShownAt = await bench.shownAt('day');
        await granting;
        return { grantedAt, daysShownAt };
      }),
    );
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
    const returnThirdParty = network.thirdPartyCount();
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
      returnThirdParty,
    };
  } finally {
    await context.close();
  }
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
    '',
    ...expectations.map((e) => `${e.ok ? 'ok  ' : 'FAIL'} ${e.text}`),
  ].join('\n');
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
