import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import forecastSample from '../fixtures/open-meteo-forecast-coesfeld.json';

/**
 * Open-Meteo as the tests and the demo's sample mode see it: recorded-shape sample answers,
 * served by msw so that nothing leaves the machine.
 */

export const FORECAST_URL = 'https://api.open-meteo.com/v1/forecast';

/** A fresh deep copy of the sample answer (7 days, current conditions, Coesfeld). */
export function sampleForecast(): typeof forecastSample {
  return structuredClone(forecastSample);
}

/** Answers every forecast request with the sample, echoing the requested coordinates. */
export const sampleResolver: HttpResponseResolver = ({ request }) => {
  const url = new URL(request.url);
  const body = sampleForecast();
  body.latitude = Number(url.searchParams.get('latitude'));
  body.longitude = Number(url.searchParams.get('longitude'));
  return HttpResponse.json(body);
};

/** The sample with its days moved to start today, for the demo: it looks current but says it is sample data. */
export const datedFromTodayResolver: HttpResponseResolver = ({ request }) => {
  const url = new URL(request.url);
  const body = sampleForecast();
  const shift = Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse(body.daily.time[0]!);
  const move = (time: string) =>
    new Date(Date.parse(`${time.slice(0, 10)}T00:00:00Z`) + shift).toISOString().slice(0, 10) + time.slice(10);
  body.daily.time = body.daily.time.map(move);
  body.current.time = move(body.current.time);
  body.latitude = Number(url.searchParams.get('latitude'));
  body.longitude = Number(url.searchParams.get('longitude'));
  return HttpResponse.json(body);
};

/** The demo's sample mode. */
export const demoHandlers = [http.get(FORECAST_URL, datedFromTodayResolver)];
