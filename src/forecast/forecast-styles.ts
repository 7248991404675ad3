import type { WeatherHost } from '../shell/forecast-contract.js';
import { styleSheetFor } from '../shell/lit-html-element.js';
import forecastCss from './forecast.css?inline';

/** Adds the forecast's styles to the widget's shadow root when the chunk arrives (once per widget). */
export function adoptForecastStyles(host: WeatherHost): void {
  const root = host.shadowRoot;
  const sheet = styleSheetFor(adoptForecastStyles, forecastCss);
  if (root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
