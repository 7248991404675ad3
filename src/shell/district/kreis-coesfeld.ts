import type { District } from './district.js';

/**
 * Kreis Coesfeld (NRW), Kreisschlüssel 05558. Area and population are IT.NRW's figures for
 * 31.12.2022, the newest official ones found (cited by de.wikipedia "Kreis Coesfeld"); update both
 * together from IT.NRW's Landesdatenbank. Coordinates are the town centres (de/en.wikipedia), good
 * to about 1 km, which is finer than the forecast model's grid.
 */
export const kreisCoesfeld: District = {
  id: 'kreis-coesfeld',
  name: 'Kreis Coesfeld',
  website: 'https://www.kreis-coesfeld.de',
  areaKm2: {
    value: 1112.03,
    asOf: '2022-12-31',
    source: 'IT.NRW, Landesdatenbank NRW',
  },
  population: {
    value: 224692,
    asOf: '2022-12-31',
    source: 'IT.NRW, Bevölkerungsfortschreibung',
  },
  defaultMunicipality: 'coesfeld',
  municipalities: [
    { id: 'ascheberg', name: 'Ascheberg', website: 'https://www.ascheberg.de', latitude: 51.7917, longitude: 7.6239 },
    { id: 'billerbeck', name: 'Billerbeck', website: 'https://www.billerbeck.de', latitude: 51.9792, longitude: 7.2951 },
    { id: 'coesfeld', name: 'Coesfeld', website: 'https://www.coesfeld.de', latitude: 51.9458, longitude: 7.1675 },
    { id: 'duelmen', name: 'Dülmen', website: 'https://www.duelmen.de', latitude: 51.8308, longitude: 7.2783 },
    { id: 'havixbeck', name: 'Havixbeck', website: 'https://www.havixbeck.de', latitude: 51.9778, longitude: 7.4167 },
    { id: 'luedinghausen', name: 'Lüdinghausen', website: 'https://www.luedinghausen.de', latitude: 51.7667, longitude: 7.4333 },
    { id: 'nordkirchen', name: 'Nordkirchen', website: 'https://www.nordkirchen.de', latitude: 51.7381, longitude: 7.5256 },
    { id: 'nottuln', name: 'Nottuln', website: 'https://www.nottuln.de', latitude: 51.9278, longitude: 7.3528 },
    { id: 'olfen', name: 'Olfen', website: 'https://www.olfen.de', latitude: 51.7086, longitude: 7.3848 },
    { id: 'rosendahl', name: 'Rosendahl', website: 'https://www.rosendahl.de', latitude: 52.0172, longitude: 7.2106 },
    { id: 'senden', name: 'Senden', website: 'https://www.senden-westfalen.de', latitude: 51.8572, longitude: 7.4828 },
  ],
};
