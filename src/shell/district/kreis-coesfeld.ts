import type { District } from './district.js';

/**
 * Kreis Coesfeld (NRW), Kreisschlüssel 05558. Area and population are IT.NRW's figures for
 * 31.12.2022, the newest official ones found (cited by de.wikipedia "Kreis Coesfeld"); update both
 * together from IT.NRW's Landesdatenbank. The places the forecast is for are in
 * src/forecast/places.ts: needed only after consent, they load with the forecast.
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
    { id: 'ascheberg', name: 'Ascheberg', website: 'https://www.ascheberg.de' },
    { id: 'billerbeck', name: 'Billerbeck', website: 'https://www.billerbeck.de' },
    { id: 'coesfeld', name: 'Coesfeld', website: 'https://www.coesfeld.de' },
    { id: 'duelmen', name: 'Dülmen', website: 'https://www.duelmen.de' },
    { id: 'havixbeck', name: 'Havixbeck', website: 'https://www.havixbeck.de' },
    { id: 'luedinghausen', name: 'Lüdinghausen', website: 'https://www.luedinghausen.de' },
    { id: 'nordkirchen', name: 'Nordkirchen', website: 'https://www.nordkirchen.de' },
    { id: 'nottuln', name: 'Nottuln', website: 'https://www.nottuln.de' },
    { id: 'olfen', name: 'Olfen', website: 'https://www.olfen.de' },
    { id: 'rosendahl', name: 'Rosendahl', website: 'https://www.rosendahl.de' },
    { id: 'senden', name: 'Senden', website: 'https://www.senden-westfalen.de' },
  ],
};
