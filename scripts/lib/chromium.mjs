// @ts-check
/**
 * Debian's Chromium and the flags every tool here starts it with (the test runner, the benchmark,
 * the screenshots): no sandbox (root in a container), no GPU, and no background updates or
 * first-run pages that would make requests of their own.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
