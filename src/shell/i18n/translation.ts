import type { NoticeFacts } from './notice-facts.js';

/** Languages the widget speaks. */
export type Lang = 'de' | 'en';

/** Locale for numbers and dates: English as read in Europe (24 November, 24/11), not US. */
export const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

/** Every visible or accessible string of the part loaded before consent. */
export interface Translation {
  factsHeading: string;
  area: string;
  population: string;
  /** The area's unit as a screen reader should say it (shown as km²). */
  squareKilometres: string;
  /** Date and source of a figure. */
  figureMeta: (date: string, source: string) => string;
  municipalitiesHeading: string;
  weatherHeading: string;
  /** The notice's first layer: who, what is sent, that it can be withdrawn and where the choice is kept. */
  consentIntro: (facts: NoticeFacts) => readonly string[];
  /** Opens the site's cookie banner's own settings. */
  bannerSettings: string;
  /** The second layer's summary; the layer itself is consent-details.ts. */
  consentDetailsSummary: string;
  providerPrivacyLink: string;
  sitePrivacyLink: string;
  accept: string;
  reject: string;
  deniedNote: string;
  /** Beside the buttons when the decision holds for this page view only. */
  pageViewOnly: string;
  revoke: string;
  retry: string;
  /** Also shown when the forecast code itself cannot be downloaded. */
  networkError: string;
}
