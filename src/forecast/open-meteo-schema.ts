import './zod-config.js';
import * as z from 'zod/mini';

/**
 * The parts of Open-Meteo's `/v1/forecast` answer the widget reads. Unknown keys are ignored;
 * units are pinned, so a changed default can never show Fahrenheit as Celsius.
 */

const value = z.nullable(z.number());
const series = z.array(value);
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const currentSchema = z.object({
  time: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)),
  temperature_2m: value,
  apparent_temperature: z.optional(value),
  weather_code: value,
  is_day: z.optional(value),
  wind_speed_10m: z.optional(value),
});

export const dailySchema = z
  .object({
    time: z.array(isoDate).check(z.maxLength(16)),
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
  );

export const openMeteoResponseSchema = z.object({
  latitude: z.number(),
  longitude: z.number(),
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
