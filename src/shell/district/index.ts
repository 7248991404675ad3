import { kreisCoesfeld } from './kreis-coesfeld.js';
import type { District } from './district.js';

export type { District, Municipality, SourcedFigure } from './district.js';

/** The district the element shows. Another district is a new data module plus this line. */
export const defaultDistrict: District = kreisCoesfeld;
