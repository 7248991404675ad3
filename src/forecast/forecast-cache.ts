import './zod-config.js';
import * as z from 'zod/mini';
import { FORECAST_KEY_PREFIX, widgetStore } from '../storage/safe-store.js';
import type { Forecast } from './model.js';

/**
 * The last good forecast per place, in memory and IndexedDB. It spares a request for 30 minutes
 * and stands in, with its age, when a request fails. Stored data is read back through a schema
 * like any other input: a record from an older version or a tampered one is ignored.
 */

const CACHE_FORMAT = 1;

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
        date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
        weatherCode: z.number().check(z.int()),
        temperatureMax: finite,
        temperatureMin: finite,
        precipitationProbability: finite,
        precipitationSum: z.nullable(finite),
      }),
    )
    .check(z.minLength(1), z.maxLength(16)),
});

const entrySchema = z.object({
  format: z.literal(CACHE_FORMAT),
  fetchedAt: z.number().check(z.positive()),
  forecast: forecastSchema,
});

export interface CacheEntry {
  readonly fetchedAt: number;
  readonly forecast: Forecast;
}

const memory = new Map<string, CacheEntry>();

export async function readCache(key: string): Promise<CacheEntry | undefined> {
  if (memory.has(key)) return memory.get(key);
  const stored = await widgetStore().get(FORECAST_KEY_PREFIX + key);
  // A request may have finished while storage was read; its copy is the newer one.
  if (memory.has(key)) return memory.get(key);
  const parsed = entrySchema.safeParse(stored);
  if (!parsed.success) return undefined;
  memory.set(key, parsed.data);
  return parsed.data;
}

/** Keeps `entry` in memory at once and in IndexedDB as soon as storage gets to it. */
export function writeCache(key: string, entry: CacheEntry): Promise<void> {
  memory.set(key, entry);
  return widgetStore()
    .set(FORECAST_KEY_PREFIX + key, { format: CACHE_FORMAT, ...entry })
    .then(() => undefined);
}

/** Forgets every kept forecast (consent withdrawn: the places asked for are nobody's business). */
export async function clearCache(): Promise<void> {
  memory.clear();
  await widgetStore().deletePrefixed(FORECAST_KEY_PREFIX);
}
