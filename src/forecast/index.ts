/**
 * The forecast chunk. Reached only through `import()` after the visitor consented: the
 * providers' addresses, their schemas and this code are not part of what a page loads before.
 */
import { write } from '../decision/store-writes.js';
import type { ForecastModule } from '../shell/forecast-contract.js';
import { provideWriter } from '../shell/storage/safe-store.js';
import { ForecastRegionController } from './forecast-region.js';
import { forgetForecasts as forgetKept } from './kept-forecasts.js';
import { forgetWarnings } from './warnings/warnings-request.js';

// The writing code comes along: a withdrawal later in this visit is stored at once, without a
// download first (kept forecasts are written with it anyway).
provideWriter(write);

export { keepForecasts } from './kept-forecasts.js';

/** Consent gone: the kept forecasts are deleted, and the warnings of this page view dropped. */
export const forgetForecasts: ForecastModule['forgetForecasts'] = () => {
  forgetWarnings();
  return forgetKept();
};

export const createForecastRegion: ForecastModule['createForecastRegion'] = (host, visitorActed) =>
  new ForecastRegionController(host, visitorActed);
