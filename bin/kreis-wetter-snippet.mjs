#!/usr/bin/env node
// @ts-check
/**
 * Prints the pre-rendered <kreis-wetter> snippet for the attributes given as options:
 *
 *   npx kreis-wetter-snippet --gemeinde duelmen --days 3 --lang en --privacy-url /datenschutz
 *
 * Each option is an attribute of the element (README "Attributes"), `--name value` or
 * `--name=value`. A value the element would not take is refused by name (exit 1).
 * `--csp` prints instead the style-src source a Content-Security-Policy needs for the snippet.
 */
import { createHash } from 'node:crypto';
import { renderSnippet, SnippetError, snippetStyles } from '../dist/snippet.js';

const USAGE = 'usage: kreis-wetter-snippet [--csp] [--ATTRIBUTE VALUE …]   e.g. --gemeinde duelmen --lang en';

/** @type {Record<string, string>} */
const attributes = {};
let csp = false;
const args = process.argv.slice(2);
try {
  for (let i = 0; i < args.length; i++) {
    const arg = /** @type {string} */ (args[i]);
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (arg === '--csp') {
      csp = true;
      continue;
    }
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new SnippetError(`"${arg}" is no option; ${USAGE}`);
    const name = /** @type {string} */ (match[1]);
    const value = match[2] ?? args[++i];
    if (value === undefined) throw new SnippetError(`--${name} needs a value`);
    attributes[name] = value;
  }
  if (csp) {
    console.log(`'sha256-${createHash('sha256').update(snippetStyles).digest('base64')}'`);
  } else {
    console.log(renderSnippet(attributes, (message) => console.error(`kreis-wetter-snippet: ${message}`)));
  }
} catch (error) {
  if (!(error instanceof SnippetError)) throw error;
  console.error(`kreis-wetter-snippet: ${error.message.replace(/\n/g, '\nkreis-wetter-snippet: ')}`);
  process.exitCode = 1;
}
