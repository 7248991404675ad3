import type { Translation } from './translation.js';

export const de: Translation = {
  factsHeading: 'Daten und Fakten',
  area: 'Fläche',
  population: 'Einwohnerzahl',
  squareKilometres: 'Quadratkilometer',
  figureMeta: (date, source) => `Stand ${date}; Quelle: ${source}`,
  municipalitiesHeading: 'Städte und Gemeinden',
  weatherHeading: 'Wetter',
  consentIntro: [
    'Die Wettervorhersage kommt von Open-Meteo (Daten des Deutschen Wetterdienstes) und wird erst geladen, wenn Sie zustimmen.',
    'Dabei erhält Open-Meteo Ihre IP-Adresse und den gewählten Ort. Ihre Entscheidung wird nur in diesem Browser gespeichert.',
  ],
  consentDetailsSummary: 'Genauer: was übertragen und gespeichert wird',
  consentDetails: (days) => [
    'Empfänger: OpenMeteo GmbH, Schweiz. Übertragen werden Ihre IP-Adresse und der Ort (auf etwa 1 km gerundet), wenn eine Vorhersage geladen wird.',
    `In diesem Browser gespeichert: Ihre Entscheidung (höchstens ${days} Tage) und die zuletzt geladene Vorhersage. Ein Widerruf löscht die Vorhersage.`,
  ],
  providerPrivacyLink: 'Datenschutzhinweise von Open-Meteo',
  sitePrivacyLink: 'Datenschutzerklärung dieser Website',
  accept: 'Zustimmen und laden',
  reject: 'Ablehnen',
  deniedNote: 'Abgelehnt: Es werden keine Wetterdaten geladen.',
  revoke: 'Zustimmung widerrufen',
  loading: 'Die Wettervorhersage wird geladen.',
  retry: 'Erneut versuchen',
  networkError: 'Der Wetterdienst ist nicht erreichbar.',
};
