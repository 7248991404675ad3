import type { Lang } from './translation.js';

/** Strings of the forecast view; loaded with the forecast chunk, after consent. */
export interface WeatherTranslation {
  forecastHeading: (place: string) => string;
  locationLabel: string;
  /** The select's option for the site's own coordinates. */
  customLocation: string;
  /** A place given by coordinates, e.g. "51,93° N, 7,35° O". */
  coordinates: (latitude: string, longitude: string) => string;
  loaded: (place: string) => string;
  errors: {
    timeout: string;
    server: string;
    rateLimited: (seconds: number | undefined) => string;
    invalid: string;
  };
  now: string;
  feelsLike: string;
  wind: string;
  daysLabel: string;
  max: string;
  min: string;
  rainChance: string;
  /** Spoken unit of a temperature, shown as `°`. */
  degrees: string;
  kilometresPerHour: { visual: string; spoken: string };
  percent: { visual: string; spoken: string };
  fetchedAt: (time: string) => string;
  staleSince: (time: string) => string;
  shortened: (days: number) => string;
  attributionBefore: string;
  attributionAfter: string;
  unknownWeather: string;
  /** WMO weather interpretation codes as Open-Meteo uses them. */
  codes: Readonly<Record<number, string>>;
}

const de: WeatherTranslation = {
  forecastHeading: (place) => `Wetter für ${place}`,
  locationLabel: 'Ort',
  customLocation: 'Standort dieser Seite',
  coordinates: (lat, lon) => `${lat}° N, ${lon}° O`,
  loaded: (place) => `Die Wettervorhersage für ${place} ist geladen.`,
  errors: {
    timeout: 'Der Wetterdienst antwortet nicht.',
    server: 'Der Wetterdienst hat gerade eine Störung.',
    rateLimited: (seconds) =>
      seconds === undefined
        ? 'Der Wetterdienst ist gerade ausgelastet.'
        : `Der Wetterdienst ist gerade ausgelastet. Neuer Versuch in ${seconds === 1 ? 'einer Sekunde' : `${seconds} Sekunden`}.`,
    invalid: 'Die Wetterdaten waren unvollständig und werden nicht angezeigt.',
  },
  now: 'Jetzt',
  feelsLike: 'gefühlt',
  wind: 'Wind',
  daysLabel: 'Vorhersage nach Tagen',
  max: 'höchstens',
  min: 'tiefstens',
  rainChance: 'Regenwahrscheinlichkeit',
  degrees: 'Grad',
  kilometresPerHour: { visual: 'km/h', spoken: 'Kilometer pro Stunde' },
  percent: { visual: '%', spoken: 'Prozent' },
  fetchedAt: (time) => `Abgerufen ${time}`,
  staleSince: (time) => `Stand: ${time}. Eine neuere Vorhersage konnte nicht geladen werden.`,
  shortened: (days) =>
    days === 1 ? 'Der Wetterdienst liefert derzeit nur für einen Tag eine Vorhersage.' : `Der Wetterdienst liefert derzeit nur für ${days} Tage eine Vorhersage.`,
  attributionBefore: 'Wetterdaten:',
  attributionAfter: '(CC BY 4.0), Wettermodell ICON des Deutschen Wetterdienstes',
  unknownWeather: 'Wetterlage unbekannt',
  codes: {
    0: 'Klarer Himmel',
    1: 'Überwiegend klar',
    2: 'Teilweise bewölkt',
    3: 'Bedeckt',
    45: 'Nebel',
    48: 'Nebel mit Reifansatz',
    51: 'Leichter Nieselregen',
    53: 'Mäßiger Nieselregen',
    55: 'Starker Nieselregen',
    56: 'Leichter gefrierender Nieselregen',
    57: 'Starker gefrierender Nieselregen',
    61: 'Leichter Regen',
    63: 'Mäßiger Regen',
    65: 'Starker Regen',
    66: 'Leichter gefrierender Regen',
    67: 'Starker gefrierender Regen',
    71: 'Leichter Schneefall',
    73: 'Mäßiger Schneefall',
    75: 'Starker Schneefall',
    77: 'Schneegriesel',
    80: 'Leichte Regenschauer',
    81: 'Mäßige Regenschauer',
    82: 'Heftige Regenschauer',
    85: 'Leichte Schneeschauer',
    86: 'Starke Schneeschauer',
    95: 'Gewitter',
    96: 'Gewitter mit leichtem Hagel',
    99: 'Gewitter mit starkem Hagel',
  },
};

const en: WeatherTranslation = {
  forecastHeading: (place) => `Weather for ${place}`,
  locationLabel: 'Place',
  customLocation: "This site's location",
  coordinates: (lat, lon) => `${lat}° N, ${lon}° E`,
  loaded: (place) => `The weather forecast for ${place} has loaded.`,
  errors: {
    timeout: 'The weather service is not responding.',
    server: 'The weather service has a problem right now.',
    rateLimited: (seconds) =>
      seconds === undefined
        ? 'The weather service is busy right now.'
        : `The weather service is busy right now. Trying again in ${seconds === 1 ? 'a second' : `${seconds} seconds`}.`,
    invalid: 'The weather data was incomplete and is not shown.',
  },
  now: 'Now',
  feelsLike: 'feels like',
  wind: 'Wind',
  daysLabel: 'Forecast by day',
  max: 'high',
  min: 'low',
  rainChance: 'chance of rain',
  degrees: 'degrees',
  kilometresPerHour: { visual: 'km/h', spoken: 'kilometres per hour' },
  percent: { visual: '%', spoken: 'percent' },
  fetchedAt: (time) => `Fetched ${time}`,
  staleSince: (time) => `As of ${time}. A newer forecast could not be loaded.`,
  shortened: (days) =>
    days === 1 ? 'The weather service currently has a forecast for one day only.' : `The weather service currently has a forecast for ${days} days only.`,
  attributionBefore: 'Weather data:',
  attributionAfter: "(CC BY 4.0), ICON weather model of Germany's national meteorological service (DWD)",
  unknownWeather: 'Weather unknown',
  codes: {
    0: 'Clear sky',
    1: 'Mainly clear',
    2: 'Partly cloudy',
    3: 'Overcast',
    45: 'Fog',
    48: 'Depositing rime fog',
    51: 'Light drizzle',
    53: 'Moderate drizzle',
    55: 'Dense drizzle',
    56: 'Light freezing drizzle',
    57: 'Dense freezing drizzle',
    61: 'Slight rain',
    63: 'Moderate rain',
    65: 'Heavy rain',
    66: 'Light freezing rain',
    67: 'Heavy freezing rain',
    71: 'Slight snowfall',
    73: 'Moderate snowfall',
    75: 'Heavy snowfall',
    77: 'Snow grains',
    80: 'Slight rain showers',
    81: 'Moderate rain showers',
    82: 'Violent rain showers',
    85: 'Slight snow showers',
    86: 'Heavy snow showers',
    95: 'Thunderstorm',
    96: 'Thunderstorm with slight hail',
    99: 'Thunderstorm with heavy hail',
  },
};

export const weatherTranslations: Record<Lang, WeatherTranslation> = { de, en };
