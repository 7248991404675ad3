// @ts-check
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/**
 * Debian's Chromium, driven by playwright-core (no downloaded browser).
 * @param {string[]} [extraArgs] more flags, after the usual ones
 */
export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * Collects what a page says went wrong: console errors and warnings, uncaught exceptions.
 * @param {import('playwright-core').Page} page
 * @param {string} label prefixed to each message, e.g. the run or screenshot name
 * @param {string[]} into
 */
export function collectPageProblems(page, label, into) {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      into.push(`${label}: console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => into.push(`${label}: uncaught: ${error.message}`));
}
