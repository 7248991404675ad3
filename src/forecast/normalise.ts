import type { CurrentConditions, Forecast, ForecastDay } from './model.js';
import type { OpenMeteoResponse } from './open-meteo-schema.js';

// Bounds a real forecast for Germany can never leave; a value outside them is a broken answer.
const TEMPERATURE = [-80, 60] as const;
const within = (n: number | null | undefined, [min, max]: readonly [number, number]): n is number =>
  typeof n === 'number' && n >= min && n <= max;
const isWeatherCode = (n: number | null | undefined): n is number => within(n, [0, 99]) && Number.isInteger(n);

/**
 * Turns a validated provider answer into the widget's model. Days end at the first one the model
 * could not complete (Open-Meteo sends `null` past the model's horizon).
 */
export function normalise(response: OpenMeteoResponse): Forecast {
  const { daily } = response;
  const days: ForecastDay[] = [];
  for (let i = 0; i < daily.time.length; i++) {
    const weatherCode = daily.weather_code[i];
    const temperatureMax = daily.temperature_2m_max[i];
    const temperatureMin = daily.temperature_2m_min[i];
    const precipitationProbability = daily.precipitation_probability_max[i];
    if (
      !isWeatherCode(weatherCode) ||
      !within(temperatureMax, TEMPERATURE) ||
      !within(temperatureMin, TEMPERATURE) ||
      !within(precipitationProbability, [0, 100])
    ) {
      break;
    }
    days.push({
      date: daily.time[i]!,
      weatherCode,
      temperatureMax,
      temperatureMin,
      precipitationProbability,
    });
  }
  return { current: normaliseCurrent(response.current), days };
}

function normaliseCurrent(current: OpenMeteoResponse['current']): CurrentConditions | null {
  if (!current || !within(current.temperature_2m, TEMPERATURE) || !isWeatherCode(current.weather_code)) return null;
  return {
    time: current.time,
    temperature: current.temperature_2m,
    apparentTemperature: within(current.apparent_temperature, TEMPERATURE) ? current.apparent_temperature : null,
    weatherCode: current.weather_code,
    isDay: current.is_day !== 0,
    windSpeed: within(current.wind_speed_10m, [0, 500]) ? current.wind_speed_10m : null,
  };
}
