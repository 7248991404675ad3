/**
 * The widget's public types: its consent state and its events. Imports nothing, so the published
 * declarations of the element never pull in the forecast code's model.
 */

/** What the widget shows about consent. `unknown`: no valid decision yet. */
export type ConsentState = 'unknown' | 'granted' | 'denied';

/** Why loading the forecast (or the forecast code) failed. */
export type ErrorKind = 'network' | 'timeout' | 'http' | 'rate-limited' | 'invalid-response';

export interface ConsentChangeDetail {
  readonly state: ConsentState;
  /** `visitor`: this widget's buttons; `storage`: the stored decision, another widget or another tab. */
  readonly source: 'visitor' | 'storage';
}

export interface ForecastLoadDetail {
  /** Name of the place shown (municipality, or the site's own location). */
  readonly place: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly days: number;
  /** When the data was fetched from the provider (ISO 8601). */
  readonly fetchedAt: string;
  /** `network`: just fetched; `cache`: a fresh copy kept from an earlier fetch; `stale`: the last good copy, shown because fetching failed. */
  readonly source: 'network' | 'cache' | 'stale';
}

export interface ErrorDetail {
  /** Which service failed: the forecast (Open-Meteo) or the official warnings (Bright Sky). */
  readonly service: 'forecast' | 'warnings';
  readonly kind: ErrorKind;
  /** HTTP status when the provider answered with one. */
  readonly status?: number;
  /** Short English description for logs; the visitor sees a translated message. */
  readonly message: string;
}

export interface KreisWetterEventMap {
  'kreis-wetter-consent-change': CustomEvent<ConsentChangeDetail>;
  'kreis-wetter-forecast-load': CustomEvent<ForecastLoadDetail>;
  'kreis-wetter-error': CustomEvent<ErrorDetail>;
}

/** Fires one of the widget's events: bubbling and composed so the page can listen anywhere. */
export function emit<K extends keyof KreisWetterEventMap>(
  target: EventTarget,
  type: K,
  detail: KreisWetterEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap extends KreisWetterEventMap {}
  // The events bubble and are composed: pages usually listen on the document or the window.
  interface DocumentEventMap extends KreisWetterEventMap {}
  interface WindowEventMap extends KreisWetterEventMap {}
}
