// @ts-check
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The build output the scripts work on: `DIST_DIR`, default `dist`. A relative path counts from
 * the repository root, like Vite's `build.outDir`, so the scripts work from any working directory.
 */
export function distDir() {
  return resolve(repoRoot, process.env.DIST_DIR || 'dist');
}

/** Where scripts/run-node-tests.mjs leaves its counts for the browser suite's summary line. */
export const NODE_RESULTS = join(repoRoot, 'test-results', 'node-tests.json');

/** The self-registering entry sites load. */
export const ENTRY_FILE = 'kreis-wetter.js';

/**
 * Stops with a clear message when `dir` holds no build.
 * @param {string} dir
 */
export function requireBuild(dir) {
  if (!existsSync(join(dir, ENTRY_FILE)))
    throw new Error(`${join(dir, ENTRY_FILE)} not found: build first (npx vite build --outDir ${dir})`);
}
