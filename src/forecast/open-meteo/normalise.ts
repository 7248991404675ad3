import type { CurrentConditions, Forecast, ForecastDay } from '../model.js';
import type { OpenMeteoResponse } from './schema.js';

// Bounds a real forecast for Germany can never leave.
const TEMPERATURE = [-80, 60] as const;
const PERCENT = [0, 100] as const;
const WIND = [0, 500] as const;
const within = (n: number, [min, max]: readonly [number, number]) => Number.isFinite(n) && n >= min && n <= max;
const isWeatherCode = (n: number) => within(n, [0, 99]) && Number.isInteger(n);

/** A value that no real forecast can have: the answer is broken, not just short. */
export class ImplausibleValue extends Error {}

function check(n: number, plausible: boolean, what: string): number {
  if (!plausible) throw new ImplausibleValue(`${what} = ${n}`);
  return n;
}

/**
 * Turns a validated provider answer into the widget's model. Days end at the first one the model
 * left incomplete (Open-Meteo sends `null` past its horizon); a number outside physical bounds is
 * no forecast at all and throws ImplausibleValue.
 */
export function normalise(response: OpenMeteoResponse): Forecast {
  const { daily } = response;
  const days: ForecastDay[] = [];
  for (let i = 0; i < daily.time.length; i++) {
    const values = [
      daily.weather_code[i],
      daily.temperature_2m_max[i],
      daily.temperature_2m_min[i],
      daily.precipitation_probability_max[i],
    ];
    if (values.some((n) => n === null || n === undefined)) break;
    const [code, max, min, rain] = values as [number, number, number, number];
    days.push({
      date: daily.time[i]!,
      weatherCode: check(code, isWeatherCode(code), `daily.weather_code[${i}]`),
      temperatureMax: check(max, within(max, TEMPERATURE), `daily.temperature_2m_max[${i}]`),
      temperatureMin: check(min, within(min, TEMPERATURE) && min <= max, `daily.temperature_2m_min[${i}]`),
      precipitationProbability: check(rain, within(rain, PERCENT), `daily.precipitation_probability_max[${i}]`),
    });
  }
  return { current: normaliseCurrent(response.current), days };
}

/** Current conditions, or null when the provider sent none or left the essentials out. */
function normaliseCurrent(current: OpenMeteoResponse['current']): CurrentConditions | null {
  if (!current) return null;
  if (current.temperature_2m === null || current.weather_code === null) return null;
  const optional = (n: number | null | undefined, bounds: readonly [number, number], what: string) =>
    n === null || n === undefined ? null : check(n, within(n, bounds), what);
  return {
    time: current.time,
    temperature: check(current.temperature_2m, within(current.temperature_2m, TEMPERATURE), 'current.temperature_2m'),
    apparentTemperature: optional(current.apparent_temperature, TEMPERATURE, 'current.apparent_temperature'),
    weatherCode: check(current.weather_code, isWeatherCode(current.weather_code), 'current.weather_code'),
    isDay: current.is_day !== 0,
    windSpeed: optional(current.wind_speed_10m, WIND, 'current.wind_speed_10m'),
  };
}
