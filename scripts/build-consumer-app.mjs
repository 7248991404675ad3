#!/usr/bin/env node
// @ts-check
/**
 * Builds a small site the way a site's developer would: a Vite app that installs the packed
 * package (`npm pack` of the current build) and imports `kreis-wetter`. Its bundler renames and
 * moves the widget's lazy chunks, which is what tests/bundled-app.test.ts needs to show that a
 * retry after a failed download of the forecast code works wherever the widget is bundled.
 *
 *   node scripts/build-consumer-app.mjs     (after `npm run build`; writes test-results/consumer-app/)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { repoRoot } from './lib/paths.mjs';

const out = join(repoRoot, 'test-results', 'consumer-app');
const work = mkdtempSync(join(tmpdir(), 'kreis-wetter-app-'));
try {
  // The package as npm would install it, from this build (prepack would build again).
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: repoRoot,
      encoding: 'utf8',
    }),
  )[0];
  const installed = join(work, 'node_modules', 'kreis-wetter');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1']);
  // Its peer (lit, for the types only; the bundle carries its own copy) as npm would hoist it.
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit', '@lit-labs']) {
    const source = join(repoRoot, 'node_modules', name);
    if (existsSync(source)) symlinkSync(source, join(work, 'node_modules', name), 'dir');
  }
  writeFileSync(
    join(work, 'index.html'),
    `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <title>A site that bundles kreis-wetter</title>
    <script type="module" src="./main.js"></script>
  </head>
  <body>
    <kreis-wetter gemeinde="coesfeld" privacy-url="/datenschutz"></kreis-wetter>
  </body>
</html>
`,
  );
  writeFileSync(join(work, 'main.js'), `import 'kreis-wetter';\ndocument.documentElement.dataset.ready = '';\n`);
  rmSync(out, { recursive: true, force: true });
  await build({ root: work, base: './', logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  console.log(`build-consumer-app: ${out} (from ${packed.filename})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
