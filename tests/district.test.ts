import { expect } from '@open-wc/testing';
import { districtSchema } from '../src/shell/district/district-schema.js';
import { defaultDistrict } from '../src/shell/district/index.js';
import { kreisCoesfeld } from '../src/shell/district/kreis-coesfeld.js';
import { PLACES } from '../src/forecast/places.js';

describe('district data', () => {
  it('Kreis Coesfeld passes its schema', () => {
    const result = districtSchema.safeParse(kreisCoesfeld);
    expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
    expect(kreisCoesfeld.municipalities).to.have.length(11);
  });

  it('every municipality has a place for the forecast, within the district', () => {
    for (const { id } of kreisCoesfeld.municipalities) {
      const place = PLACES[id];
      expect(place, id).to.exist;
      // Kreis Coesfeld lies within about 51.6–52.1° N, 7.0–7.8° E.
      expect(place![0], id).to.be.within(51.6, 52.1);
      expect(place![1], id).to.be.within(7.0, 7.8);
    }
    expect(Object.keys(PLACES)).to.have.length(kreisCoesfeld.municipalities.length);
  });

  it('is the district the widget shows', () => {
    expect(defaultDistrict).to.equal(kreisCoesfeld);
  });

  it('the schema refuses what the widget must never show', () => {
    const broken = (change: (d: Record<string, unknown> & { municipalities: Record<string, unknown>[] }) => void) => {
      const copy = structuredClone(kreisCoesfeld) as unknown as Record<string, unknown> & {
        municipalities: Record<string, unknown>[];
      };
      change(copy);
      return districtSchema.safeParse(copy).success;
    };
    expect(broken((d) => (d.municipalities[0]!.website = 'http://www.ascheberg.de'))).to.equal(false);
    expect(broken((d) => (d.municipalities[0]!.website = 'javascript:alert(1)'))).to.equal(false);
    expect(broken((d) => (d.municipalities[1]!.id = 'ascheberg'))).to.equal(false);
    expect(broken((d) => (d.defaultMunicipality = 'atlantis'))).to.equal(false);
    expect(broken((d) => ((d.population as { asOf: string }).asOf = '31.12.2022'))).to.equal(false);
    expect(broken((d) => (d.municipalities[2]!.website = 'coesfeld.de'))).to.equal(false);
  });
});
