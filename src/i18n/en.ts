import type { Translation } from './translation.js';

export const en: Translation = {
  factsHeading: 'Facts and figures',
  area: 'Area',
  population: 'Population',
  squareKilometres: { visual: 'km²', spoken: 'square kilometres' },
  asOf: (date) => `as of ${date}`,
  source: 'Source',
  municipalitiesHeading: 'Towns and municipalities',
  weatherHeading: 'Weather',
  consentIntro: [
    "The weather forecast comes from the weather service Open-Meteo (data of Germany's national meteorological service). It is only loaded once you agree.",
    'Then your browser sends your IP address and the chosen place to Open-Meteo. Your choice is stored in this browser only.',
  ],
  consentDetailsSummary: 'In detail: what is sent and stored',
  consentDetails: (days) => [
    'Recipient: OpenMeteo GmbH, Switzerland. Sent are your IP address and the coordinates of the chosen place, rounded to about 1 km, each time the forecast loads (at most every 30 minutes).',
    "The forecast is based on the ICON weather model of Germany's national meteorological service (DWD).",
    `Stored in this browser are your choice (for at most ${days} days) and the last forecast loaded. When you withdraw consent, the forecast is deleted.`,
    'Nothing is sent to Open-Meteo before you agree.',
  ],
  providerPrivacyLink: "Open-Meteo's privacy statement",
  sitePrivacyLink: "This website's privacy policy",
  accept: 'Agree and load',
  reject: 'Decline',
  deniedNote: 'No weather data is loaded. You can agree at any time.',
  revoke: 'Withdraw consent',
  loading: 'Loading the weather forecast.',
  retry: 'Try again',
  networkError: 'The weather service cannot be reached. Please check your connection.',
};
