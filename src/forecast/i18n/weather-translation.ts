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
  /** The official warnings of the DWD (texts of the warnings themselves are the DWD's). */
  warnings: {
    /** The DWD's names of its levels 1–4. */
    names: readonly [string, string, string, string];
    /** A level in words, with its place on the scale. */
    level: (level: number) => string;
    listLabel: string;
    /** No warning in force for the place shown. */
    none: (place: string) => string;
    /** When a warning holds: `until` null means until further notice. */
    period: (from: string, until: string | null) => string;
    /** Before the link to the DWD. */
    source: string;
    unavailable: string;
    /** Link to the DWD's own warnings page (in German). */
    officialPage: string;
    retry: string;
    /** Said aloud when a severe warning comes of the visitor's action. */
    news: (level: string, place: string, headline: string) => string;
  };
  /** WMO weather interpretation codes as Open-Meteo uses them. */
  codes: Readonly<Record<number, string>>;
}
