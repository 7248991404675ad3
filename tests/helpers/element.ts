/**
 * The widget under test: the built bundle, as sites load it. Its forecast chunk is one file too,
 * so the first consent in a test file does not wait for the dev server to serve and transform the
 * ~150 source modules (zod's among them) that the chunk is made of; under load that took seconds
 * in each engine and made "the forecast never appeared" failures. `npm test` builds first.
 *
 * The visit happens on the sample answer's day (sample-day.ts), so kept forecasts are today's.
 */
import '../../dist/kreis-wetter.js';
import { liveOnSampleDay } from './sample-day.js';

liveOnSampleDay();
