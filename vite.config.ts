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
 * entry chunk, where every byte is paid before consent. Only whitespace next to braces and
 * semicolons goes, so selectors and quoted strings keep their meaning.
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
          .replace(/\s*([{};])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      // Only the CSS text of style modules changes; a source map of that is not worth having.
      return { code: minified, map: null };
    },
  };
}

export default defineConfig({
  plugins: [serveMockServiceWorker(), minifyCssLiterals()],
  server: { open: '/demo/' },
  build: {
    target: BUILD_TARGETS,
    copyPublicDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: {
        'kreis-wetter': 'src/kreis-wetter.ts',
        element: 'src/kreis-wetter-element.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      output: {
        // Stable names for the entry points; content hashes for the chunks a CDN may cache forever.
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        // Lib mode keeps whitespace in ES output for tree-shaking; this bundle goes straight to
        // browsers (CDN, plain <script type="module">), so every byte before consent counts.
        minify: true,
        // Pure annotations help a bundler tree-shake; this output is already final.
        comments: { annotation: false },
      },
    },
  },
});
