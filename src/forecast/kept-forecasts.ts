import './zod-config.js';
import * as z from 'zod/mini';
import { FORECASTS_KEY, readStored, writeStored } from '../shell/storage/safe-store.js';
import type { Forecast } from './model.js';
import { isoDate, TIME_ZONE } from './open-meteo/schema.js';

/**
 * The last good forecast per place, in memory and in one IndexedDB record (so withdrawing consent
 * deletes them all with one key, even on a page that never loaded this chunk). It spares a request
 * for 30 minutes and stands in, with its date, when a request fails — for at most a day, and only
 * with the days that are not over. Stored data is read back through a schema like any other
 * input: a record from an older version or a tampered one is ignored.
 *
 * After a withdrawal nothing comes back: a read that started before it is discarded, and an answer
 * still on its way is not kept (every change of consent starts a new generation).
 */

const CACHE_FORMAT = 3;
/** A visitor looks at a handful of places; more than this many kept forecasts are old ones. */
const MAX_PLACES = 20;
/** How long a kept forecast may stand in for a failed request; older ones are deleted. */
const MAX_AGE_MS = 24 * 3_600_000;

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

export interface KeptForecast {
  /** When it was fetched from the provider (ms since epoch). */
  readonly fetchedAt: number;
  readonly forecast: Forecast;
}

const BERLIN_DATE = new Intl.DateTimeFormat('en', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date where the forecast's days are dated, `YYYY-MM-DD` (from the parts: engines' patterns differ). */
export function today(now = Date.now()): string {
  const part = (type: string) => BERLIN_DATE.formatToParts(now).find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `kept` as it may still be shown at `now`: without the days that are over; undefined past its useful life. */
function usable(kept: KeptForecast, now = Date.now()): KeptForecast | undefined {
  const from = today(now);
  const days = kept.forecast.days.filter((day) => day.date >= from);
  if (days.length === 0 || now - kept.fetchedAt > MAX_AGE_MS || kept.fetchedAt > now + 60_000) return undefined;
  return days.length === kept.forecast.days.length ? kept : { ...kept, forecast: { ...kept.forecast, days } };
}

const memory = new Map<string, KeptForecast>();
let generation = 0;
let keeping = true;
let readFromStorage: Promise<void> | undefined;

/** The current generation: a write or read from an earlier one is dropped. */
export function currentGeneration(): number {
  return generation;
}

/** Adds what earlier visits kept (once per generation); a copy already in memory is newer. */
function loadKept(): Promise<void> {
  const started = generation;
  return (readFromStorage ??= readStored(FORECASTS_KEY).then((stored) => {
    if (started !== generation || !recordSchema.safeParse(stored).success) return;
    let outlived = false;
    // Parsed without unknown keys stripped: each kept place is checked on its own.
    for (const [key, value] of Object.entries((stored as { places: object }).places)) {
      const entry = entrySchema.safeParse(value);
      const kept = entry.success ? usable(entry.data) : undefined;
      if (kept && !memory.has(key)) memory.set(key, kept);
      outlived ||= !kept;
    }
    if (outlived) void persist(); // past their useful life: deleted, not only ignored
  }));
}

export async function readKept(key: string): Promise<KeptForecast | undefined> {
  if (!memory.has(key)) await loadKept();
  const kept = memory.get(key);
  const shown = kept && usable(kept);
  if (kept && !shown) memory.delete(key);
  return shown;
}

/**
 * Keeps `entry` in memory at once and, where the decision itself is kept (`onDevice`), in
 * IndexedDB as soon as storage gets to it; nothing if consent changed since `asOf`.
 */
export function keep(key: string, entry: KeptForecast, asOf: number, onDevice: boolean): void {
  if (!keeping || asOf !== generation) return;
  memory.set(key, entry);
  if (onDevice) void persist();
}

function persist(): Promise<boolean> {
  const newest = [...memory]
    .filter(([, kept]) => usable(kept))
    .sort(([, a], [, b]) => b.fetchedAt - a.fetchedAt)
    .slice(0, MAX_PLACES);
  return writeStored(
    FORECASTS_KEY,
    newest.length === 0 ? undefined : { format: CACHE_FORMAT, places: Object.fromEntries(newest) },
  );
}

/** Consent given: forecasts may be kept again. */
export function keepForecasts(): void {
  if (keeping) return;
  keeping = true;
  generation++;
}

/** Consent gone: every kept forecast is forgotten, in memory at once and in storage as soon as it can be. */
export async function forgetForecasts(): Promise<void> {
  keeping = false;
  generation++;
  memory.clear();
  readFromStorage = Promise.resolve(); // nothing to add from storage any more
  await writeStored(FORECASTS_KEY);
}
