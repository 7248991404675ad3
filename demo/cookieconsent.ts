/**
 * The demo with vanilla-cookieconsent v3 (the real library from node_modules, as an ES module):
 * it keeps the visitor's choice, the widget follows it
 * (`consent-source="cookieconsent:weather/open-meteo"`: category `weather`, service `open-meteo`).
 * Open-Meteo and Bright Sky are answered from the sample data, offline.
 */
import 'vanilla-cookieconsent/dist/cookieconsent.css';
import * as CookieConsent from 'vanilla-cookieconsent';
import { answerWithSamples } from './sample-data.js';
import { SERVICE_DESCRIPTION_DE } from './service-description.js';

/** The config: a category `weather` with the service `open-meteo`, off until the visitor agrees. */
const config: CookieConsent.CookieConsentConfig = {
  categories: {
    necessary: { enabled: true, readOnly: true },
    weather: { services: { 'open-meteo': { label: 'Open-Meteo und Bright Sky' } } },
  },
  language: {
    default: 'de',
    translations: {
      de: {
        consentModal: {
          title: 'Cookies und externe Dienste',
          description: 'Wir fragen, bevor diese Seite externe Dienste nutzt.',
          acceptAllBtn: 'Alle akzeptieren',
          acceptNecessaryBtn: 'Alle ablehnen',
          showPreferencesBtn: 'Einstellungen',
        },
        preferencesModal: {
          title: 'Cookie-Einstellungen',
          acceptAllBtn: 'Alle akzeptieren',
          acceptNecessaryBtn: 'Alle ablehnen',
          savePreferencesBtn: 'Auswahl speichern',
          sections: [
            { title: 'Notwendig', description: 'Ihre Auswahl in diesem Banner.', linkedCategory: 'necessary' },
            { title: 'Wetter', description: SERVICE_DESCRIPTION_DE, linkedCategory: 'weather' },
          ],
        },
      },
    },
  },
};

// The widget finds the library as window.CookieConsent (the UMD build sets it, the ES module does not).
window.CookieConsent = CookieConsent;
document.getElementById('config')!.textContent = `CookieConsent.run(${JSON.stringify(config, null, 2)});`;

await answerWithSamples();
await CookieConsent.run(config);
await import('../src/kreis-wetter.js');

document.getElementById('cmp-settings')!.addEventListener('click', () => CookieConsent.showPreferences());
document.getElementById('forget')!.addEventListener('click', () => {
  CookieConsent.reset(true);
  location.reload();
});
