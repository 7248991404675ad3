import { unsafeCSS } from 'lit';
import type { WeatherHost } from '../shell/forecast-contract.js';
import forecastCss from './forecast.css?inline';

const forecastStyles = unsafeCSS(forecastCss);

/** Adds the forecast's styles to the widget's shadow root when the chunk arrives (once per widget). */
export function adoptForecastStyles(host: WeatherHost): void {
  const root = host.shadowRoot;
  const sheet = forecastStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
