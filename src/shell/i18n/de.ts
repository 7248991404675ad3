import type { Translation } from './translation.js';

export const de: Translation = {
  factsHeading: 'Daten und Fakten',
  area: 'Fläche',
  population: 'Einwohnerzahl',
  squareKilometres: 'Quadratkilometer',
  figureMeta: (date, source) => `Stand ${date}; Quelle: ${source}`,
  municipalitiesHeading: 'Städte und Gemeinden',
  weatherHeading: 'Wetter',
  consentIntro: ({ warnings, proxy, kept }) => [
    `Die Wettervorhersage kommt von Open-Meteo${warnings ? ', die amtlichen Warnungen von Bright Sky' : ''} (Daten des Deutschen Wetterdienstes); geladen wird erst, wenn Sie zustimmen.`,
    `Dabei erhält ${proxy ? 'der Server dieser Website' : warnings ? 'jeder der beiden Dienste' : 'Open-Meteo'} Ihre IP-Adresse und den gewählten Ort. ${kept === 'site' ? 'Ihre Entscheidung verwaltet diese Website' : kept === null ? 'Ihre Entscheidung gilt nur für diesen Seitenaufruf' : 'Ihre Entscheidung wird nur in diesem Browser gespeichert'}; Sie können sie jederzeit unter der Vorhersage widerrufen.`,
  ],
  bannerSettings: 'Cookie-Einstellungen',
  consentDetailsSummary: 'Genauer: was übertragen und gespeichert wird',
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
