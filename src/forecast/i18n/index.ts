import type { Lang } from '../../shell/i18n/index.js';
import { weatherDe } from './weather-de.js';
import type { WeatherTranslation } from './weather-translation.js';

export type { WeatherTranslation } from './weather-translation.js';

// As before consent: German built in, English a chunk of its own for English pages.
const loaded: Partial<Record<Lang, WeatherTranslation>> = { de: weatherDe };

/** The forecast's strings in `lang`, once loaded. */
export function weatherStrings(lang: Lang): WeatherTranslation | undefined {
  return loaded[lang];
}

/** Loads the forecast's strings in `lang`; German when they cannot be loaded. */
export async function loadWeatherStrings(lang: Lang): Promise<void> {
  try {
    loaded[lang] ??= (await import('./weather-en.js')).weatherEn;
  } catch {
    loaded[lang] = weatherDe;
  }
}
