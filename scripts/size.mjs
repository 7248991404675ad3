#!/usr/bin/env node
// @ts-check
/**
 * Size budget of the built bundle: what a visitor downloads before consent, on English pages and
 * after consent. Builds into DIST_DIR (default `dist`) first, unless `--no-build`.
 *
 *   node scripts/size.mjs [--no-build] [--json]
 *
 * The groups come from the built files themselves, not from file names: the entry
 * `kreis-wetter.js` and everything it imports statically is "before consent"; every dynamic
 * `import()` found is a lazily loaded chunk, classified by content (the Open-Meteo client) or, for
 * the English strings, by name (`en-*.js`). Exits 1 when a budget or a check fails.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, parseAst } from 'vite';
import { markdownTable } from './lib/markdown.mjs';
import { ENTRY_FILE, distDir, repoRoot } from './lib/paths.mjs';

const KiB = 1024;

/**
 * THE BUDGETS, in gzip bytes (each file gzipped on its own at level 9, then summed).
 * `max` is the limit; going over it fails the run unless `failsRun` is false (then it is only
 * reported). `aim` is where we want to be and is only reported.
 */
const BUDGETS = {
  beforeConsent: { label: 'before consent (entry + static imports)', max: 12 * KiB, aim: 9 * KiB, failsRun: true },
  // English pages fetch their strings as a chunk of their own (same origin) before they render; the
  // budget's measure is the entry and its static imports, so this line is reported, not enforced.
  englishBeforeConsent: {
    label: 'English page before consent (+ en chunk)',
    max: 12 * KiB,
    aim: undefined,
    failsRun: false,
  },
  // A site with a cookie banner fetches, before consent, the consent sources, the banner's common
  // part and its one adapter (measured with the largest): at most 4 KiB more than the default path.
  bannerBeforeConsent: {
    label: 'cookie-banner page before consent (+ its chunks)',
    max: 16 * KiB,
    aim: undefined,
    failsRun: true,
  },
  forecast: { label: 'forecast chunk(s)', max: 20 * KiB, aim: 8 * KiB, failsRun: true },
};

/**
 * Strings that must not occur in any file loaded before consent.
 *
 * zod: picked by looking at a built forecast chunk (zod/mini, minified). Identifiers are renamed
 * by the minifier, but these survive because they are string literals or property names that zod
 * itself relies on at run time:
 *   - `$ZodType`: every zod 4 schema is made by `$constructor("$ZodType", …)` and checked by that
 *     trait name; present in zod/mini and full zod alike.
 *   - `ZodError`: the error class names `$ZodError` (zod/mini) and `ZodError` (full zod).
 *   - `._zod`: the property holding every schema's internals (`schema._zod.def`).
 * None of them is a word our own code or lit would plausibly contain.
 */
const FORBIDDEN_BEFORE_CONSENT = [
  { what: 'provider hosts', markers: ['api.open-meteo.com', 'api.brightsky.dev'] },
  { what: 'zod', markers: ['$ZodType', 'ZodError', '._zod'] },
  // Query parameters only the Open-Meteo client builds.
  { what: 'forecast-only code', markers: ['icon_seamless', 'forecast_days'] },
];

/** What identifies the chunk with the Open-Meteo client. */
const FORECAST_CHUNK_MARKER = 'api.open-meteo.com';
/** The cookie banners with an adapter of their own (src/cmp/), each a chunk named after it. */
const CMP_ADAPTERS = ['klaro', 'cookieconsent', 'usercentrics', 'cookiebot', 'borlabs', 'ccm19'];
/**
 * The small chunks a page may fetch before consent, by Rollup's `[name]-[hash].js` (their source
 * modules' names): each only where it is needed, so none is on the default path.
 */
const SOME_PAGES = [
  { role: 'english', name: /^en-[\w-]+\.js$/, loadedWhen: 'English pages only' },
  {
    role: 'writes',
    name: /^store-writes-[\w-]+\.js$/,
    loadedWhen: 'once a decision is stored (and with the forecast)',
  },
  { role: 'messages', name: /^attribute-messages-[\w-]+\.js$/, loadedWhen: 'pages with a bad or missing attribute' },
  { role: 'details', name: /^consent-details-[\w-]+\.js$/, loadedWhen: "once a visitor opens the notice's details" },
  {
    role: 'sources',
    name: /^consent-sources-[\w-]+\.js$/,
    loadedWhen: 'pages with a consent-source other than builtin',
  },
  { role: 'banner', name: /^cmp-consent-[\w-]+\.js$/, loadedWhen: 'pages whose consent-source names a cookie banner' },
  ...CMP_ADAPTERS.map((cmp) => ({
    role: /** @type {const} */ ('adapter'),
    name: new RegExp(`^${cmp}-[\\w-]+\\.js$`),
    loadedWhen: `consent-source="${cmp}:…" only`,
  })),
];
const GZIP_LEVEL = 9;

/**
 * @typedef {'entry' | 'static' | 'english' | 'writes' | 'messages' | 'details' | 'sources' | 'banner' | 'adapter' | 'forecast' | 'lazy'} Role
 * @typedef {{ file: string, role: Role, loadedWhen: string, raw: number, gzip: number }} FileSize
 * @typedef {{ files: string[], raw: number, gzip: number }} GroupSize
 * @typedef {{ label: string, gzip: number, max: number, aim: number | undefined, failsRun: boolean, ok: boolean }} BudgetResult
 * @typedef {{ what: string, ok: boolean, found: string[] }} CheckResult
 */

const args = new Set(process.argv.slice(2));
const dir = distDir();

if (!args.has('--no-build')) {
  // Quiet unless something is wrong: the tables below are the output.
  await build({ root: repoRoot, logLevel: 'warn', build: { outDir: dir } });
}

const code = memo((/** @type {string} */ file) => readFileSync(join(dir, file), 'utf8'));
// What Lit's hydration (@lit-labs/ssr-client's hydrate) would add before consent: the widget takes
// a pre-rendered snippet over by replacing it instead (README "Pre-rendered snippet"); measured so
// the choice stays checked.
const hydrationGzip = await measureHydration();
const imports = memo((/** @type {string} */ file) => findImports(file, code(file)));

// Before consent: the entry and everything it imports statically.
const beforeConsent = staticClosure([ENTRY_FILE]);

// Lazily loaded: every dynamic import() target in any file we can reach, and their static imports.
const lazyRoots = new Set();
for (const queue = [...beforeConsent]; queue.length > 0;) {
  const file = /** @type {string} */ (queue.shift());
  for (const target of imports(file).dynamic) {
    if (lazyRoots.has(target) || beforeConsent.has(target)) continue;
    lazyRoots.add(target);
    queue.push(...staticClosure([target]));
  }
}
const lazy = [...lazyRoots];
/** @param {string[]} roots */
const lazyGroup = (roots) => [...staticClosure(roots)].filter((file) => !beforeConsent.has(file));
const someFiles = new Map(SOME_PAGES.map((page) => [page, lazy.filter((file) => page.name.test(basename(file)))]));
const englishFiles = [...someFiles].find(([page]) => page.role === 'english')?.[1] ?? [];
// After consent: the forecast chunk and everything it brings or fetches later (the English
// weather strings), the writer it shares with the chunks above counted too.
const forecastRoots = lazy.filter((file) => code(file).includes(FORECAST_CHUNK_MARKER));
const forecastFiles = [
  ...new Set([...lazyGroup(forecastRoots), ...forecastRoots.flatMap((file) => imports(file).dynamic)]),
];
const classifiedBefore = new Set([...someFiles.values()].flat());
const classified = new Set([...forecastFiles, ...[...someFiles.values()].flat()]);
const otherLazyFiles = lazyGroup(lazy).filter((file) => !classified.has(file));

/** @type {FileSize[]} */
const files = [
  ...[...beforeConsent].map((file) =>
    measure(
      file,
      file === ENTRY_FILE ? 'entry' : 'static',
      file === ENTRY_FILE ? 'before consent (entry)' : 'before consent (static import)',
    ),
  ),
  ...SOME_PAGES.flatMap((page) =>
    (someFiles.get(page) ?? []).map((file) => measure(file, /** @type {Role} */ (page.role), page.loadedWhen)),
  ),
  ...forecastFiles
    .filter((file) => !classifiedBefore.has(file))
    .map((file) => measure(file, 'forecast', 'after consent')),
  ...otherLazyFiles.map((file) => measure(file, 'lazy', 'lazily, unclassified')),
];

const groups = {
  beforeConsent: sum(files.filter((f) => f.role === 'entry' || f.role === 'static')),
  english: sum(files.filter((f) => f.role === 'english')),
  // The forecast and what it loads with it (the writer, which a decision before consent may have fetched already).
  forecast: sum(files.filter((f) => f.role === 'forecast' || forecastFiles.includes(f.file))),
};

/** @type {BudgetResult[]} */
const budgets = [
  budget(BUDGETS.beforeConsent, groups.beforeConsent.gzip),
  budget(BUDGETS.englishBeforeConsent, groups.beforeConsent.gzip + groups.english.gzip),
  budget(
    BUDGETS.bannerBeforeConsent,
    groups.beforeConsent.gzip +
      sum(files.filter((f) => f.role === 'sources' || f.role === 'banner')).gzip +
      Math.max(0, ...files.filter((f) => f.role === 'adapter').map((f) => f.gzip)),
  ),
  budget(BUDGETS.forecast, groups.forecast.gzip),
];

/** @type {CheckResult[]} */
const checks = [
  ...FORBIDDEN_BEFORE_CONSENT.map(({ what, markers }) => {
    const found = [...beforeConsent].flatMap((file) =>
      markers.filter((m) => code(file).includes(m)).map((m) => `"${m}" in ${file}`),
    );
    return { what: `before consent: no ${what} (${markers.join(', ')})`, ok: found.length === 0, found };
  }),
  {
    what: `lazily loaded: a forecast chunk (contains ${FORECAST_CHUNK_MARKER})`,
    ok: forecastFiles.length > 0,
    found: [],
  },
  { what: 'lazily loaded: an English chunk (en-*.js)', ok: englishFiles.length > 0, found: [] },
];

const ok = budgets.every((b) => b.ok || !b.failsRun) && checks.every((c) => c.ok);

if (args.has('--json')) {
  console.log(
    JSON.stringify({ dir, gzipLevel: GZIP_LEVEL, files, groups, budgets, checks, hydrationGzip, ok }, null, 2),
  );
} else {
  printReport();
}
process.exitCode = ok ? 0 : 1;

// ---------------------------------------------------------------------------------------------

function printReport() {
  const shownDir = relative(process.cwd(), dir);
  console.log(`## Bundle size (${shownDir === '' ? '.' : shownDir.startsWith('..') ? dir : shownDir})\n`);
  console.log(
    markdownTable(
      ['chunk', 'loaded when', 'raw', 'gzip'],
      files.map((f) => [f.file, f.loadedWhen, kib(f.raw), kib(f.gzip)]),
      ['left', 'left', 'right', 'right'],
    ),
  );
  console.log(
    `\nGzip: each file compressed on its own (zlib level ${GZIP_LEVEL}), group sizes are the sums. 1 KiB = 1024 bytes.`,
  );
  console.log(`Not counted: element.js (the alternative entry without registration) and source maps.\n`);
  console.log(
    markdownTable(
      ['budget', 'gzip', 'limit', 'aim', 'result'],
      budgets.map((b) => [
        b.label,
        `${kib(b.gzip)} (${b.gzip.toLocaleString('en')} B)`,
        `≤ ${kib(b.max)}`,
        b.aim === undefined ? '—' : kib(b.aim),
        !b.ok
          ? `${b.failsRun ? 'FAIL' : 'over (reported only)'}: ${kib(b.gzip - b.max)} over`
          : b.aim !== undefined && b.gzip > b.aim
            ? `ok, ${kib(b.gzip - b.aim)} above aim`
            : 'ok',
      ]),
      ['left', 'right', 'right', 'right', 'left'],
    ),
  );
  console.log('');
  console.log(
    `Not used: Lit's hydration support (@lit-labs/ssr-client hydrate()) would add ${kib(hydrationGzip)} gzip before consent; the widget replaces a pre-rendered snippet instead.\n`,
  );
  for (const check of checks)
    console.log(
      `${check.ok ? 'ok  ' : 'FAIL'} ${check.what}${check.found.length ? `: ${check.found.join(', ')}` : ''}`,
    );
  console.log('');
  if (ok) {
    console.log('Size budget met.');
  } else {
    for (const b of budgets.filter((b) => !b.ok && b.failsRun)) {
      console.error(
        `FAILED: ${b.label} is ${kib(b.gzip)} gzip, over its budget of ${kib(b.max)} by ${kib(b.gzip - b.max)}.`,
      );
    }
    for (const c of checks.filter((c) => !c.ok))
      console.error(`FAILED: ${c.what}${c.found.length ? ` (found ${c.found.join(', ')})` : ''}.`);
    console.error('(Budgets: BUDGETS at the top of scripts/size.mjs.)');
  }
}

/**
 * Builds the entry once more with `hydrate()` in it (the project's config, an entry beside it) and
 * returns how many gzip bytes that adds to the entry.
 */
async function measureHydration() {
  const work = mkdtempSync(join(repoRoot, 'node_modules', '.kreis-wetter-hydrate-'));
  try {
    const entry = join(work, 'entry.js');
    writeFileSync(
      entry,
      // Re-exported, not just imported: package.json declares the sources free of side effects.
      `export * from ${JSON.stringify(join(repoRoot, 'src', 'kreis-wetter.ts'))};\nexport { hydrate } from '@lit-labs/ssr-client';\n`,
    );
    await build({
      root: repoRoot,
      logLevel: 'error',
      build: {
        outDir: join(work, 'out'),
        emptyOutDir: true,
        lib: { entry: { 'kreis-wetter': entry }, formats: ['es'] },
      },
    });
    const withHydration = gzipSync(readFileSync(join(work, 'out', ENTRY_FILE)), { level: GZIP_LEVEL }).length;
    return withHydration - gzipSync(code(ENTRY_FILE), { level: GZIP_LEVEL }).length;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Static and dynamic imports of a built file, as paths relative to the build directory. Read
 * from the syntax tree, so `import(…)` is never mistaken for a static import.
 * @param {string} file
 * @param {string} source
 * @returns {{ static: string[], dynamic: string[] }}
 */
function findImports(file, source) {
  /** @type {{ static: string[], dynamic: string[] }} */
  const found = { static: [], dynamic: [] };
  /** @param {any} node */
  const specifier = (node) => {
    // `import("./x.js")` or, as Rolldown writes it, import(`./x.js`)
    if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
    return undefined;
  };
  /** @param {string | undefined} spec @param {string[]} into @param {any} node */
  const add = (spec, into, node) => {
    if (spec === undefined)
      throw new Error(`${file}: an import whose target is computed at run time (at ${node.start}); cannot size it`);
    if (!spec.startsWith('./') && !spec.startsWith('../'))
      throw new Error(`${file}: imports "${spec}", which is not a file of the build`);
    into.push(join(dirname(file), spec));
  };
  /** @param {any} node */
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const isStatic =
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      (node.type === 'ExportNamedDeclaration' && node.source);
    if (isStatic) add(specifier(node.source), found.static, node);
    // A computed import() is the loader's retry of the forecast chunk under a new URL (see
    // src/forecast-loader.ts); the chunk itself is reached through the literal import beside it.
    if (node.type === 'ImportExpression' && specifier(node.source) !== undefined)
      add(specifier(node.source), found.dynamic, node);
    for (const key in node) if (key !== 'type') walk(node[key]);
  };
  walk(parseAst(source));
  return found;
}

/**
 * The files and everything they import statically, recursively.
 * @param {string[]} roots
 * @returns {Set<string>}
 */
function staticClosure(roots) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...imports(file).static);
  }
  return seen;
}

/**
 * @param {string} file
 * @param {Role} role
 * @param {string} loadedWhen
 * @returns {FileSize}
 */
function measure(file, role, loadedWhen) {
  const bytes = readFileSync(join(dir, file));
  return { file, role, loadedWhen, raw: bytes.length, gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length };
}

/**
 * @param {FileSize[]} list
 * @returns {GroupSize}
 */
function sum(list) {
  return {
    files: list.map((f) => f.file),
    raw: list.reduce((n, f) => n + f.raw, 0),
    gzip: list.reduce((n, f) => n + f.gzip, 0),
  };
}

/**
 * @param {{ label: string, max: number, aim: number | undefined, failsRun: boolean }} limits
 * @param {number} gzip
 * @returns {BudgetResult}
 */
function budget({ label, max, aim, failsRun }, gzip) {
  return { label, gzip, max, aim, failsRun, ok: gzip <= max };
}

/** @param {number} bytes */
function kib(bytes) {
  return `${(bytes / KiB).toFixed(2)} KiB`;
}

/**
 * @template T
 * @param {(key: string) => T} compute
 * @returns {(key: string) => T}
 */
function memo(compute) {
  const cache = new Map();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key);
  };
}
