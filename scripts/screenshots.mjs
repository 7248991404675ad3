#!/usr/bin/env node
// @ts-check
/**
 * Screenshots of the widget's main states for the docs, from the built bundle in DIST_DIR:
 * before consent, with forecast, with an error (Open-Meteo answering 503); German and English;
 * light and dark. 12 PNGs in docs/screenshots/, named `<state>-<lang>-<scheme>.png`.
 *
 *   node scripts/screenshots.mjs
 *
 * Each shot gets a fresh browser context, so no stored decision or forecast leaks from one state
 * into the next. Open-Meteo is answered with the sample forecast; nothing else leaves the machine.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectPageProblems, launchChromium } from './lib/browser.mjs';
import { mockOpenMeteo } from './lib/open-meteo-mock.mjs';
import { distDir, repoRoot, requireBuild } from './lib/paths.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const OUT_DIR = join(repoRoot, 'docs/screenshots');
const STATES = /** @type {const} */ (['consent', 'forecast', 'error']);
const LANGS = /** @type {const} */ (['de', 'en']);
const SCHEMES = /** @type {const} */ (['light', 'dark']);

/**
 * The page around the widget: German, like the district's sites; the English widget gets
 * `lang="en"` on the element itself.
 * @param {'de' | 'en'} lang
 */
function pageFor(lang) {
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="color-scheme" content="light dark" />
    <link rel="icon" href="data:," />
    <title>kreis-wetter screenshot</title>
    <script type="module" src="/dist/kreis-wetter.js"></script>
    <style>body { margin: 16px; font-family: system-ui, sans-serif; }</style>
  </head>
  <body>
    <kreis-wetter ${lang === 'en' ? 'lang="en" ' : ''}privacy-url="/datenschutz"></kreis-wetter>
  </body>
</html>`;
}

const dist = distDir();
requireBuild(dist);
mkdirSync(OUT_DIR, { recursive: true });
const server = await startStaticServer({
  mounts: { '/dist/': dist },
  pages: Object.fromEntries(LANGS.map((lang) => [`/screenshot-${lang}.html`, pageFor(lang)])),
});
const browser = await launchChromium();
/** @type {string[]} */
const problems = [];
/** @type {string[]} */
const written = [];

try {
  for (const state of STATES) {
    for (const lang of LANGS) {
      for (const scheme of SCHEMES) {
        const name = `${state}-${lang}-${scheme}`;
        await shoot(name, state, lang, scheme);
        written.push(`${name}.png`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `${written.length} screenshots in ${relative(process.cwd(), OUT_DIR)}/:\n${written.map((f) => `  ${f}`).join('\n')}`,
);
if (problems.length > 0) {
  console.log(`\nSeen in the page:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exitCode = 1;
}

/**
 * @param {string} name
 * @param {typeof STATES[number]} state
 * @param {typeof LANGS[number]} lang
 * @param {typeof SCHEMES[number]} scheme
 */
async function shoot(name, state, lang, scheme) {
  const context = await browser.newContext({ viewport: { width: 480, height: 900 }, deviceScaleFactor: 1 });
  try {
    const network = await mockOpenMeteo(context, server.origin);
    if (state === 'error') network.forecastStatus = 503;
    const page = await context.newPage();
    /** @type {string[]} */
    const seen = [];
    collectPageProblems(page, name, seen);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${server.origin}/screenshot-${lang}.html`);

    // Playwright's CSS selectors pierce open shadow roots.
    const widget = page.locator('kreis-wetter');
    await widget.locator('[part~="consent"]').waitFor();
    if (state !== 'consent') {
      await widget.locator('[part~="accept-button"]').click();
      await widget
        .locator(state === 'forecast' ? '[part~="day"]' : '[part~="error"]')
        .first()
        .waitFor();
    }
    await page.evaluate(() => document.fonts.ready);
    await widget.screenshot({ path: join(OUT_DIR, `${name}.png`), animations: 'disabled' });

    // The browser logs the 503 it was told to get; anything else is worth a look.
    const expected = state === 'error' ? /status of 503/ : undefined;
    problems.push(...seen.filter((message) => !expected?.test(message)));
    problems.push(...network.blocked.map((url) => `${name}: aborted request to ${url}`));
    const expectedRequests = state === 'consent' ? 0 : 1;
    if (network.forecastRequests.length !== expectedRequests) {
      problems.push(`${name}: ${network.forecastRequests.length} requests to Open-Meteo, expected ${expectedRequests}`);
    }
  } finally {
    await context.close();
  }
}
