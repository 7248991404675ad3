/**
 * The demo with Klaro (the real library from node_modules, loaded by its script tag as sites do):
 * Klaro keeps the visitor's choice, the widget follows it (`consent-source="klaro:open-meteo"`).
 * Open-Meteo and Bright Sky are answered from the sample data, offline.
 */
import klaroScript from 'klaro/dist/klaro.js?url';
import { answerWithSamples } from './sample-data.js';
import { SERVICE_DESCRIPTION_DE } from './service-description.js';

interface KlaroGlobal {
  show(config?: unknown, modal?: boolean): void;
  getManager(): { resetConsents(): void };
}

/** Klaro's config: one service, `open-meteo`, the name after the colon in consent-source. */
const klaroConfig = {
  version: 1,
  lang: 'de',
  storageMethod: 'cookie',
  acceptAll: true,
  services: [
    {
      name: 'open-meteo',
      title: 'Wettervorhersage (Open-Meteo, Bright Sky)',
      purposes: ['functional'],
    },
  ],
  translations: {
    zz: { privacyPolicyUrl: '/datenschutz' },
    de: {
      purposes: { functional: 'Funktionale Dienste' },
      'open-meteo': { description: SERVICE_DESCRIPTION_DE },
    },
  },
};

const page = window as unknown as { klaroConfig: unknown; klaro?: KlaroGlobal };
page.klaroConfig = klaroConfig;
document.getElementById('config')!.textContent = `window.klaroConfig = ${JSON.stringify(klaroConfig, null, 2)};`;

await answerWithSamples();
// Klaro finds its config in window.klaroConfig when its script runs.
const script = document.createElement('script');
script.src = klaroScript;
document.head.append(script);
await import('../src/kreis-wetter.js');

document.getElementById('cmp-settings')!.addEventListener('click', () => page.klaro?.show(undefined, true));
document.getElementById('forget')!.addEventListener('click', () => {
  page.klaro?.getManager().resetConsents();
  location.reload();
});
