import type { Translation } from './translation.js';

export const en: Translation = {
  factsHeading: 'Facts and figures',
  area: 'Area',
  population: 'Population',
  squareKilometres: 'square kilometres',
  figureMeta: (date, source) => `as of ${date}; Source: ${source}`,
  municipalitiesHeading: 'Towns and municipalities',
  weatherHeading: 'Weather',
  consentIntro: [
    "The weather forecast comes from Open-Meteo (data of Germany's national meteorological service) and is only loaded once you agree.",
    'Open-Meteo then receives your IP address and the chosen place. Your choice is stored in this browser only; you can withdraw it at any time below the forecast.',
  ],
  consentDetailsSummary: 'In detail: what is sent and stored',
  consentDetails: (days) => [
    'Recipient: OpenMeteo GmbH, Switzerland, to send you the forecast for the chosen place.',
    "Sent with every request: your IP address, the place (rounded to about 1 km), this website's address (not the page) and your browser's language and type, as every browser sends them.",
    days === null
      ? 'Your choice applies to this page view only and is not stored.'
      : `Stored in this browser: your choice, for at most ${days} days, and once you agree the forecasts loaded last for up to 20 places, each for at most 24 hours.`,
    'Withdrawing: at any time with "Withdraw consent" below the forecast. After that nothing is sent, and the stored forecasts are deleted.',
    'The operator of this website is responsible.',
  ],
  providerPrivacyLink: "Open-Meteo's privacy statement",
  sitePrivacyLink: "This website's privacy policy",
  accept: 'Agree and load',
  reject: 'Decline',
  deniedNote: 'Declined: no weather data is loaded.',
  pageViewOnly: 'Your choice cannot be stored here and applies to this page view only.',
  revoke: 'Withdraw consent',
  retry: 'Try again',
  networkError: 'The weather service cannot be reached.',
};
