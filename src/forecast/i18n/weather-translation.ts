/** Strings of the forecast view; loaded with the forecast chunk, after consent (English as a chunk of its own). */
export interface WeatherTranslation {
  forecastHeading: (place: string) => string;
  locationLabel: string;
  /** The select's option for the site's own coordinates. */
  customLocation: string;
  /** A place given by coordinates, e.g. "51,93° N, 7,35° O". */
  coordinates: (latitude: string, longitude: string) => string;
  /** Spoken by the live region while the forecast is on its way, and once it is there. */
  loading: string;
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
  /** When the forecast shown was fetched; `time` names the date unless it is today. */
  fetchedAt: (time: string) => string;
  staleSince: (time: string) => string;
  shortened: (days: number) => string;
  attributionBefore: string;
  attributionAfter: string;
  unknownWeather: string;
  /** WMO weather interpretation codes as Open-Meteo uses them. */
  codes: Readonly<Record<number, string>>;
}
