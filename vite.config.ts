import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import type * as SnippetModule from './src/snippet/index.js';

/**
 * Minimum engine versions of the bundle: the styles use `light-dark()` (Chrome 123, Firefox 120,
 * Safari 17.5), the code ES2022, constructable stylesheets, container queries and
 * BroadcastChannel, all older. CI tests the current Chromium, Firefox ESR and WebKitGTK
 * (README "Browser support").
 */
export const BUILD_TARGETS = ['es2022', 'chrome123', 'edge123', 'firefox120', 'safari17.5'];
/** The same engines as lightningcss names them (major << 16 | minor << 8), so it keeps light-dark() as written. */
const CSS_TARGETS = {
  chrome: 123 << 16,
  edge: 123 << 16,
  firefox: 120 << 16,
  safari: (17 << 16) | (5 << 8),
  ios_saf: (17 << 16) | (5 << 8),
};

// msw's service worker, served at the root scope for the demo's sample data; no copy in the repo
// that could drift from the installed msw version.
const mswWorker = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));
function serveMockServiceWorker(): Plugin {
  return {
    name: 'kreis-wetter:msw-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(mswWorker));
      });
    },
  };
}

/**
 * The demo's snippet page asks the dev server for the snippet: /demo/render-snippet?gemeinde=…
 * renders it with dist/snippet.js, built from the sources as `npm run build` builds it (and again
 * after a change), so the page shows what `npx kreis-wetter-snippet` prints; ?csp gives the
 * style-src source it needs.
 */
function renderSnippets(): Plugin {
  let module: Promise<typeof SnippetModule> | undefined;
  const load = (root: string) =>
    (module ??= build({ root, mode: 'snippet', logLevel: 'warn' }).then(
      () =>
        import(`${pathToFileURL(join(root, 'dist', 'snippet.js')).href}?${Date.now()}`) as Promise<
          typeof SnippetModule
        >,
    ));
  return {
    name: 'kreis-wetter:render-snippet',
    configureServer(server) {
      server.watcher.on('change', () => (module = undefined));
      server.middlewares.use('/demo/render-snippet', (req, res, next) => {
        const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
        load(server.config.root)
          .then(({ renderSnippet, SnippetError, snippetStyles }) => {
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            if (query.has('csp')) {
              res.end(`'sha256-${createHash('sha256').update(snippetStyles).digest('base64')}'`);
              return;
            }
            try {
              res.end(`${renderSnippet(Object.fromEntries(query))}\n`);
            } catch (error) {
              if (!(error instanceof SnippetError)) throw error;
              res.statusCode = 422;
              res.end(error.message);
            }
          })
          .catch(next);
      });
    },
  };
}

/**
 * `vite build --mode snippet`: the Node module `dist/snippet.js` (`kreis-wetter/snippet`), which
 * pre-renders the widget with the same templates and the same minified CSS as the bundle. Lit and
 * @lit-labs/ssr stay imports (the package's dependencies).
 */
function snippetBuild(): UserConfig {
  return {
    css: { transformer: 'lightningcss', lightningcss: { targets: CSS_TARGETS } },
    build: {
      ssr: 'src/snippet/index.ts',
      target: 'node20',
      outDir: 'dist',
      emptyOutDir: false,
      cssMinify: 'lightningcss',
      minify: false,
      sourcemap: false,
      // The snippet has every module at hand: the browser bundle's lazy chunks are plain imports here.
      rolldownOptions: { output: { entryFileNames: 'snippet.js' }, checks: { ineffectiveDynamicImport: false } },
    },
  };
}

/**
 * Two builds into dist/, each self-contained (its dependencies bundled, its lazy chunks beside it):
 * - `vite build` writes `kreis-wetter.js`, which registers <kreis-wetter>: everything a page needs
 *   before consent in this one file, the forecast and English strings in chunks it imports later;
 * - `vite build --mode element` adds `element.js`, the class without registration, for sites
 *   that register their own tag, with chunks of its own (`element-*`).
 * One build with both entries would move the shared code into a third file that every page
 * fetches first.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'snippet') return snippetBuild();
  const element = mode === 'element';
  return {
    plugins: [serveMockServiceWorker(), renderSnippets()],
    // The styles are CSS files imported as strings (`?inline`); lightningcss minifies them for the
    // targets below (the entry's styles are paid for before consent).
    css: { transformer: 'lightningcss', lightningcss: { targets: CSS_TARGETS } },
    server: { open: '/demo/' },
    build: {
      target: BUILD_TARGETS,
      cssMinify: 'lightningcss',
      cssTarget: BUILD_TARGETS.slice(1),
      copyPublicDir: false,
      emptyOutDir: !element,
      minify: true,
      sourcemap: true,
      lib: {
        entry: (element
          ? { element: 'src/kreis-wetter-element.ts' }
          : { 'kreis-wetter': 'src/kreis-wetter.ts' }) as Record<string, string>,
        formats: ['es'],
      },
      rolldownOptions: {
        // Lets the entry also export what the lazy chunks share with it (Lit, the i18n), instead of
        // moving that into a third file every page would have to fetch before anything renders.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Stable names for the entry points; content hashes for the chunks a CDN may cache forever.
          entryFileNames: '[name].js',
          chunkFileNames: element ? 'element-[name]-[hash].js' : '[name]-[hash].js',
          // Lib mode keeps whitespace in ES output for tree-shaking; this bundle goes straight to
          // browsers (CDN, plain <script type="module">), so every byte before consent counts.
          minify: true,
          // Pure annotations help a bundler tree-shake; this output is already final.
          comments: { annotation: false },
        },
      },
    },
  };
});
