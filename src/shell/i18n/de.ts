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
    'Dabei erhält Open-Meteo Ihre IP-Adresse und den gewählten Ort. Ihre Entscheidung wird nur in diesem Browser gespeichert; Sie können sie jederzeit unter der Vorhersage widerrufen.',
  ],
  consentDetailsSummary: 'Genauer: was übertragen und gespeichert wird',
  consentDetails: (days) => [
    'Empfänger: OpenMeteo GmbH, Schweiz, um Ihnen die Vorhersage für den gewählten Ort zu liefern.',
    'Bei jedem Abruf übertragen: Ihre IP-Adresse, der Ort (auf etwa 1 km gerundet), die Adresse dieser Website (ohne die Seite) sowie Sprache und Typ Ihres Browsers, wie jeder Browser sie mitsendet.',
    days === null
      ? 'Ihre Entscheidung gilt nur für diesen Seitenaufruf und wird nicht gespeichert.'
      : `In diesem Browser gespeichert: Ihre Entscheidung, höchstens ${days} Tage, und nach Ihrer Zustimmung die zuletzt geladenen Vorhersagen für bis zu 20 Orte, je höchstens 24 Stunden.`,
    'Widerruf: jederzeit mit „Zustimmung widerrufen“ unter der Vorhersage. Danach wird nichts mehr übertragen, und die gespeicherten Vorhersagen werden gelöscht.',
    'Verantwortlich ist der Betreiber dieser Website.',
  ],
  providerPrivacyLink: 'Datenschutzhinweise von Open-Meteo',
  sitePrivacyLink: 'Datenschutzerklärung dieser Website',
  accept: 'Zustimmen und laden',
  reject: 'Ablehnen',
  deniedNote: 'Abgelehnt: Es werden keine Wetterdaten geladen.',
  pageViewOnly: 'Ihre Entscheidung kann hier nicht gespeichert werden und gilt nur für diesen Seitenaufruf.',
  revoke: 'Zustimmung widerrufen',
  retry: 'Erneut versuchen',
  networkError: 'Der Wetterdienst ist nicht erreichbar.',
};
