/**
 * The forecast chunk. Reached only through `import()` after the visitor consented: the
 * provider's address, its schemas and this code are not part of what a page loads before.
 */
import { write } from '../decision/store-writes.js';
import type { ForecastModule } from '../shell/forecast-contract.js';
import { provideWriter } from '../shell/storage/safe-store.js';
import { ForecastRegionController } from './forecast-region.js';

// The writing code comes along: a withdrawal later in this visit is stored at once, without a
// download first (kept forecasts are written with it anyway).
provideWriter(write);

export { forgetForecasts, keepForecasts } from './kept-forecasts.js';

export const createForecastRegion: ForecastModule['createForecastRegion'] = (host, visitorActed) =>
  new ForecastRegionController(host, visitorActed);
