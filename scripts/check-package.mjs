// @ts-check
/**
 * Checks the package as npm would publish it, from the current build (`npm run check:package`
 * builds first, then runs publint and this script):
 *
 * 1. `npm pack` (into a temporary folder; npm lists the same files as `npm pack --dry-run`)
 *    contains every file package.json points at, the chunks and source maps the entries load,
 *    the declarations they import, custom-elements.json, README, LICENSE and the third-party
 *    notices; and nothing else: nothing from tests/, demo/, src/, scripts/, .ci/ or node_modules/.
 * 2. custom-elements.json describes the public API the README documents (attributes, events,
 *    CSS parts, CSS custom properties, methods and state), no private or protected member, and
 *    points only at published files.
 * 3. The declarations import only packages kreis-wetter declares as dependencies (under pnpm or
 *    Yarn PnP nothing else can be resolved), and every third-party package in the bundle is
 *    named in THIRD-PARTY-NOTICES.md.
 * 4. A consumer type-checks against the packed tarball, with TypeScript's `bundler` and `nodenext`
 *    resolution and `skipLibCheck: false`: `kreis-wetter` and `kreis-wetter/element` resolve,
 *    `document.querySelector('kreis-wetter')` is a `KreisWetter`, and the events are typed.
 *
 * Exits 1 with one line per problem.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** @type {Set<string>} */
const problems = new Set();
const problem = (/** @type {string} */ message) => void problems.add(message);

/** Top-level folders that hold the repository's own tooling, never anything users need. */
const FORBIDDEN_DIRS = ['tests/', 'demo/', 'src/', 'scripts/', '.ci/', 'node_modules/'];
/** Everything that may be published; anything else is reported. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^THIRD-PARTY-NOTICES\.md$/,
  /^custom-elements\.json$/,
  /^dist\/[^/]+\.js$/,
  /^dist\/[^/]+\.js\.map$/,
  /^dist\/types\/.+\.d\.ts$/,
  /^dist\/snippets\/[a-z]+\.(de|en)\.html$/,
  /^bin\/kreis-wetter-snippet\.mjs$/,
];
const ALWAYS = ['package.json', 'README.md', 'LICENSE', 'THIRD-PARTY-NOTICES.md', 'custom-elements.json'];

if (!existsSync(join(root, 'dist', 'kreis-wetter.js'))) {
  console.error(
    'check-package: dist/ is missing; run `npm run build` first (or `npm run check:package`, which builds).',
  );
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'kreis-wetter-pack-'));
try {
  // --- 1. what npm packs --------------------------------------------------------------------
  // --ignore-scripts: check this build as it is; `prepack` would build again.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )[0];
  /** @type {Map<string, number>} path → size */
  const files = new Map(packed.files.map((/** @type {{ path: string; size: number }} */ f) => [f.path, f.size]));
  const read = (/** @type {string} */ path) => readFileSync(join(root, path), 'utf8');
  const normal = (/** @type {string} */ path) => posix.normalize(path).replace(/^\.\//, '');
  const need = (/** @type {string} */ path, /** @type {string} */ why) => {
    if (!files.has(normal(path))) problem(`${normal(path)} is not in the package (${why})`);
    return files.has(normal(path));
  };

  for (const path of files.keys()) {
    const dir =
      FORBIDDEN_DIRS.find((d) => path.startsWith(d)) ?? (path.includes('/node_modules/') ? 'node_modules/' : undefined);
    if (dir) problem(`${path} is in the package, but nothing from ${dir} may be published`);
    else if (!ALLOWED.some((re) => re.test(path)))
      problem(
        `${path} is in the package but is none of the files users need (see ALLOWED in scripts/check-package.mjs)`,
      );
  }
  for (const path of ALWAYS) need(path, 'every release ships it');

  // Every file package.json points at.
  /** @type {{ js: string[]; types: string[] }} */
  const entries = { js: [], types: [] };
  const collect = (/** @type {unknown} */ target, /** @type {string} */ where) => {
    if (typeof target === 'string') {
      need(target, `package.json ${where}`);
      if (target.endsWith('.d.ts')) entries.types.push(normal(target));
      else if (target.endsWith('.js')) entries.js.push(normal(target));
    } else if (target && typeof target === 'object') {
      for (const [key, value] of Object.entries(target)) collect(value, `${where}[${JSON.stringify(key)}]`);
    }
  };
  collect(pkg.exports, 'exports');
  for (const field of ['main', 'types', 'customElements']) collect(pkg[field], `"${field}"`);
  for (const path of pkg.sideEffects ?? []) need(path, 'package.json "sideEffects" names it');

  // What the entries load: static and dynamic imports of their chunks, and their source maps.
  const importsIn = (/** @type {string} */ code) =>
    [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(["'`])(\.{1,2}\/[^"'`]+)\1/g)].map(
      (m) => /** @type {string} */ (m[2]),
    );
  /** @type {Set<string>} */
  const loaded = new Set();
  const walkJs = (/** @type {string} */ path, /** @type {string} */ from) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    if (!need(path, `loaded by ${from}`)) return;
    const code = read(path);
    for (const spec of importsIn(code)) walkJs(posix.join(posix.dirname(path), spec), path);
    const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    if (map) need(posix.join(posix.dirname(path), map), `the source map ${path} names`);
  };
  for (const entry of entries.js) walkJs(entry, 'package.json');
  for (const path of files.keys()) {
    if (path.startsWith('dist/') && path.endsWith('.js') && !loaded.has(path)) {
      problem(`${path} is in the package but no entry loads it (left over from an older build?)`);
    }
    if (path.endsWith('.js.map') && !files.has(path.slice(0, -'.map'.length)))
      problem(`${path} is in the package without its ${path.slice(0, -4)}`);
  }

  // What the declarations import: relative files must be packed, packages must be dependencies.
  // `@types/react` declares the types of `react`.
  const declared = new Set(
    [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})].map((name) =>
      name.replace(/^@types\//, ''),
    ),
  );
  /** @type {Set<string>} */
  const typed = new Set();
  const walkTypes = (/** @type {string} */ path, /** @type {string} */ from) => {
    if (typed.has(path)) return;
    typed.add(path);
    if (!need(path, `imported by ${from}`)) return;
    const code = read(path);
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)) {
      const spec = /** @type {string} */ (m[1]);
      if (spec.startsWith('.')) {
        walkTypes(posix.join(posix.dirname(path), spec.replace(/\.js$/, '.d.ts')), path);
      } else {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!declared.has(/** @type {string} */ (name))) {
          problem(
            `${path} imports "${spec}", which package.json does not declare as a dependency: under pnpm or Yarn PnP ` +
              'it does not resolve (TS2307 with skipLibCheck: false). Name the type through a declared package ' +
              '(e.g. an explicit return type imported from "lit") or declare the package.',
          );
        }
      }
    }
  };
  for (const entry of entries.types) walkTypes(entry, 'package.json');

  // Third-party code in the bundle, as the source maps name it, must be in the notices.
  const notices = read('THIRD-PARTY-NOTICES.md');
  /** @type {Set<string>} */
  const bundled = new Set();
  for (const path of files.keys()) {
    if (!path.endsWith('.js.map')) continue;
    for (const source of JSON.parse(read(path)).sources ?? []) {
      if (/^(\/|[a-z]+:)/i.test(source))
        problem(`${path} names the absolute source ${source}: it leaks a path of the build machine`);
      const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
      if (m) bundled.add(/** @type {string} */ (m[1]));
    }
  }
  for (const name of bundled) {
    if (!notices.includes(name)) problem(`the bundle contains ${name}, which THIRD-PARTY-NOTICES.md does not name`);
  }

  // --- 2. custom-elements.json against the README ------------------------------------------
  const manifest = JSON.parse(read('custom-elements.json'));
  const readme = read('README.md');
  /** First-column names of the table under a README heading: the `code` spans of each row's first cell. */
  const readmeNames = (/** @type {string} */ heading, /** @type {(cell: string) => string[]} */ pick) => {
    const section = readme.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
    if (!section) {
      problem(`README.md has no section "## ${heading}" to check custom-elements.json against`);
      return [];
    }
    const rows = section
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .slice(2);
    return rows.flatMap((row) => pick(/** @type {string} */ (row.split('|')[1])));
  };
  const codeSpans = (/** @type {string} */ cell) =>
    [...cell.matchAll(/`([^`]+)`/g)].map((m) => /** @type {string} */ (m[1]));
  const memberName = (/** @type {string} */ cell) =>
    codeSpans(cell).map((c) => /** @type {string} */ (/^[\w$]+/.exec(c)?.[0] ?? c));

  const elements = manifest.modules.flatMap((/** @type {any} */ m) =>
    (m.declarations ?? []).filter((/** @type {any} */ d) => d.customElement),
  );
  const element = elements.find((/** @type {any} */ d) => d.tagName === 'kreis-wetter');
  if (!element) {
    problem('custom-elements.json declares no custom element with tagName "kreis-wetter"');
  } else {
    /** @type {[string, string[], string[]][]} */
    const lists = [
      [
        'attributes',
        (element.attributes ?? []).map((/** @type {any} */ a) => a.name),
        readmeNames('Attributes', codeSpans),
      ],
      ['events', (element.events ?? []).map((/** @type {any} */ e) => e.name), readmeNames('Events', codeSpans)],
      [
        'CSS parts',
        (element.cssParts ?? []).map((/** @type {any} */ p) => p.name),
        readmeNames('CSS parts', codeSpans),
      ],
      [
        'CSS custom properties',
        (element.cssProperties ?? []).map((/** @type {any} */ p) => p.name),
        readmeNames('CSS custom properties', codeSpans),
      ],
      [
        'members',
        (element.members ?? []).map((/** @type {any} */ m) => m.name),
        [...readmeNames('Properties', memberName), ...readmeNames('Methods and state', memberName)],
      ],
    ];
    for (const [what, inManifest, inReadme] of lists) {
      const missing = inReadme.filter((n) => !inManifest.includes(n));
      const extra = inManifest.filter((n) => !inReadme.includes(n));
      if (missing.length)
        problem(
          `custom-elements.json lacks the ${what} ${missing.join(', ')} that README.md documents (JSDoc of the class?)`,
        );
      if (extra.length)
        problem(`custom-elements.json lists the ${what} ${extra.join(', ')} that README.md does not document`);
      if (new Set(inManifest).size !== inManifest.length)
        problem(`custom-elements.json lists some ${what} twice: ${inManifest.join(', ')}`);
    }
    // Typed for tools that generate framework typings: every attribute with a type and its
    // property, every property with a type, every custom property with its default.
    for (const attribute of element.attributes ?? []) {
      if (!attribute.type) problem(`custom-elements.json: attribute ${attribute.name} has no type`);
      if (attribute.name !== 'lang' && !attribute.fieldName)
        problem(`custom-elements.json: attribute ${attribute.name} names no property (fieldName)`);
    }
    for (const member of element.members ?? []) {
      if (member.kind === 'field' && !member.type) problem(`custom-elements.json: property ${member.name} has no type`);
    }
    for (const event of element.events ?? []) {
      if (!event.type) problem(`custom-elements.json: event ${event.name} has no type`);
    }
    for (const property of element.cssProperties ?? []) {
      if (property.default === undefined)
        problem(`custom-elements.json: CSS custom property ${property.name} has no default`);
    }
    for (const member of element.members ?? []) {
      if (member.privacy === 'private' || member.privacy === 'protected' || /^[#_]/.test(member.name)) {
        problem(`custom-elements.json lists the ${member.privacy ?? 'internal'} member ${member.name}`);
      }
    }
  }
  const definitions = manifest.modules.flatMap((/** @type {any} */ m) =>
    (m.exports ?? []).filter((/** @type {any} */ e) => e.kind === 'custom-element-definition').map(() => m.path),
  );
  const main = normal(pkg.exports?.['.']?.default ?? '');
  if (!definitions.includes(main))
    problem(`custom-elements.json does not say that ${main} (the package's main entry) defines <kreis-wetter>`);
  for (const mod of manifest.modules) {
    need(mod.path, 'a module of custom-elements.json');
    for (const exp of mod.exports ?? []) {
      if (exp.declaration?.module) need(exp.declaration.module, `custom-elements.json, an export of ${mod.path}`);
    }
  }

  // --- 4. a consumer type-checks against the tarball ----------------------------------------
  const consumer = join(work, 'consumer');
  const installed = join(consumer, 'node_modules', 'kreis-wetter');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1']);
  // The dependencies as `npm install kreis-wetter` lays them out (hoisted), from this repository.
  /** @type {Set<string>} */
  const linked = new Set();
  const link = (/** @type {string} */ name) => {
    if (linked.has(name)) return;
    const source = join(root, 'node_modules', name);
    if (!existsSync(source)) return; // optional, or nested under its dependant: not hoisted
    linked.add(name);
    mkdirSync(dirname(join(consumer, 'node_modules', name)), { recursive: true });
    symlinkSync(source, join(consumer, 'node_modules', name), 'dir');
    const manifestOf = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
    for (const dep of Object.keys({ ...manifestOf.dependencies, ...manifestOf.peerDependencies })) link(dep);
  };
  // What a consumer installs beside kreis-wetter: its peers (lit for the types) and, for the framework
  // checks below, React's types, Vue and vue-tsc.
  for (const dep of [...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }), 'react', 'vue-tsc']) link(dep);

  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(
    join(consumer, 'index.ts'),
    `import 'kreis-wetter';
import { KreisWetter as Registered } from 'kreis-wetter';
import { KreisWetter, type ConsentChangeDetail, type ConsentState, type ErrorDetail, type ForecastLoadDetail, type KreisWetterEventMap } from 'kreis-wetter/element';

// The tag is typed through HTMLElementTagNameMap.
const widget = document.querySelector('kreis-wetter')!;
const created: KreisWetter = document.createElement('kreis-wetter');
const granted: Promise<void> = widget.grantConsent();
const revoked: Promise<void> = widget.revokeConsent();
const reset: Promise<void> = widget.resetConsent();
const state: ConsentState = widget.consentState;
// @ts-expect-error consentState is read-only
widget.consentState = 'granted';
// @ts-expect-error private members are no API
widget.configure();

// The events, on the window, the document and on the element.
window.addEventListener('kreis-wetter-error', (e) => console.log(e.detail.kind));
// Properties like every custom element's, typed.
widget.days = 3;
widget.privacyUrl = '/datenschutz';
const max: number | null = widget.consentMaxAge;
console.log(max);
document.addEventListener('kreis-wetter-consent-change', (e) => {
  const changed: 'unknown' | 'granted' | 'denied' = e.detail.state;
  const source: 'visitor' | 'storage' = e.detail.source;
  // @ts-expect-error detail is typed, not any
  const wrong: number = e.detail.state;
  console.log(changed, source, wrong);
});
widget.addEventListener('kreis-wetter-forecast-load', (e) => {
  const detail: ForecastLoadDetail = e.detail;
  console.log(detail.fetchedAt.toUpperCase(), detail.days.toFixed());
});
widget.addEventListener('kreis-wetter-error', (e) => {
  const detail: ErrorDetail = e.detail;
  const status: number | undefined = detail.status;
  console.log(detail.kind, status);
});

// The class without registration, under a tag name of one's own; one class for both entries.
class MyWeather extends KreisWetter {}
customElements.define('my-weather', MyWeather);
const same: typeof KreisWetter = Registered;
const detail: KreisWetterEventMap['kreis-wetter-consent-change']['detail'] = { state: 'granted', source: 'visitor' } satisfies ConsentChangeDetail;

export { created, granted, revoked, reset, state, same, detail };
`,
  );
  // React 19 + TypeScript and Vue 3 + TypeScript (vue-tsc), as a site's developer writes them.
  writeFileSync(
    join(consumer, 'app.tsx'),
    `import 'kreis-wetter';
import type {} from 'kreis-wetter/react';
import type { ConsentState } from 'kreis-wetter';

export function Wetter({ days }: { days: number }) {
  return (
    <kreis-wetter
      gemeinde="duelmen"
      days={days}
      privacy-url="/datenschutz"
      onkreis-wetter-consent-change={(e) => {
        const state: ConsentState = e.detail.state;
        console.log(state, e.detail.source);
      }}
      onkreis-wetter-forecast-load={(e) => console.log(e.detail.place.toUpperCase())}
    />
  );
}

// @ts-expect-error a prop the element does not have
export const misspelt = <kreis-wetter gemeide="duelmen" />;
// @ts-expect-error the event detail is typed, not any
export const wrongDetail = <kreis-wetter onkreis-wetter-error={(e) => e.detail.kind.toFixed()} />;
`,
  );
  writeFileSync(
    join(consumer, 'App.vue'),
    `<script setup lang="ts">
import 'kreis-wetter';
import type {} from 'kreis-wetter/vue';
import type { ConsentChangeDetail } from 'kreis-wetter';

function changed(e: CustomEvent<ConsentChangeDetail>): void {
  console.log(e.detail.state);
}
</script>

<template>
  <kreis-wetter gemeinde="duelmen" :days="3" privacy-url="/datenschutz" @kreis-wetter-consent-change="changed" />
  <!-- @vue-expect-error days takes a number or text -->
  <kreis-wetter :days="{ many: true }" />
</template>
`,
  );
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const frameworkBase = {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    strict: true,
    skipLibCheck: false,
    noEmit: true,
  };
  writeFileSync(
    join(consumer, 'tsconfig.react.json'),
    JSON.stringify({ compilerOptions: { ...frameworkBase, jsx: 'react-jsx' }, files: ['app.tsx'] }),
  );
  writeFileSync(
    join(consumer, 'tsconfig.vue.json'),
    JSON.stringify({ compilerOptions: frameworkBase, include: ['App.vue'] }),
  );
  for (const [what, command, config] of [
    ['React 19 + TypeScript', tsc, 'tsconfig.react.json'],
    ['Vue 3 + TypeScript (vue-tsc)', join(root, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js'), 'tsconfig.vue.json'],
  ]) {
    try {
      execFileSync(process.execPath, [command, '-p', config], {
        cwd: consumer,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      const output = /** @type {{ stdout?: string; stderr?: string }} */ (error);
      const lines = `${output.stdout ?? ''}${output.stderr ?? ''}`.trim().split('\n');
      problem(`a ${what} app does not type-check against the packed package:\n    ${lines.join('\n    ')}`);
    }
  }

  for (const [module, resolution] of [
    ['ESNext', 'Bundler'],
    ['NodeNext', 'NodeNext'],
  ]) {
    const config = `tsconfig.${resolution.toLowerCase()}.json`;
    writeFileSync(
      join(consumer, config),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module,
          moduleResolution: resolution,
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: [],
          strict: true,
          skipLibCheck: false,
          noEmit: true,
        },
        files: ['index.ts'],
      }),
    );
    try {
      execFileSync(process.execPath, [tsc, '-p', config], {
        cwd: consumer,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      const output = /** @type {{ stdout?: string; stderr?: string }} */ (error);
      const lines = `${output.stdout ?? ''}${output.stderr ?? ''}`.trim().split('\n');
      problem(
        `a consumer does not type-check against the packed package (moduleResolution ${resolution}):\n    ${lines.join('\n    ')}`,
      );
    }
  }

  // --- 5. the snippet command, as npx runs it from the tarball --------------------------------
  const snippetCommand = join(installed, 'bin', 'kreis-wetter-snippet.mjs');
  /** @param {string[]} args */
  const runSnippet = (args) =>
    spawnSync(process.execPath, [snippetCommand, ...args], { cwd: consumer, encoding: 'utf8' });
  const printed = runSnippet(['--gemeinde', 'duelmen', '--privacy-url', '/datenschutz']);
  const ready = join(installed, 'dist', 'snippets', 'duelmen.de.html');
  if (printed.status !== 0) problem(`kreis-wetter-snippet --gemeinde duelmen failed: ${printed.stderr.trim()}`);
  else if (
    !printed.stdout.startsWith(
      '<kreis-wetter gemeinde="duelmen" privacy-url="/datenschutz"><template shadowrootmode="open">',
    )
  )
    problem('kreis-wetter-snippet --gemeinde duelmen prints no <kreis-wetter> with a declarative shadow root');
  else if (!existsSync(ready) || readFileSync(ready, 'utf8') !== printed.stdout)
    problem('dist/snippets/duelmen.de.html is not what kreis-wetter-snippet prints for the same attributes');
  const refused = runSnippet(['--days', '9']);
  if (refused.status !== 1 || !refused.stderr.includes('days="9"'))
    problem('kreis-wetter-snippet --days 9 is not refused by name (exit 1, naming days="9")');

  // --- result -------------------------------------------------------------------------------
  if (problems.size) {
    console.error(`check-package: ${problems.size} problem(s) with the package as npm would publish it:`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exitCode = 1;
  } else {
    const kB = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} kB`;
    const types = [...files].filter(([p]) => p.startsWith('dist/types/'));
    console.log(
      `check-package: ${packed.filename}, ${files.size} files, ${kB(packed.size)} packed, ${kB(packed.unpackedSize)} unpacked`,
    );
    for (const [path, size] of files)
      if (!path.startsWith('dist/types/')) console.log(`  ${kB(size).padStart(9)}  ${path}`);
    console.log(
      `  ${kB(types.reduce((sum, [, size]) => sum + size, 0)).padStart(9)}  dist/types/ (${types.length} declaration files)`,
    );
    console.log(
      'check-package: OK: entries, chunks, source maps, types, custom-elements.json and notices are in; no tests, demo, sources or tooling; ' +
        `the manifest matches README.md; a consumer type-checks (bundler, nodenext, React 19, Vue 3).`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
