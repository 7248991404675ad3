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
    'Open-Meteo then receives your IP address and the chosen place. Your choice is stored in this browser only.',
  ],
  consentDetailsSummary: 'In detail: what is sent and stored',
  consentDetails: (days) => [
    'Recipient: OpenMeteo GmbH, Switzerland. Sent are your IP address and the place (rounded to about 1 km), whenever a forecast is loaded.',
    `Stored in this browser: your choice (for at most ${days} days) and the last forecast loaded. Withdrawing consent deletes the forecast.`,
  ],
  providerPrivacyLink: "Open-Meteo's privacy statement",
  sitePrivacyLink: "This website's privacy policy",
  accept: 'Agree and load',
  reject: 'Decline',
  deniedNote: 'Declined: no weather data is loaded.',
  revoke: 'Withdraw consent',
  loading: 'Loading the weather forecast.',
  retry: 'Try again',
  networkError: 'The weather service cannot be reached.',
};
