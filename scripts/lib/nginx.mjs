// @ts-check
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

/** The shipped reference configuration (deploy/nginx/). */
export const DEPLOY_DIR = join(repoRoot, 'deploy/nginx');
export const HTTP_CONF = 'kreis-wetter-http.conf';
export const SERVER_CONF = 'kreis-wetter-server.conf';

/**
 * The upstream addresses as written in the one place that holds them (the two `map`s at the top
 * of kreis-wetter-http.conf). Each must occur exactly once in all of deploy/nginx/*.conf.
 */
export const SHIPPED_FORECAST_UPSTREAM = 'https://api.open-meteo.com';
export const SHIPPED_WARNINGS_UPSTREAM = 'https://api.brightsky.dev';

/** Where the shipped files keep state; both are moved into the temporary prefix. */
const SHIPPED_CACHE_DIR = '/var/cache/nginx-kreis-wetter';
const SHIPPED_LOG_DIR = '/var/log/nginx/';

/** The exact cache validity lines in kreis-wetter-server.conf (see `cacheValid`). */
const SHIPPED_VALIDITY = {
  forecast: 'proxy_cache_valid 200 30m;',
  warnings: 'proxy_cache_valid 200 5m;',
};

/**
 * @typedef {object} ProxyOptions
 * @property {string} forecastUpstream replaces `https://api.open-meteo.com`, e.g. `http://127.0.0.1:9300` (scheme, host, port; no path)
 * @property {string} warningsUpstream replaces `https://api.brightsky.dev`
 * @property {number} [port] port on 127.0.0.1; default: a free one
 * @property {{ forecast?: string, warnings?: string }} [cacheValid] test override of how long a
 *   cached answer is fresh (nginx time, e.g. `'1s'`), instead of the shipped 30m / 5m
 * @property {number} [workers] nginx worker processes (default 2)
 */

/**
 * @typedef {object} Proxy
 * @property {string} origin e.g. `http://127.0.0.1:40123`
 * @property {number} port
 * @property {number} pid the nginx master process
 * @property {string} prefix the temporary nginx prefix directory (conf/, logs/, cache/, temp/)
 * @property {() => string} logs everything nginx wrote (the widget locations' access log, the
 *   site's access log, the error log, stderr), labelled, for diagnostics
 * @property {() => string} accessLog the access log of the widget locations (shipped `kreis_wetter` format)
 * @property {() => string} siteAccessLog the access log of the surrounding server{} (combined format)
 * @property {() => string} errorLog nginx's error log
 * @property {() => Promise<void>} stop stops nginx and removes the prefix directory
 */

/** Proxies still running: stopped synchronously when this process ends. */
/** @type {Set<{ kill(): void }>} */
const running = new Set();
let exitHooksInstalled = false;

function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const proxy of running) proxy.kill();
  });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.once(signal, () => {
      for (const proxy of running) proxy.kill();
      // Let the default action end the process, as if we had not listened.
      process.kill(process.pid, signal);
    });
  }
}

/**
 * The shipped configuration with the test's substitutions. Throws when a string to replace is
 * not found exactly as often as expected, so a change in deploy/nginx/ cannot silently make the
 * test run against something else.
 *
 * @param {string} prefix
 * @param {ProxyOptions} options
 * @returns {Record<string, string>} file name → text
 */
export function substitutedConfig(prefix, { forecastUpstream, warningsUpstream, cacheValid = {} }) {
  /** @type {Record<string, string>} */
  const files = {};
  for (const name of readdirSync(DEPLOY_DIR).filter((n) => n.endsWith('.conf'))) {
    files[name] = readFileSync(join(DEPLOY_DIR, name), 'utf8');
  }
  for (const name of [HTTP_CONF, SERVER_CONF]) {
    if (!(name in files)) throw new Error(`${join(DEPLOY_DIR, name)} is missing`);
  }
  /**
   * @param {string} from
   * @param {string} to
   * @param {number | 'any'} expected how often `from` occurs in all files together
   */
  const replace = (from, to, expected) => {
    let count = 0;
    for (const name of Object.keys(files)) {
      const parts = /** @type {string} */ (files[name]).split(from);
      count += parts.length - 1;
      files[name] = parts.join(to);
    }
    if (expected === 'any' ? count === 0 : count !== expected) {
      throw new Error(
        `deploy/nginx: expected "${from}" ${expected === 'any' ? 'at least once' : `exactly ${expected}×`}, found ${count}×`,
      );
    }
  };
  for (const url of [forecastUpstream, warningsUpstream]) {
    if (!/^https?:\/\/[^/\s"';]+$/.test(url))
      throw new Error(`upstream must be scheme://host[:port] without path: ${url}`);
  }
  replace(SHIPPED_FORECAST_UPSTREAM, forecastUpstream, 1);
  replace(SHIPPED_WARNINGS_UPSTREAM, warningsUpstream, 1);
  replace(SHIPPED_CACHE_DIR, join(prefix, 'cache'), 1);
  replace(SHIPPED_LOG_DIR, join(prefix, 'logs') + '/', 'any');
  for (const key of /** @type {const} */ (['forecast', 'warnings'])) {
    const value = cacheValid[key];
    if (value === undefined) continue;
    if (!/^\d+[smh]?$/.test(value)) throw new Error(`cacheValid.${key}: not an nginx time: ${value}`);
    replace(SHIPPED_VALIDITY[key], `proxy_cache_valid 200 ${value};`, 1);
  }
  return files;
}

/**
 * The minimal main configuration around the shipped files: one server on 127.0.0.1:`port`,
 * everything (pid, temp paths, cache, logs) inside `prefix`, in the foreground.
 * @param {string} prefix
 * @param {number} port
 * @param {number} workers
 */
function mainConfig(prefix, port, workers) {
  return `# Generated by scripts/lib/nginx.mjs for a test run; removed when the proxy stops.
daemon off;
master_process on;
worker_processes ${workers};
pid ${prefix}/nginx.pid;
lock_file ${prefix}/nginx.lock;
error_log ${prefix}/logs/error.log info;

events {
    worker_connections 4096;
}

http {
    client_body_temp_path ${prefix}/temp/client_body;
    proxy_temp_path ${prefix}/temp/proxy;
    fastcgi_temp_path ${prefix}/temp/fastcgi;
    uwsgi_temp_path ${prefix}/temp/uwsgi;
    scgi_temp_path ${prefix}/temp/scgi;
    default_type application/octet-stream;
    # The site's own access log, as a site would have it: must get nothing of the widget's requests.
    access_log ${prefix}/logs/site-access.log combined;

    include ${prefix}/conf/${HTTP_CONF};

    server {
        listen 127.0.0.1:${port};
        server_name localhost;

        include ${prefix}/conf/${SERVER_CONF};

        location / {
            return 404;
        }
    }
}
`;
}

/** A port on 127.0.0.1 that was free a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Resolves once nginx answers any HTTP request on `port`.
 * @param {number} port
 */
function answers(port) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/', method: 'GET', agent: false, timeout: 1000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** @param {string} file */
function readOrEmpty(file) {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/**
 * Starts the real nginx (`/usr/sbin/nginx`, or `NGINX_PATH`) with the shipped deploy/nginx
 * configuration in a temporary prefix directory, upstream addresses swapped for `forecastUpstream`
 * and `warningsUpstream`, listening on 127.0.0.1. Resolves when nginx answers. Runs as any user;
 * as root nginx's workers drop to its default user (nobody), as in production to www-data.
 *
 * nginx is killed when `stop()` is called and, failing that, when this Node process exits
 * (normally, by an uncaught error, or by SIGINT/SIGTERM/SIGHUP), and by a watchdog when it is
 * killed outright (SIGKILL).
 *
 * @param {ProxyOptions} options
 * @returns {Promise<Proxy>}
 */
export async function startProxy(options) {
  const nginx = process.env.NGINX_PATH || '/usr/sbin/nginx';
  if (!existsSync(nginx)) throw new Error(`${nginx} not found: apt-get install nginx, or set NGINX_PATH`);
  const workers = options.workers ?? 2;
  let lastError;
  // A free port can be taken between asking and listening: try again with another one.
  for (let attempt = 0; attempt < (options.port ? 1 : 5); attempt++) {
    const port = options.port ?? (await freePort());
    try {
      return await startOnce(nginx, port, workers, options);
    } catch (error) {
      lastError = error;
      if (!(error instanceof Error) || !/Address already in use/.test(error.message)) throw error;
    }
  }
  throw lastError;
}

/**
 * @param {string} nginx
 * @param {number} port
 * @param {number} workers
 * @param {ProxyOptions} options
 * @returns {Promise<Proxy>}
 */
async function startOnce(nginx, port, workers, options) {
  const prefix = mkdtempSync(join(tmpdir(), 'kreis-wetter-nginx-'));
  // The workers (not root) must reach the cache and temp directories nginx creates in here.
  chmodSync(prefix, 0o755);
  mkdirSync(join(prefix, 'conf'));
  mkdirSync(join(prefix, 'logs'));
  mkdirSync(join(prefix, 'temp'));
  for (const [name, text] of Object.entries(substitutedConfig(prefix, options))) {
    writeFileSync(join(prefix, 'conf', name), text);
  }
  const confFile = join(prefix, 'conf', 'nginx.conf');
  writeFileSync(confFile, mainConfig(prefix, port, workers));

  const paths = {
    access: join(prefix, 'logs', 'kreis-wetter-access.log'),
    site: join(prefix, 'logs', 'site-access.log'),
    error: join(prefix, 'logs', 'error.log'),
  };
  let stderr = '';
  // A process group of its own (master, workers, cache processes), for the watchdog below.
  const child = spawn(nginx, ['-p', `${prefix}/`, '-c', confFile, '-e', paths.error], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  // Killed outright (SIGKILL, the OOM killer), this process runs no exit hook: a watchdog that
  // outlives it then ends nginx's group and removes the prefix, within a second or so.
  const watchdog = spawn(
    'sh',
    [
      '-c',
      'while kill -0 "$1" 2>/dev/null; do sleep 1; done; kill -s KILL -- "-$2" 2>/dev/null; rm -rf -- "$3"',
      'kreis-wetter-nginx-watchdog',
      String(process.pid),
      String(child.pid),
      prefix,
    ],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => (stderr += chunk));
  /** @type {Promise<void>} */
  const exited = new Promise((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  child.once('exit', () => (hasExited = true));

  const entry = {
    kill() {
      if (!hasExited) killHard(child);
      watchdog.kill();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
  running.add(entry);
  installExitHooks();

  const logs = () =>
    [
      ['widget access log', paths.access],
      ['site access log', paths.site],
      ['error log', paths.error],
    ]
      .map(([label, file]) => `--- ${label} (${file})\n${readOrEmpty(/** @type {string} */ (file))}`)
      .concat(`--- nginx stderr\n${stderr}`)
      .join('\n');

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!hasExited) {
      // SIGTERM: fast shutdown; the master ends its workers and exits.
      child.kill('SIGTERM');
      const timer = setTimeout(() => killHard(child), 5000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(entry);
    watchdog.kill();
    rmSync(prefix, { recursive: true, force: true });
  };

  const deadline = Date.now() + 15_000;
  while (!(await answers(port))) {
    if (hasExited || Date.now() > deadline) {
      const why = hasExited ? `nginx exited (code ${child.exitCode})` : 'nginx did not answer within 15 s';
      const text = `${why}\n${stderr}${readOrEmpty(paths.error)}`;
      await stop();
      throw new Error(text);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    pid: /** @type {number} */ (child.pid),
    prefix,
    logs,
    accessLog: () => readOrEmpty(paths.access),
    siteAccessLog: () => readOrEmpty(paths.site),
    errorLog: () => readOrEmpty(paths.error),
    stop,
  };
}

/**
 * Kills nginx's master and its children (workers, cache manager and loader) with SIGKILL,
 * synchronously, so it also works in an 'exit' handler. The children are looked up first: a
 * killed master does not take its workers with it, and once it is gone they are no longer its
 * children.
 * @param {import('node:child_process').ChildProcess} master
 */
function killHard(master) {
  const children = master.pid === undefined ? [] : childrenOf(master.pid);
  master.kill('SIGKILL');
  for (const pid of children) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * The pids of the processes whose parent is `pid`, from /proc (Linux).
 * @param {number} pid
 * @returns {number[]}
 */
function childrenOf(pid) {
  if (!existsSync('/proc')) return [];
  /** @type {number[]} */
  const children = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Field 4, after the command name in parentheses, is the parent's pid.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent === pid) children.push(Number(name));
  }
  return children;
}
