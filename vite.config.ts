import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * Minimum engine versions of the bundle: the styles use `light-dark()` (Chrome 123, Firefox 120,
 * Safari 17.5), the code ES2022, constructable stylesheets, container queries and
 * BroadcastChannel, all older. CI tests the current Chromium, Firefox ESR and WebKitGTK
 * (README "Browser support").
 */
export const BUILD_TARGETS = ['es2022', 'chrome123', 'edge123', 'firefox120', 'safari17.5'];

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
 * Collapses whitespace and comments inside Lit's css`…` literals: the style sheet ships in the
 * entry chunk, where every byte is paid before consent. Only whitespace next to braces,
 * semicolons, commas, declaration colons, `*` and `/` goes (our styles have none of these inside
 * quoted strings), and leading zeros of decimals.
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'kreis-wetter:minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      const minified = code.replace(/css`([^`]*)`/g, (_, body: string) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          // "prop: value" right after { or ; is a declaration (selectors follow } or start the text).
          .replace(/([{;])([-\w]+):\s+/g, '$1$2:')
          .replace(/(^|[^\d.])0\.(\d)/g, '$1.$2')
          .replace(/ ([*/]) /g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      // Only the CSS text of style modules changes; a source map of that is not worth having.
      return { code: minified, map: null };
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
/**
 * Writes the forecast chunk's file name into the loader (`__FORECAST_CHUNK__` in
 * src/forecast-loader.ts), so a retry after a failed download can ask for it under a new URL.
 */
function nameForecastChunk(): Plugin {
  return {
    name: 'kreis-wetter:name-forecast-chunk',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.code.includes('__FORECAST_CHUNK__')) continue;
        const chunk = /import\((["'`])(\.\/[\w-]*forecast-[\w-]+\.js)\1\)/.exec(file.code)?.[2];
        if (!chunk) this.error('the forecast chunk is not imported where __FORECAST_CHUNK__ is');
        file.code = file.code.replace('__FORECAST_CHUNK__', chunk);
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const element = mode === 'element';
  return {
    plugins: [serveMockServiceWorker(), minifyCssLiterals(), nameForecastChunk()],
    server: { open: '/demo/' },
    build: {
      target: BUILD_TARGETS,
      copyPublicDir: false,
      emptyOutDir: !element,
      minify: true,
      sourcemap: true,
      lib: {
        entry: element ? { element: 'src/kreis-wetter-element.ts' } : ({ 'kreis-wetter': 'src/kreis-wetter.ts' } as Record<string, string>),
        formats: ['es'],
      },
      rollupOptions: {
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
