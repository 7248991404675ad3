// @ts-check
import { chromium } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core (no downloaded browser). The flags keep it quiet:
 * no sandbox (containers), no GPU, no background updates or first-run pages that would make
 * requests of their own.
 */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * Collects what a page says went wrong: console errors and warnings, uncaught exceptions.
 * @param {import('playwright-core').Page} page
 * @param {string} label prefixed to each message, e.g. the run or screenshot name
 * @param {string[]} into
 */
export function collectPageProblems(page, label, into) {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') into.push(`${label}: console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => into.push(`${label}: uncaught: ${error.message}`));
}
