import { expect } from '@open-wc/testing';
import borlabs from '../../src/cmp/borlabs.js';
import ccm19 from '../../src/cmp/ccm19.js';
import cookiebot from '../../src/cmp/cookiebot.js';
import cookieconsent from '../../src/cmp/cookieconsent.js';
import klaro from '../../src/cmp/klaro.js';
import usercentrics from '../../src/cmp/usercentrics.js';
import type { CreateCmpAdapter } from '../../src/cmp/cmp-adapter.js';
import { expectThrows, listenerSpy } from './page.js';

/** The part of consent-source after the colon, per CMP: what is accepted and what is refused with which message. */
const cases: [string, CreateCmpAdapter, string[], [string, ...string[]][]][] = [
  [
    'klaro',
    klaro,
    ['open-meteo', 'weather_2', 'Open.Meteo'],
    [
      ['', 'Klaro', 'names no service name'],
      ['open meteo', 'Klaro', '"open meteo" is not a valid service name'],
      ["open-meteo']", 'is not a valid service name'],
      ['-open', 'is not a valid service name'],
      ['a'.repeat(101), 'is not a valid service name'],
    ],
  ],
  [
    'cookieconsent',
    cookieconsent,
    ['weather', 'weather/open-meteo', 'analytics/matomo'],
    [
      ['', 'cookieconsent', 'names no category name'],
      ['weather/', 'names no service name'],
      ['/open-meteo', 'names no category name'],
      ['weather/open-meteo/x', 'is not CATEGORY or CATEGORY/SERVICE'],
      ['wea ther', '"wea ther" is not a valid category name'],
    ],
  ],
  [
    'usercentrics',
    usercentrics,
    ['rJ99c4oOo-X', 'S1_9Vsuj-Q', 'HkocEodjb7'],
    [
      ['', 'Usercentrics', 'names no service id'],
      ['abc def', 'is not a valid service id'],
      ['abc"', 'is not a valid service id'],
    ],
  ],
  [
    'cookiebot',
    cookiebot,
    ['preferences', 'statistics', 'marketing'],
    [
      ['', 'Cookiebot', 'is not a Cookiebot category', 'preferences, statistics or marketing'],
      ['necessary', 'is not a Cookiebot category'],
      ['Statistics', 'is not a Cookiebot category'],
      ['weather', '"weather" is not a Cookiebot category'],
    ],
  ],
  [
    'borlabs',
    borlabs,
    ['open-meteo', 'google-maps'],
    [
      ['', 'Borlabs Cookie', 'names no service id'],
      ['open meteo', 'is not a valid service id'],
    ],
  ],
  [
    'ccm19',
    ccm19,
    ['Open-Meteo', '5e3b2f1a0c9d8e7f', 'Google Maps', 'Wetter (DWD)', 'Öffentlicher Nahverkehr'],
    [
      ['', 'CCM19', 'names no embedding id or name'],
      [' Open-Meteo', 'is not a valid embedding id or name'],
      ['Open-Meteo ', 'is not a valid embedding id or name'],
      ['Open"Meteo', 'is not a valid embedding id or name'],
      ['<script>', 'is not a valid embedding id or name'],
    ],
  ],
];

describe('consent-source targets', () => {
  for (const [name, create, good, bad] of cases) {
    it(`${name}: accepts ${good.join(', ')}`, () => {
      for (const target of good) expect(() => create(target, window), target).not.to.throw();
    });
    it(`${name}: throws, naming the problem, for ${bad.map(([t]) => JSON.stringify(t)).join(', ')}`, () => {
      for (const [target, ...parts] of bad) expectThrows(() => create(target, window), ...parts);
    });
  }

  it('creating an adapter needs no CMP on the page and adds no listener', () => {
    const spy = listenerSpy(window, document);
    try {
      for (const [, create, good] of cases) {
        const adapter = create(good[0]!, window);
        expect(adapter.name).to.be.a('string');
      }
      expect(spy.active()).to.equal(0);
    } finally {
      spy.restore();
    }
  });
});
