import { expect } from '@open-wc/testing';
import { districtSchema } from '../src/shell/district/district-schema.js';
import { defaultDistrict } from '../src/shell/district/index.js';
import { kreisCoesfeld } from '../src/shell/district/kreis-coesfeld.js';

describe('district data', () => {
  it('Kreis Coesfeld passes its schema', () => {
    const result = districtSchema.safeParse(kreisCoesfeld);
    expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
    expect(kreisCoesfeld.municipalities).to.have.length(11);
  });

  it('is the district the widget shows', () => {
    expect(defaultDistrict).to.equal(kreisCoesfeld);
  });

  it('the schema refuses what the widget must never show', () => {
    const broken = (change: (d: Record<string, unknown> & { municipalities: Record<string, unknown>[] }) => void) => {
      const copy = structuredClone(kreisCoesfeld) as unknown as Record<string, unknown> & { municipalities: Record<string, unknown>[] };
      change(copy);
      return districtSchema.safeParse(copy).success;
    };
    expect(broken((d) => (d.municipalities[0]!.website = 'http://www.ascheberg.de'))).to.equal(false);
    expect(broken((d) => (d.municipalities[0]!.website = 'javascript:alert(1)'))).to.equal(false);
    expect(broken((d) => (d.municipalities[1]!.id = 'ascheberg'))).to.equal(false);
    expect(broken((d) => (d.defaultMunicipality = 'atlantis'))).to.equal(false);
    expect(broken((d) => ((d.population as { asOf: string }).asOf = '31.12.2022'))).to.equal(false);
    expect(broken((d) => (d.municipalities[2]!.latitude = 95))).to.equal(false);
  });
});
