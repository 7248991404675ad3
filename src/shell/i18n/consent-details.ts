import type { Lang } from './translation.js';

/**
 * The consent notice's second layer: recipient and purpose, every datum sent, what is kept for how
 * long, withdrawal, who is responsible. A chunk of its own from the widget's origin, fetched when
 * a visitor opens the details (the pre-rendered snippet has them in its HTML), so the first layer
 * is what every page pays for before consent. `days` null: the decision is not kept.
 */
export function consentDetails(lang: Lang, days: number | null): readonly string[] {
  return lang === 'en'
    ? [
        'Recipient: OpenMeteo GmbH, Switzerland, to send you the forecast for the chosen place.',
        "Sent with every request: your IP address, the place (rounded to about 1 km), this website's address (not the page) and your browser's language and type, as every browser sends them.",
        days === null
          ? 'Your choice applies to this page view only and is not stored.'
          : `Stored in this browser: your choice, for at most ${days} days, and once you agree the forecasts loaded last for up to 20 places, each for at most 24 hours.`,
        'Withdrawing: at any time with "Withdraw consent" below the forecast. After that nothing is sent, and the stored forecasts are deleted.',
        'The operator of this website is responsible.',
      ]
    : [
        'Empfänger: OpenMeteo GmbH, Schweiz, um Ihnen die Vorhersage für den gewählten Ort zu liefern.',
        'Bei jedem Abruf übertragen: Ihre IP-Adresse, der Ort (auf etwa 1 km gerundet), die Adresse dieser Website (ohne die Seite) sowie Sprache und Typ Ihres Browsers, wie jeder Browser sie mitsendet.',
        days === null
          ? 'Ihre Entscheidung gilt nur für diesen Seitenaufruf und wird nicht gespeichert.'
          : `In diesem Browser gespeichert: Ihre Entscheidung, höchstens ${days} Tage, und nach Ihrer Zustimmung die zuletzt geladenen Vorhersagen für bis zu 20 Orte, je höchstens 24 Stunden.`,
        'Widerruf: jederzeit mit „Zustimmung widerrufen“ unter der Vorhersage. Danach wird nichts mehr übertragen, und die gespeicherten Vorhersagen werden gelöscht.',
        'Verantwortlich ist der Betreiber dieser Website.',
      ];
}
