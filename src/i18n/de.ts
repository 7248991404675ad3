import type { Translation } from './translation.js';

export const de: Translation = {
  factsHeading: 'Daten und Fakten',
  area: 'Fläche',
  population: 'Einwohnerzahl',
  squareKilometres: { visual: 'km²', spoken: 'Quadratkilometer' },
  asOf: (date) => `Stand ${date}`,
  source: 'Quelle',
  municipalitiesHeading: 'Städte und Gemeinden',
  weatherHeading: 'Wetter',
  consentIntro: [
    'Die Wettervorhersage kommt vom Wetterdienst Open-Meteo (Daten des Deutschen Wetterdienstes). Sie wird erst geladen, wenn Sie zustimmen.',
    'Dann sendet Ihr Browser Ihre IP-Adresse und den gewählten Ort an Open-Meteo. Ihre Entscheidung wird nur in diesem Browser gespeichert.',
  ],
  consentDetailsSummary: 'Genauer: was übertragen und gespeichert wird',
  consentDetails: (days) => [
    'Empfänger: OpenMeteo GmbH, Schweiz. Übertragen werden Ihre IP-Adresse und die Koordinaten des gewählten Orts, auf etwa 1 km gerundet, jedes Mal, wenn die Vorhersage lädt (höchstens alle 30 Minuten).',
    'Die Vorhersage beruht auf dem Wettermodell ICON des Deutschen Wetterdienstes (DWD).',
    `Gespeichert werden in diesem Browser Ihre Entscheidung (höchstens ${days} Tage lang) und die zuletzt geladene Vorhersage. Wenn Sie die Zustimmung widerrufen, wird die Vorhersage gelöscht.`,
    'Vor Ihrer Zustimmung wird nichts an Open-Meteo gesendet.',
  ],
  providerPrivacyLink: 'Datenschutzhinweise von Open-Meteo',
  sitePrivacyLink: 'Datenschutzerklärung dieser Website',
  accept: 'Zustimmen und laden',
  reject: 'Ablehnen',
  deniedNote: 'Es werden keine Wetterdaten geladen. Sie können jederzeit zustimmen.',
  revoke: 'Zustimmung widerrufen',
  loading: 'Die Wettervorhersage wird geladen.',
  retry: 'Erneut versuchen',
  networkError: 'Der Wetterdienst ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.',
};
