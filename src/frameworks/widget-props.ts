import type { ConsentChangeDetail, ErrorDetail, ForecastLoadDetail } from '../events.js';

/**
 * What a framework template may set on `<kreis-wetter>`: every attribute, by its attribute name
 * (set as an attribute) and by its property name (set as a property). Both end in the same place.
 */
export interface KreisWetterAttributes {
  gemeinde?: string;
  latitude?: number | string;
  longitude?: number | string;
  days?: number | string;
  lang?: 'de' | 'en' | (string & {});
  'privacy-url'?: string;
  privacyUrl?: string;
  'consent-version'?: string;
  consentVersion?: string;
  'consent-max-age'?: number | string;
  consentMaxAge?: number | string;
  'heading-level'?: number | string;
  headingLevel?: number | string;
  timeout?: number | string;
}

/** The widget's events with their details. */
export interface KreisWetterEventHandlers {
  'kreis-wetter-consent-change': (event: CustomEvent<ConsentChangeDetail>) => void;
  'kreis-wetter-forecast-load': (event: CustomEvent<ForecastLoadDetail>) => void;
  'kreis-wetter-error': (event: CustomEvent<ErrorDetail>) => void;
}
