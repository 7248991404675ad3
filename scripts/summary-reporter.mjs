// @ts-check
/**
 * Ends the test run with one line per engine (name, version, counts) and a last plain line
 * "N passed, M failed" over all engines. A test file that failed to load, or an error outside
 * any test, counts as a failed test; a skipped test counts as failed too: none may be left behind.
 */

import { existsSync, readFileSync, rmSync } from 'node:fs';
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

/** @param {{ launcher: object, name: string, version: string }[]} engines */
export function summaryReporter(engines) {
  /** @type {any[]} */
  let sessions = [];
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop() {
      const lines = [];
      let passed = 0;
      let failed = 0;
      for (const engine of engines) {
        const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 };
        for (const session of sessions.filter((s) => s.browser === engine.launcher)) {
          const before = totals.failed + totals.skipped;
          if (session.testResults) count(session.testResults, totals);
          const failedTests = totals.failed + totals.skipped - before;
          // A file that did not load, or failed outside its tests, is one failure more.
          if (!session.passed && failedTests === 0) totals.brokenFiles++;
        }
        const engineFailed = totals.failed + totals.skipped + totals.brokenFiles;
        passed += totals.passed;
        failed += engineFailed;
        const notes = [
          totals.skipped ? `${totals.skipped} skipped` : '',
          totals.brokenFiles ? `${totals.brokenFiles} file(s) failed outside tests` : '',
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
      // Printed at exit so nothing (progress bars, timing lines) can come after the summary.
      process.once('exit', () => {
        console.log(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed`);
        if (failed > 0) process.exitCode = 1;
      });
    },
  };
}
