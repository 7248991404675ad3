/**
 * The forecast chunk. Reached only through `import()` after the visitor consented: the
 * provider's address, its schemas and this code are not part of what a page loads before.
 */
export { ForecastPanel } from './forecast-panel.js';
export { clearCache } from './forecast-cache.js';
