#!/usr/bin/env node
// @ts-check
/**
 * Lighthouse on a plain municipal page (scripts/lighthouse/host-page.html) with and without the
 * widget, in Debian's Chromium:
 *   (a) the plain tag: the module script and an empty `<kreis-wetter>`, as the README's first example;
 *   (b) the pre-rendered snippet the build writes (dist/snippets/coesfeld.de.html) in place of the
 *       empty tag, with the same module script;
 *   (c) no widget.
 *
 *   node scripts/lighthouse.mjs [--runs N] [--throttling devtools] [--write] [--save-reports]
 *
 * Lighthouse's defaults otherwise (mobile, simulated throttling), performance category. Each run is
 * a first visit in a fresh headless Chromium with an empty profile; the pages take turns
 * (a, b, c, a, …) so that a busy moment on the machine does not hit one page only, and the table
 * shows the median of N runs (default 3). `--throttling devtools` throttles the load for real
 * instead of simulating it from an unthrottled one (slower; written to docs/lighthouse-devtools.md).
 * Chromium resolves no host name but 127.0.0.1, and a page's request to anywhere else fails the run.
 *
 * `--write` writes the report to docs/; `--save-reports` keeps each run's Lighthouse report (JSON)
 * in test-results/lighthouse/ for the Lighthouse viewer.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lighthouse from 'lighthouse';
import TraceGatherer from 'lighthouse/core/gather/gatherers/trace.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { markdownTable } from './lib/markdown.mjs';
import { distDir, ENTRY_FILE, repoRoot, requireBuild } from './lib/paths.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const args = process.argv.slice(2);
const RUNS = Number(option('--runs') ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs needs a whole number ≥ 1`);
const THROTTLING = /** @type {'simulate' | 'devtools'} */ (option('--throttling') ?? 'simulate');
if (THROTTLING !== 'simulate' && THROTTLING !== 'devtools') throw new Error('--throttling is simulate or devtools');
const WRITE = args.includes('--write');
const REPORTS_DIR = args.includes('--save-reports') ? join(repoRoot, 'test-results/lighthouse') : undefined;
const DOC = join(repoRoot, THROTTLING === 'simulate' ? 'docs/lighthouse.md' : 'docs/lighthouse-devtools.md');

/** Where the page loads the bundle from: the path of the README's examples. */
const ASSETS = '/assets/kreis-wetter/';
const SCRIPT_TAG = `<script type="module" src="${ASSETS}${ENTRY_FILE}"></script>`;
/** With the snippet the content is in the HTML already: README recommends loading the script at low priority. */
const SNIPPET_SCRIPT_TAG = `<script type="module" src="${ASSETS}${ENTRY_FILE}" fetchpriority="low"></script>`;
const SNIPPET = 'snippets/coesfeld.de.html';

/**
 * @typedef {{ key: 'a' | 'b' | 'c', label: string, path: string, html: string, loadsBundle: boolean }} Page
 * @typedef {object} Run
 * @property {number} performance 0–100
 * @property {number} cls
 * @property {number} fcp ms
 * @property {number} lcp ms
 * @property {number} tbt ms
 * @property {number} load the 1-minute load average when the run started
 * @property {Bundle | undefined} bundle how kreis-wetter.js was loaded, on the pages that load it
 * @property {{ selector: string, score: number }[]} shifts the elements that moved (Lighthouse's layout-shifts)
 * @property {number} benchmarkIndex
 * @typedef {object} Bundle
 * @property {number} bytes transferred
 * @property {string} priority Chromium's fetch priority
 * @property {string} renderBlocking what Chromium's trace says of it (ResourceSendRequest)
 * @property {number} mainThreadMs the main thread's time in the widget's scripts (Lighthouse's
 *   bootup-time, CPU slowdown included): the widget's own part of TBT
 * @property {number} longestTask ms, the longest of its tasks (Lighthouse's long-tasks, CPU slowdown
 *   included; 0 when none is over 50 ms)
 * @property {boolean} longestAfterFcp whether that task began after the first contentful paint,
 *   where TBT counts it
 * @property {boolean} beforePaint whether it had finished loading before the first contentful
 *   paint of the load Lighthouse watched (unthrottled, when throttling is simulated)
 */

/**
 * Lighthouse 12.2.3's trace engine reads `chrome_frame_reporter` from Chromium's PipelineReporter
 * events, which newer Chromium (here 156) calls `frame_reporter`; without it the trace engine
 * throws ("reading 'frame_sequence'") and the audits built on it (layout-shifts, the LCP element,
 * render-blocking resources …) error. The metrics do not use it. This gatherer hands on the trace
 * with the field under both names.
 */
class TraceForThisChromium extends TraceGatherer {
  /** @override */
  getArtifact() {
    const trace = super.getArtifact();
    for (const event of trace.traceEvents) {
      const eventArgs = /** @type {Record<string, unknown> | undefined} */ (event.args);
      if (event.name === 'PipelineReporter' && eventArgs?.frame_reporter && !eventArgs.chrome_frame_reporter)
        eventArgs.chrome_frame_reporter = eventArgs.frame_reporter;
    }
    return trace;
  }
}

const dist = distDir();
requireBuild(dist);
const PAGES = hostPages();
const server = await startStaticServer({
  mounts: { [ASSETS]: dist },
  pages: Object.fromEntries(PAGES.map((page) => [page.path, page.html])),
});
/** @type {import('node:child_process').ChildProcess | undefined} the Chromium of the run under way */
let browser;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.once(signal, () => {
    if (browser?.pid) killGroup(browser.pid);
    void server.close().finally(() => process.exit(130));
  });

const loadAtStart = loadavg()[0] ?? NaN;
const started = Date.now();
/** @type {Record<Page['key'], Run[]>} */
const runs = { a: [], b: [], c: [] };
/** @type {string[]} */
const problems = [];
/** @type {string[]} */
const failures = [];
let chromiumVersion = '?';
/** @type {import('lighthouse').Result | undefined} */
let firstLhr;

try {
  for (let n = 1; n <= RUNS; n++) {
    for (const page of PAGES) {
      const label = `(${page.key}) run ${n}/${RUNS}`;
      const run = await measure(page, `${page.key}-${n}`, label);
      runs[page.key].push(run);
      process.stderr.write(`${label}: ${cells(run).join(', ')}, load ${run.load.toFixed(2)}\n`);
    }
  }
} finally {
  await server.close();
}

const report = [renderReport(), ...[...new Set([...problems, ...failures])].map((line) => `- ${line}`)].join('\n');
console.log(report);
if (WRITE) {
  writeFileSync(
    DOC,
    `# Lighthouse\n\nWritten by \`npm run lighthouse -- ${args.filter((arg) => arg !== '--save-reports').join(' ')}\` (scripts/lighthouse.mjs) on ${new Date().toISOString().slice(0, 10)}.\n\n${report}\n`,
  );
  console.log(`\nWritten to ${relative(process.cwd(), DOC)}`);
}
if (failures.length > 0) process.exitCode = 1;

// ---------------------------------------------------------------------------------------------

/** @param {string} name */
function option(name) {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const arg = /** @type {string} */ (args[index]);
  return arg === name ? args[index + 1] : arg.slice(name.length + 1);
}

/**
 * The three pages: host-page.html with the widget's HTML in place of its `<!-- WIDGET -->`.
 * @returns {Page[]}
 */
function hostPages() {
  const template = readFileSync(join(repoRoot, 'scripts/lighthouse/host-page.html'), 'utf8');
  const file = join(dist, SNIPPET);
  if (!existsSync(file)) throw new Error(`${file} not found: npm run build writes it`);
  const snippet = readFileSync(file, 'utf8').trim();
  // The plain tag carries the snippet's own attributes, so that only the pre-rendering differs.
  const openingTag = /^<kreis-wetter[^>]*>(?=<template shadowrootmode="open">)/.exec(snippet)?.[0];
  if (!openingTag) throw new Error(`${file} is not a pre-rendered <kreis-wetter>`);
  /** @param {string} widget */
  const page = (widget) => template.replace('<!-- WIDGET -->', widget);
  return [
    {
      key: 'a',
      label: '(a) plain tag',
      path: '/mit-tag.html',
      html: page(`${SCRIPT_TAG}\n${openingTag}</kreis-wetter>`),
      loadsBundle: true,
    },
    {
      key: 'b',
      label: `(b) snippet (\`dist/${SNIPPET}\`)`,
      path: '/mit-snippet.html',
      html: page(`${SNIPPET_SCRIPT_TAG}\n${snippet}`),
      loadsBundle: true,
    },
    { key: 'c', label: '(c) no widget', path: '/ohne.html', html: page(''), loadsBundle: false },
  ];
}

/**
 * One Lighthouse run of one page, in a fresh Chromium with an empty profile.
 * @param {Page} page
 * @param {string} name for the saved report
 * @param {string} label
 * @returns {Promise<Run>}
 */
async function measure(page, name, label) {
  const load = loadavg()[0] ?? NaN;
  const profile = mkdtempSync(join(tmpdir(), 'kw-lighthouse-'));
  const chromium = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      '--headless',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      // Nothing resolves but the local server: no request can leave the machine.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      'about:blank',
    ],
    // A process group of its own, so that stopping it takes its helper processes too.
    { detached: true, stdio: 'ignore' },
  );
  browser = chromium;
  try {
    const port = await devToolsPort(profile, chromium);
    if (chromiumVersion === '?') {
      const version = /** @type {{ Browser: string }} */ (
        await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()
      );
      chromiumVersion = version.Browser.replace(/^[^/]*\//, '');
    }
    const result = await lighthouse(
      `${server.origin}${page.path}`,
      { port, logLevel: 'error', throttlingMethod: THROTTLING },
      {
        extends: 'lighthouse:default',
        settings: { onlyCategories: ['performance'], onlyAudits: ['errors-in-console'] },
        artifacts: [{ id: 'Trace', gatherer: TraceForThisChromium }],
        // Every script's main-thread time, not only those over 50 ms (a diagnostic, not scored).
        audits: [{ path: 'bootup-time', options: { thresholdInMs: 0 } }],
      },
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`${label}: Lighthouse returned no result`);
    if (lhr.runtimeError) throw new Error(`${label}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    firstLhr ??= lhr;
    if (REPORTS_DIR) {
      mkdirSync(REPORTS_DIR, { recursive: true });
      writeFileSync(join(REPORTS_DIR, `${name}.json`), JSON.stringify(lhr));
    }
    problems.push(...lhr.runWarnings.map((warning) => `${label}: Lighthouse: ${warning}`));
    for (const [id, audit] of Object.entries(lhr.audits))
      if (audit.scoreDisplayMode === 'error') problems.push(`Lighthouse could not run ${id}: ${audit.errorMessage}`);
    for (const item of tableItems(lhr, 'errors-in-console'))
      problems.push(`${label}: console error: ${String(item['description'])}`);

    // Every request went to the local server and was answered; the widget's pages loaded the bundle.
    const requests = tableItems(lhr, 'network-requests');
    const bundle = requests.find((r) => r['url'] === `${server.origin}${ASSETS}${ENTRY_FILE}`);
    for (const { url, statusCode } of requests) {
      if (typeof url !== 'string' || url.startsWith('data:')) continue;
      if (new URL(url).origin !== server.origin) failures.push(`${label}: request to another origin: ${url}`);
      else if (statusCode !== 200) failures.push(`${label}: ${url} answered ${String(statusCode)}`);
    }
    if (page.loadsBundle && !bundle) failures.push(`${label}: the page did not load ${ASSETS}${ENTRY_FILE}`);

    /** @param {string} id */
    const value = (id) => {
      const audit = lhr.audits[id];
      if (typeof audit?.numericValue !== 'number') throw new Error(`${label}: no value for ${id}`);
      return audit.numericValue;
    };
    const metrics = tableItems(lhr, 'metrics')[0] ?? {};
    const networkStart = /** @type {{ debugData?: { networkStartTimeTs?: number } }} */ (
      lhr.audits['network-requests']?.details ?? {}
    ).debugData?.networkStartTimeTs;
    const sent = result.artifacts.Trace.traceEvents.find(
      (event) => event.name === 'ResourceSendRequest' && event.args.data?.url === bundle?.['url'],
    );
    return {
      performance: Math.round((lhr.categories['performance']?.score ?? NaN) * 100),
      cls: value('cumulative-layout-shift'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      load,
      bundle: bundle && {
        bytes: Number(bundle['transferSize']),
        ...longestTask(tableItems(lhr, 'long-tasks'), String(bundle['url']), value('first-contentful-paint')),
        mainThreadMs: tableItems(lhr, 'bootup-time')
          .filter((item) => String(item['url']).startsWith(`${server.origin}${ASSETS}`))
          .reduce((sum, item) => sum + Number(item['total']), 0),
        priority: String(bundle['priority']),
        renderBlocking: String(/** @type {{ renderBlocking?: string }} */ (sent?.args.data)?.renderBlocking),
        beforePaint:
          (networkStart ?? NaN) + Number(bundle['networkEndTime']) * 1000 <=
          Number(metrics['observedFirstContentfulPaintTs']),
      },
      shifts: tableItems(lhr, 'layout-shifts').map((item) => ({
        selector: String(/** @type {{ selector?: string }} */ (item['node'])?.selector),
        score: Number(item['score']),
      })),
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    if (chromium.pid) killGroup(chromium.pid);
    if (chromium.exitCode === null && chromium.signalCode === null)
      await new Promise((resolve) => chromium.once('exit', resolve));
    browser = undefined;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

/**
 * The port Chromium chose, from the DevToolsActivePort file it writes into its profile.
 * @param {string} profile
 * @param {import('node:child_process').ChildProcess} chromium
 */
async function devToolsPort(profile, chromium) {
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (chromium.exitCode !== null) throw new Error(`${CHROMIUM_PATH} exited with code ${chromium.exitCode}`);
    const file = join(profile, 'DevToolsActivePort');
    const port = existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : 0;
    if (port > 0) return port;
    await sleep(100);
  }
  throw new Error(`${CHROMIUM_PATH} opened no DevTools port within 30 s`);
}

/**
 * @param {Record<string, unknown>[]} tasks Lighthouse's long-tasks
 * @param {string} url
 * @param {number} fcp
 */
function longestTask(tasks, url, fcp) {
  const longest = tasks
    .filter((task) => task['url'] === url)
    .sort((x, y) => Number(y['duration']) - Number(x['duration']))[0];
  return {
    longestTask: Number(longest?.['duration'] ?? 0),
    longestAfterFcp: Number(longest?.['startTime'] ?? -1) >= fcp,
  };
}

/** @param {number} pid */
function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * @param {import('lighthouse').Result} lhr
 * @param {string} id
 * @returns {Record<string, unknown>[]}
 */
function tableItems(lhr, id) {
  const details = /** @type {{ items?: Record<string, unknown>[] } | undefined} */ (lhr.audits[id]?.details);
  return details?.items ?? [];
}

/** @param {Pick<Run, 'performance' | 'cls' | 'fcp' | 'lcp' | 'tbt'>} run */
function cells(run) {
  const s = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;
  return [String(run.performance), run.cls.toFixed(3), s(run.fcp), s(run.lcp), `${Math.round(run.tbt)} ms`];
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

function renderReport() {
  const settings = /** @type {import('lighthouse').Result['configSettings']} */ (firstLhr?.configSettings);
  const { throttling, screenEmulation: screen } = settings;
  const all = Object.values(runs).flat();
  const cpu = cpus();
  const header = ['page', 'performance', 'CLS', 'FCP', 'LCP', 'TBT'];
  const align = /** @type {('left' | 'right')[]} */ (['left', 'right', 'right', 'right', 'right', 'right']);
  const medians = PAGES.map((page) => {
    /** @param {'performance' | 'cls' | 'fcp' | 'lcp' | 'tbt'} key */
    const mid = (key) => median(runs[page.key].map((run) => run[key]));
    return {
      page,
      run: { performance: mid('performance'), cls: mid('cls'), fcp: mid('fcp'), lcp: mid('lcp'), tbt: mid('tbt') },
    };
  });
  const [a, b, c] = medians.map((m) => m.run);
  const simulated = THROTTLING === 'simulate';
  const lines = [
    `## Lighthouse: a municipal page with and without \`<kreis-wetter>\``,
    '',
    `Lighthouse ${firstLhr?.lighthouseVersion ?? '?'} (Node API), Chromium ${chromiumVersion} (headless, a fresh profile each run), Node ${process.version}, ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? '?'}). ` +
      `**Load average (1 min): ${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? NaN).toFixed(2)} at the end** (each run's below); Lighthouse's benchmark index ${Math.round(median(all.map((r) => r.benchmarkIndex)))} (median); ${((Date.now() - started) / 60_000).toFixed(1)} min in all.`,
    `${settings.formFactor} (${screen.width}×${screen.height} at ${screen.deviceScaleFactor}×), throttling \`${settings.throttlingMethod}\` (RTT ${throttling.rttMs} ms, ${throttling.throughputKbps} kbit/s, CPU ${throttling.cpuSlowdownMultiplier}× slower)${simulated ? ": Lighthouse's default, which loads the page unthrottled and simulates the slow load from it" : ', applied to the load itself'}; performance category.`,
    `The page: scripts/lighthouse/host-page.html (header, text, the widget in the main column with text below it, footer), \`gemeinde="coesfeld"\`, no decision stored (a first visit); (a) and (b) load \`${ASSETS}${ENTRY_FILE}\` with \`${SCRIPT_TAG}\` just before the widget. ` +
      `Served by a local server (files uncompressed) on ${server.origin}; Chromium resolved no other host. ${failures.length === 0 ? 'Every request of every run went to that server and was answered; none went anywhere else.' : '**Some requests failed or went elsewhere: see the end.**'}`,
    `Median of ${RUNS} run${RUNS === 1 ? '' : 's'} per page, the pages taking turns.`,
    '',
    markdownTable(
      header,
      medians.map(({ page, run }) => [page.label, ...cells(run)]),
      align,
    ),
    '',
  ];
  if (a && b && c) {
    const verdict = (/** @type {boolean} */ ok) => (ok ? 'met' : '**not met**');
    lines.push(
      `Goal for (b): performance 100 ${verdict(b.performance === 100)}, CLS 0.00 ${verdict(b.cls < 0.005)}, FCP and LCP no later than (c) ${verdict(b.fcp <= c.fcp && b.lcp <= c.lcp)} (FCP ${cells(b)[2]} against ${cells(c)[2]}, LCP ${cells(b)[3]} against ${cells(c)[3]}). (a), the plain tag: performance ${a.performance}, CLS ${a.cls.toFixed(3)}.`,
      '',
    );
  }
  // Which elements moved: Lighthouse's layout-shifts audit (the trace's LayoutShift events), the
  // largest score per element.
  const shifts = medians.map(({ page }) => {
    /** @type {Map<string, { score: number, runs: number }>} */
    const moved = new Map();
    for (const run of runs[page.key])
      for (const { selector, score } of run.shifts) {
        const seen = moved.get(selector);
        moved.set(selector, { score: Math.max(seen?.score ?? 0, score), runs: (seen?.runs ?? 0) + 1 });
      }
    const list = [...moved].map(
      ([selector, { score, runs: n }]) => `\`${selector}\` (up to ${score.toFixed(3)}, in ${n} of ${RUNS} runs)`,
    );
    return `(${page.key}) ${list.length > 0 ? list.join(', ') : 'none'}`;
  });
  lines.push(`Elements that moved (Lighthouse's layout-shifts): ${shifts.join('; ')}.`, '');
  const tbts = (/** @type {Run[]} */ list) => list.map((run) => Math.round(run.tbt)).join(', ');
  const widget = (/** @type {Run[]} */ list) =>
    list
      .map((run) =>
        run.bundle
          ? `${Math.round(run.bundle.longestTask)} ms${run.bundle.longestTask > 0 ? (run.bundle.longestAfterFcp ? ' after FCP' : ' before FCP') : ''}`
          : '–',
      )
      .join(', ');
  lines.push(
    `TBT and the machine's load: (c) runs no script at all, and its TBT was ${tbts(runs.c)} ms${runs.c.some((run) => run.tbt > 0) ? `: the browser's own tasks, stretched by other work on the machine${simulated ? ' and multiplied by the simulated CPU slowdown' : ''}` : ''}. ` +
      `(a)'s TBT was ${tbts(runs.a)} ms, (b)'s ${tbts(runs.b)} ms. The widget's longest task: ${widget(runs.a)} in (a); ${widget(runs.b)} in (b). ` +
      'Over a snippet the widget renders only once it has read the stored decision (IndexedDB), and then replaces the pre-rendered shadow root in one task, so that no frame shows neither; that task comes after the first paint, where TBT counts what is over 50 ms of it. With the plain tag the first render runs as the script is evaluated, which may be before the first paint.',
  );
  const bundle = runs.b.find((run) => run.bundle)?.bundle;
  if (simulated && bundle && runs.b.some((run) => run.bundle?.beforePaint)) {
    const before = runs.b.filter((run) => run.bundle?.beforePaint);
    const after = runs.b.filter((run) => !run.bundle?.beforePaint);
    const fcps = (/** @type {Run[]} */ list) => list.map((run) => cells(run)[2]).join(', ');
    lines.push(
      '',
      `Why (b)'s simulated FCP and LCP can be later than (c)'s: Lighthouse's simulation counts a script fetched at priority High into FCP when it had finished loading before the first paint of the unthrottled load it watched, and into LCP whatever request had finished before the largest paint, whatever its priority. \`${ENTRY_FILE}\` is a module script, fetched at priority ${bundle.priority} (${(bundle.bytes / 1024).toFixed(1)} KiB here, uncompressed); from 127.0.0.1 it often arrives before that paint (column "bundle before first paint"), and the simulated figures then include its download after a ${throttling.rttMs} ms round trip at ${throttling.throughputKbps} kbit/s: (b)'s FCP was ${fcps(before)} in those runs${after.length > 0 ? ` and ${fcps(after)} in the others` : ''}. ` +
        `Chromium records the script as \`renderBlocking: "${bundle.renderBlocking}"\` (trace, ResourceSendRequest): the paint does not wait for it. \`npm run lighthouse -- --throttling devtools\` throttles the load itself instead (docs/lighthouse-devtools.md).`,
    );
  }
  const pageB = PAGES.find((page) => page.key === 'b');
  const pageC = PAGES.find((page) => page.key === 'c');
  if (!simulated && pageB && pageC) {
    const waited = runs.b.filter((run) => run.bundle?.beforePaint).length;
    lines.push(
      '',
      `With the load throttled for real, (b)'s first paint came before \`${ENTRY_FILE}\` had finished loading in ${runs.b.length - waited} of ${runs.b.length} runs. What (b) has to load, parse and lay out before its first paint that (c) has not is the snippet itself: ${((Buffer.byteLength(pageB.html) - Buffer.byteLength(pageC.html)) / 1024).toFixed(1)} KiB more HTML (uncompressed).`,
    );
  }
  const eachHeader = [
    'page, run',
    'performance',
    'CLS',
    'FCP',
    'LCP',
    'TBT',
    'widget main thread',
    'widget longest task',
    'bundle before first paint',
    'load (1 min)',
  ];
  lines.push(
    '',
    '<details><summary>Each run</summary>',
    '',
    markdownTable(
      eachHeader,
      PAGES.flatMap((page) =>
        runs[page.key].map((run, i) => [
          `(${page.key}) ${i + 1}`,
          ...cells(run),
          run.bundle ? `${Math.round(run.bundle.mainThreadMs)} ms` : '–',
          widget([run]),
          run.bundle ? (run.bundle.beforePaint ? 'yes' : 'no') : '–',
          run.load.toFixed(2),
        ]),
      ),
      [...align, 'right', 'right', 'right', 'right'],
    ),
    '',
    '</details>',
  );
  if (problems.length + failures.length > 0) lines.push('', 'Noted:', '');
  return lines.join('\n');
}
