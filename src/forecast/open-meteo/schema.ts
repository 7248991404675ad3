import '../zod-config.js';
import * as z from 'zod/mini';

/**
 * The parts of Open-Meteo's `/v1/forecast` answer the widget reads, checked for meaning as well
 * as shape: real calendar dates and times in the time zone asked for, days in order without gaps,
 * units pinned (a changed default can never show Fahrenheit as Celsius). Unknown keys are ignored.
 */

/** The time zone every request asks for; an answer in another one is not what was asked. */
export const TIME_ZONE = 'Europe/Berlin';

const DAY_MS = 86_400_000;

/** Milliseconds of a `YYYY-MM-DD` date at 00:00 UTC, or NaN unless it is a real calendar date. */
function calendarDay(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return NaN;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const date = new Date(ms);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? ms : NaN;
}

export const isoDate = z.string().check(z.refine((text) => !Number.isNaN(calendarDay(text)), 'not a calendar date'));
const isoMinute = z.string().check(
  z.refine((text) => {
    const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
    return match !== null && !Number.isNaN(calendarDay(match[1]!));
  }, 'not a local date and time'),
);

const value = z.nullable(z.number());
const series = z.array(value);

const currentSchema = z.object({
  time: isoMinute,
  temperature_2m: value,
  apparent_temperature: z.optional(value),
  weather_code: value,
  is_day: z.optional(value),
  wind_speed_10m: z.optional(value),
});

const dailySchema = z
  .object({
    time: z.array(isoDate).check(z.minLength(1), z.maxLength(16)),
    weather_code: series,
    temperature_2m_max: series,
    temperature_2m_min: series,
    precipitation_probability_max: series,
  })
  .check(
    z.refine(
      (d) =>
        [d.weather_code, d.temperature_2m_max, d.temperature_2m_min, d.precipitation_probability_max].every(
          (s) => s.length === d.time.length,
        ),
      'daily series differ in length',
    ),
    z.refine(
      (d) => d.time.every((day, i) => i === 0 || calendarDay(day) - calendarDay(d.time[i - 1]!) === DAY_MS),
      'days are not consecutive',
    ),
  );

export const openMeteoResponseSchema = z.object({
  latitude: z.number(),
  longitude: z.number(),
  timezone: z.literal(TIME_ZONE),
  // Central European Time or Summer Time: anything else is not Berlin.
  utc_offset_seconds: z.union([z.literal(3600), z.literal(7200)]),
  current_units: z.optional(
    z.object({
      temperature_2m: z.literal('°C'),
      apparent_temperature: z.optional(z.literal('°C')),
      wind_speed_10m: z.optional(z.literal('km/h')),
    }),
  ),
  current: z.optional(currentSchema),
  daily_units: z.object({
    temperature_2m_max: z.literal('°C'),
    temperature_2m_min: z.literal('°C'),
    precipitation_probability_max: z.literal('%'),
  }),
  daily: dailySchema,
});

export type OpenMeteoResponse = z.infer<typeof openMeteoResponseSchema>;
