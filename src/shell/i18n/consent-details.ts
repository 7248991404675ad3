import type { NoticeFacts } from './notice-facts.js';
import type { Lang } from './translation.js';

/**
 * The consent notice's second layer: recipients and purpose, every datum sent, what is kept for
 * how long, withdrawal, who is responsible. A chunk of its own from the widget's origin, fetched
 * when a visitor opens the details (the pre-rendered snippet has them in its HTML), so the first
 * layer is what every page pays for before consent. Each line says only what the widget, as the
 * site configured it, does.
 */
export function consentDetails(lang: Lang, { kept, warnings, proxy }: NoticeFacts): readonly string[] {
  return lang === 'en'
    ? [
        proxy
          ? "Recipient: this website's own server, which asks the weather services in its own name: they do not receive your IP address."
          : warnings
            ? 'Recipients: OpenMeteo GmbH, Switzerland (forecast), and Bright Sky, a free service run by Jakob de Maeyer that passes on the warnings of the Deutscher Wetterdienst; it publishes no privacy statement of its own.'
            : 'Recipient: OpenMeteo GmbH, Switzerland.',
        `Purpose: to send you the forecast${warnings ? ' and the official weather warnings' : ''} for the chosen place.`,
        "Sent with every request: your IP address, the place (rounded to about 1 km), this website's address (not the page) and your browser's language and type, as every browser sends them.",
        kept === 'site'
          ? 'This website keeps your choice (its cookie settings); the widget itself stores nothing, not even forecasts.'
          : kept === null
            ? 'Your choice applies to this page view only and is not stored, nor are forecasts.'
            : `Stored in this browser: your choice, for at most ${kept} days, and once you agree the forecasts loaded last for up to 20 places, each for at most 24 hours. Warnings are not stored.`,
        'Withdrawing: at any time with "Withdraw consent" below the forecast. After that nothing is sent, and the stored forecasts are deleted.',
        'The operator of this website is responsible.',
      ]
    : [
        proxy
          ? 'Empfänger: der Server dieser Website, der die Wetterdienste in eigenem Namen fragt: Sie erhalten Ihre IP-Adresse nicht.'
          : warnings
            ? 'Empfänger: OpenMeteo GmbH, Schweiz (Vorhersage), und Bright Sky, ein freier Dienst von Jakob de Maeyer, der die Warnungen des Deutschen Wetterdienstes weitergibt; eine eigene Datenschutzerklärung veröffentlicht er nicht.'
            : 'Empfänger: OpenMeteo GmbH, Schweiz.',
        `Zweck: Ihnen die Vorhersage${warnings ? ' und die amtlichen Unwetterwarnungen' : ''} für den gewählten Ort zu liefern.`,
        'Bei jedem Abruf übertragen: Ihre IP-Adresse, der Ort (auf etwa 1 km gerundet), die Adresse dieser Website (ohne die Seite) sowie Sprache und Typ Ihres Browsers, wie jeder Browser sie mitsendet.',
        kept === 'site'
          ? 'Ihre Entscheidung verwaltet diese Website (ihre Cookie-Einstellungen); das Widget selbst speichert nichts, auch keine Vorhersagen.'
          : kept === null
            ? 'Ihre Entscheidung gilt nur für diesen Seitenaufruf und wird nicht gespeichert, Vorhersagen auch nicht.'
            : `In diesem Browser gespeichert: Ihre Entscheidung, höchstens ${kept} Tage, und nach Ihrer Zustimmung die zuletzt geladenen Vorhersagen für bis zu 20 Orte, je höchstens 24 Stunden. Warnungen werden nicht gespeichert.`,
        'Widerruf: jederzeit mit „Zustimmung widerrufen“ unter der Vorhersage. Danach wird nichts mehr übertragen, und die gespeicherten Vorhersagen werden gelöscht.',
        'Verantwortlich ist der Betreiber dieser Website.',
      ];
}
