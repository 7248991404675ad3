import type { Translation } from './translation.js';

export const en: Translation = {
  factsHeading: 'Facts and figures',
  area: 'Area',
  population: 'Population',
  squareKilometres: 'square kilometres',
  figureMeta: (date, source) => `as of ${date}; Source: ${source}`,
  municipalitiesHeading: 'Towns and municipalities',
  weatherHeading: 'Weather',
  consentIntro: ({ warnings, proxy, kept }) => [
    `The weather forecast comes from Open-Meteo${warnings ? ', the official warnings from Bright Sky' : ''} (data of Germany's national meteorological service); nothing is loaded until you agree.`,
    `${proxy ? "This website's server" : warnings ? 'Each of the two services' : 'Open-Meteo'} then receives your IP address and the chosen place. ${kept === 'site' ? 'This website keeps your choice' : kept === null ? 'Your choice applies to this page view only' : 'Your choice is stored in this browser only'}; you can withdraw it at any time below the forecast.`,
  ],
  bannerSettings: 'Cookie settings',
  consentDetailsSummary: 'In detail: what is sent and stored',
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
