#!/usr/bin/env node
// @ts-check
/**
 * Writes dist/snippets/: the pre-rendered snippet of every municipality in German and English,
 * for site editors without Node (README "Pre-rendered snippet"). Made by dist/snippet.js, the
 * same function as `npx kreis-wetter-snippet`, so the files are the command's output.
 *
 *   node scripts/build-snippets.mjs     (npm run build runs it)
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, requireBuild } from './lib/paths.mjs';

/** The attributes every ready snippet carries besides the place: the usual path of a privacy policy. */
export const SNIPPET_DEFAULTS = { 'privacy-url': '/datenschutz' };

/**
 * The attributes of the ready snippet for `gemeinde` in `lang`: German pages need no `lang`.
 * @param {string} gemeinde
 * @param {'de' | 'en'} lang
 * @returns {Record<string, string>}
 */
export function snippetAttributes(gemeinde, lang) {
  return { gemeinde, ...(lang === 'en' ? { lang } : {}), ...SNIPPET_DEFAULTS };
}

const dir = distDir();
requireBuild(dir);
const { renderSnippet, MUNICIPALITY_IDS } = await import(pathToFileURL(join(dir, 'snippet.js')).href);
const out = join(dir, 'snippets');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const gemeinde of /** @type {string[]} */ (MUNICIPALITY_IDS)) {
  for (const lang of /** @type {const} */ (['de', 'en'])) {
    writeFileSync(join(out, `${gemeinde}.${lang}.html`), `${renderSnippet(snippetAttributes(gemeinde, lang))}\n`);
  }
}
console.log(`dist/snippets/: ${readdirSync(out).length} snippets`);
