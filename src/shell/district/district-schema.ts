import * as z from 'zod/mini';
import type { District } from './district.js';

// Used by the test suite to validate every district data module; never imported at run time.

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
const httpsUrl = z.string().check(
  z.refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'expected an https URL'),
);

const sourcedFigure = z.object({
  value: z.number().check(z.positive()),
  asOf: isoDate,
  source: z.string().check(z.minLength(3)),
});

const municipality = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'expected a lowercase ASCII id')),
  name: z.string().check(z.minLength(1)),
  website: httpsUrl,
});

// Typed as a schema of `District`: whatever it accepts is one (a compile-time link between the two).
export const districtSchema: z.ZodMiniType<District> = z
  .object({
    id: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
    website: httpsUrl,
    areaKm2: sourcedFigure,
    population: z.object({ ...sourcedFigure.shape, value: z.number().check(z.int(), z.positive()) }),
    defaultMunicipality: z.string(),
    municipalities: z.array(municipality).check(z.minLength(1)),
  })
  .check(
    z.refine(
      (d) => d.municipalities.some((m) => m.id === d.defaultMunicipality),
      'defaultMunicipality must be one of the municipalities',
    ),
    z.refine(
      (d) => new Set(d.municipalities.map((m) => m.id)).size === d.municipalities.length,
      'municipality ids must be unique',
    ),
  );
