#!/usr/bin/env node
// @ts-check
/**
 * Runs the tests that need no browser (node:test): tests/proxy/, the site's nginx configuration
 * against the real nginx. Prints their report and writes their counts to
 * test-results/node-tests.json, which the browser suite's summary adds to its last line
 * (scripts/summary-reporter.mjs), so `npm test` ends with one "N passed, M failed" for everything.
 *
 *   node scripts/run-node-tests.mjs
 *
 * Exits 0 when the tests ran, whatever their result: the summary line and the browser suite's
 * exit code report a failure (a crash of the runner itself exits 1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NODE_RESULTS, repoRoot } from './lib/paths.mjs';

const NODE_TESTS = ['tests/proxy/'];

// The readable report to the terminal, TAP (for its closing counts) to a file.
mkdirSync(dirname(NODE_RESULTS), { recursive: true });
const tap = join(dirname(NODE_RESULTS), 'node-tests.tap');
rmSync(tap, { force: true });
const run = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...NODE_TESTS,
  ],
  { cwd: repoRoot, stdio: 'inherit' },
);
if (run.error) throw run.error;
const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
// TAP's closing counts: "# pass N", "# fail N" (and todo/skipped/cancelled, which count as failed).
const counted = (/** @type {string} */ name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
const passed = counted('pass');
const failed = counted('fail') + counted('cancelled') + counted('skipped') + counted('todo');
const ran = passed + failed > 0;
writeFileSync(
  NODE_RESULTS,
  JSON.stringify({ name: 'nginx proxy (node:test)', passed, failed: ran ? failed : 1, exitCode: run.status }),
);
console.log(`\nnginx proxy (node:test): ${passed} passed, ${ran ? failed : 1} failed`);
