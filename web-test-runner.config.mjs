// @ts-check
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { distDir } from './scripts/lib/paths.mjs';
import { siteProxy } from './scripts/lib/site-proxy.mjs';
import { snippetPage } from './tests/pages/snippet-page.mjs';

const DIST_DIR = distDir();

/**
 * The browser suite, in the three engines visitors use, each from Debian's packages:
 * Chromium, Firefox ESR (WebDriver BiDi via puppeteer) and WebKitGTK's MiniBrowser (WebDriver).
 * BROWSERS=chromium,firefox selects engines for a quick loop; CI always runs all three.
 */

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER_PORT = Number(process.env.WEBKIT_DRIVER_PORT || 4445);

const wanted = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim());

function version(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** Starts WebKitWebDriver under a virtual display; MiniBrowser has no headless mode. */
async function startWebKitDriver() {
  const driver = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${WEBKIT_DRIVER_PORT}`],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${WEBKIT_DRIVER_PORT}/status`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

const browsers = [];
const engines = [];

if (wanted.includes('chromium')) {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    },
  });
  browsers.push(launcher);
  engines.push({
    launcher,
    name: 'Chromium',
    version: version(CHROMIUM_PATH, ['--version']).replace(/ built on.*/, ''),
  });
}
if (wanted.includes('firefox')) {
  const launcher = puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
  });
  browsers.push(launcher);
  engines.push({ launcher, name: 'Firefox', version: version(FIREFOX, ['--version']) });
}
/**
 * The WebDriver launcher, with a test page's navigation that cannot stop the run. Its own session
 * manager fires the navigation without waiting for it, so a navigation that fails (WebKitWebDriver
 * once did not answer for minutes) was an uncaught error that ended the whole run. Here it is tried
 * again once, and should that fail too, only this file fails: its tests never start, and the runner
 * says so after `testsStartTimeout`.
 */
class WebKitLauncher extends WebdriverLauncher {
  async createDriverManager() {
    const manager = /** @type {any} */ (await super.createDriverManager());
    // The manager's own start (it records the page and navigates), still in its command queue, retried.
    const start = manager.startSession.bind(manager);
    manager.startSession = async (/** @type {string} */ id, /** @type {string} */ url) => {
      for (let attempt = 1; attempt <= 2; attempt++) {
        try {
          return await start(id, url);
        } catch (error) {
          console.warn(`WebKit: opening ${url} failed (attempt ${attempt}): ${error}`);
        }
      }
    };
    return manager;
  }
}

if (wanted.includes('webkit')) {
  await startWebKitDriver();
  const launcher = new WebKitLauncher({
    hostname: '127.0.0.1',
    port: WEBKIT_DRIVER_PORT,
    logLevel: 'error',
    // A command WebKitWebDriver does not answer fails after a minute (and one retry), not after
    // webdriver's two minutes and three retries.
    connectionRetryTimeout: 60000,
    connectionRetryCount: 1,
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver, not BiDi.
      'wdio:enforceWebDriverClassic': true,
      // A navigation returns as soon as it has begun. The runner waits for the test page to report
      // itself; waiting for its load event as well tied the navigation to whatever the tests do
      // before that event (frames they add delay it) and to commands queued behind it.
      pageLoadStrategy: 'none',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
  browsers.push(launcher);
  engines.push({
    launcher,
    name: 'WebKit',
    version: `WebKitGTK ${version('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0']).replace(/-.*/, '')} (MiniBrowser)`,
  });
}

const mswWorker = readFileSync(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

/**
 * The strict policy README recommends to site owners; tests/csp.test.ts checks the widget keeps to
 * it. `'allow-duplicates'`: a page may load Lit twice (another Lit component, or both entries of
 * this package), and each copy creates its `lit-html` policy.
 */
export const CSP_HEADER =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' https://api.open-meteo.com https://api.brightsky.dev; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/**
 * A page that may talk to its own origin only (tests/own-proxy.test.ts): any request elsewhere is
 * blocked, so it never leaves the machine, and reported to the page as a securitypolicyviolation.
 */
export const OWN_ORIGIN_ONLY =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";

// /wetter-api/… goes to the real nginx with the shipped configuration (started at the first such
// request, stopped with the server), as on a site that runs the proxy.
const proxy = siteProxy();

export default {
  files: process.env.TEST_FILES || 'tests/**/*.test.ts',
  port: Number(process.env.WTR_PORT || 8000),
  nodeResolve: { exportConditions: ['browser'] },
  browsers,
  // Test files share a browser's storage: one file at a time per engine, engines side by side.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 15000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }), proxy.plugin],
  middleware: [
    proxy.middleware,
    // msw's worker must be served from the root scope to control the test pages.
    async (ctx, next) => {
      if (ctx.path === '/tests/pages/snippet.html') {
        ctx.type = 'html';
        ctx.body = await snippetPage(DIST_DIR, ctx.query);
        return;
      }
      if (ctx.path === '/mockServiceWorker.js') {
        ctx.type = 'text/javascript';
        ctx.body = mswWorker;
        return;
      }
      if (ctx.path.startsWith('/dist/')) {
        // Every page loads the built files from the network (through msw's worker), as a new visit
        // would: never from the memory cache an earlier load in a same-origin frame filled, which
        // would hide a download the test makes fail. (The runner's own cache middleware, outside
        // this one, would set a year's max-age afterwards.)
        const set = ctx.response.set.bind(ctx.response);
        ctx.response.set = (field, value) =>
          typeof field === 'string' && field.toLowerCase() === 'cache-control' ? undefined : set(field, value);
        set('Cache-Control', 'no-store');
      }
      await next();
      if (ctx.path === '/tests/pages/csp.html') {
        // ?policy=no-duplicates: the same policy without 'allow-duplicates', to show what it is for.
        const policy =
          ctx.query.policy === 'no-duplicates' ? CSP_HEADER.replace(" 'allow-duplicates'", '') : CSP_HEADER;
        ctx.set('Content-Security-Policy', policy);
      }
      if (ctx.path === '/tests/pages/widget.html' && ctx.query.only === 'self') {
        ctx.set('Content-Security-Policy', OWN_ORIGIN_ONLY);
      }
    },
  ],
  reporters: [defaultReporter(), summaryReporter(engines)],
};
