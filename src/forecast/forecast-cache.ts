import './zod-config.js';
import * as z from 'zod/mini';
import { FORECASTS_KEY, widgetStore } from '../storage/safe-store.js';
import type { Forecast } from './model.js';
import { isoDate } from './open-meteo-schema.js';

/**
 * The last good forecast per place, in memory and in one IndexedDB record (so withdrawing consent
 * deletes them all with one key, even on a page that never loaded this chunk). It spares a request for 30 minutes
 * and stands in, with its age, when a request fails. Stored data is read back through a schema
 * like any other input: a record from an older version or a tampered one is ignored.
 */

const CACHE_FORMAT = 2;

const finite = z.number();
const forecastSchema = z.object({
  current: z.nullable(
    z.object({
      time: z.string(),
      temperature: finite,
      apparentTemperature: z.nullable(finite),
      weatherCode: z.number().check(z.int()),
      isDay: z.boolean(),
      windSpeed: z.nullable(finite),
    }),
  ),
  days: z
    .array(
      z.object({
        date: isoDate,
        weatherCode: z.number().check(z.int()),
        temperatureMax: finite,
        temperatureMin: finite,
        precipitationProbability: finite,
      }),
    )
    .check(z.minLength(1), z.maxLength(16)),
});

const entrySchema = z.object({
  fetchedAt: z.number().check(z.positive()),
  forecast: forecastSchema,
});
const recordSchema = z.object({
  format: z.literal(CACHE_FORMAT),
  places: z.object({}),
});

export interface CacheEntry {
  readonly fetchedAt: number;
  readonly forecast: Forecast;
}

// A visitor looks at a handful of places; more than this many kept forecasts are old ones.
const MAX_PLACES = 20;

const memory = new Map<string, CacheEntry>();
let readFromStorage: Promise<void> | undefined;

/** Adds what earlier visits kept (once per page view); a copy already in memory is newer. */
function loadKept(): Promise<void> {
  return (readFromStorage ??= widgetStore()
    .get(FORECASTS_KEY)
    .then((stored) => {
      const record = recordSchema.safeParse(stored);
      if (!record.success) return;
      // Parsed without unknown keys stripped: each kept place is checked on its own below.
      for (const [key, value] of Object.entries((stored as { places: object }).places)) {
        const entry = entrySchema.safeParse(value);
        if (entry.success && !memory.has(key)) memory.set(key, entry.data);
      }
    }));
}

export async function readCache(key: string): Promise<CacheEntry | undefined> {
  if (!memory.has(key)) await loadKept();
  return memory.get(key);
}

/** Keeps `entry` in memory at once and in IndexedDB as soon as storage gets to it. */
export function writeCache(key: string, entry: CacheEntry): Promise<void> {
  memory.set(key, entry);
  const newest = [...memory].sort(([, a], [, b]) => b.fetchedAt - a.fetchedAt).slice(0, MAX_PLACES);
  return widgetStore().set(FORECASTS_KEY, { format: CACHE_FORMAT, places: Object.fromEntries(newest) });
}

/** Forgets every kept forecast (consent withdrawn: the places asked for are nobody's business). */
export async function clearCache(): Promise<void> {
  memory.clear();
  readFromStorage = Promise.resolve(); // nothing to add from storage any more
  await widgetStore().delete(FORECASTS_KEY);
}
