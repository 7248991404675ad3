// @ts-check
/**
 * Ends the test run with one line per engine (name, version, counts) and a last plain line
 * "N passed, M failed" over all engines. A test file that failed to load, or an error outside
 * any test, counts as a failed test; a skipped test counts as failed too: none may be left behind.
 */

import { existsSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { NODE_RESULTS } from './lib/paths.mjs';

/**
 * The counts scripts/run-node-tests.mjs left for this run (then removed, so a later run without
 * them does not count them again); undefined when it did not run.
 * @returns {{ name: string, passed: number, failed: number } | undefined}
 */
function nodeTestResults() {
  if (!existsSync(NODE_RESULTS)) return undefined;
  const results = JSON.parse(readFileSync(NODE_RESULTS, 'utf8'));
  rmSync(NODE_RESULTS);
  return results;
}

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

/**
 * One line per engine and the totals, from the sessions as they are; a file whose session has not
 * finished counts as one failure.
 * @param {{ launcher: object, name: string, version: string }[]} engines
 * @param {any[]} sessions
 */
function summarise(engines, sessions) {
  const lines = [];
  let passed = 0;
  let failed = 0;
  for (const engine of engines) {
    const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0, unfinished: 0 };
    for (const session of sessions.filter((s) => s.browser === engine.launcher)) {
      if (session.status !== 'FINISHED') {
        totals.unfinished++;
        continue;
      }
      const before = totals.failed + totals.skipped;
      if (session.testResults) count(session.testResults, totals);
      const failedTests = totals.failed + totals.skipped - before;
      // A file that did not load, or failed outside its tests, is one failure more.
      if (!session.passed && failedTests === 0) totals.brokenFiles++;
    }
    const engineFailed = totals.failed + totals.skipped + totals.brokenFiles + totals.unfinished;
    passed += totals.passed;
    failed += engineFailed;
    const notes = [
      totals.skipped ? `${totals.skipped} skipped` : '',
      totals.brokenFiles ? `${totals.brokenFiles} file(s) failed outside tests` : '',
      totals.unfinished ? `${totals.unfinished} file(s) did not finish` : '',
    ].filter(Boolean);
    lines.push(
      `${engine.name} (${engine.version}): ${totals.passed} passed, ${engineFailed} failed${notes.length ? ` (${notes.join(', ')})` : ''}`,
    );
  }
  const node = nodeTestResults();
  if (node) {
    lines.push(`${node.name}: ${node.passed} passed, ${node.failed} failed`);
    passed += node.passed;
    failed += node.failed;
  }
  return `${lines.join('\n')}\n${passed} passed, ${failed} failed`;
}

/** @param {{ launcher: object, name: string, version: string }[]} engines */
export function summaryReporter(engines) {
  /** @type {{ all(): Iterable<any> } | undefined} */
  let manager;
  let summarised = false;
  /** @type {string | undefined} */
  let why;
  return {
    start(args) {
      manager = args.sessions;
      // Should the run end before its end (a signal, nothing left to wait on), the summary still
      // comes last and says so, rather than the output stopping mid-progress-bar.
      process.once('SIGINT', () => (why ??= 'it received SIGINT'));
      process.once('beforeExit', () => (why ??= 'nothing was left for it to wait on'));
      process.once('exit', () => {
        if (summarised) return;
        // Written past the console, which the runner's progress display holds until its end.
        writeSync(
          1,
          `\nThe test run ended before every test file had finished (${why ?? 'it was stopped'}).\n` +
            `${summarise(engines, manager ? [...manager.all()] : [])}\n`,
        );
        process.exitCode = 1;
      });
    },
    stop() {
      summarised = true;
      const summary = summarise(engines, manager ? [...manager.all()] : []);
      // Printed at exit so nothing (progress bars, timing lines) can come after the summary.
      process.once('exit', () => {
        console.log(`\n${summary}`);
        if (!summary.endsWith(' 0 failed')) process.exitCode = 1;
      });
    },
  };
}
