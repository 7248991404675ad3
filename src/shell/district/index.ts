import { kreisCoesfeld } from './kreis-coesfeld.js';
import type { District, Municipality } from './district.js';

export type { District, Municipality, SourcedFigure } from './district.js';

/** The district the element shows. Another district is a new data module plus this line. */
export const defaultDistrict: District = kreisCoesfeld;

export function findMunicipality(district: District, id: string): Municipality | undefined {
  return district.municipalities.find((m) => m.id === id);
}
