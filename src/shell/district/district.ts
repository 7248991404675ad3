/**
 * Shape of a district's data. Types only: the runtime schema that checks a data module
 * lives in `district-schema.ts` and runs in the test suite, so zod never reaches the
 * entry chunk.
 */
export interface Municipality {
  /** Stable id used by the `gemeinde` attribute, ASCII only (e.g. `duelmen`). */
  readonly id: string;
  readonly name: string;
  /** Official website; https only. */
  readonly website: string;
}

/** A figure with the date it refers to and where it comes from. */
export interface SourcedFigure {
  readonly value: number;
  /** ISO date (YYYY-MM-DD) the figure refers to. */
  readonly asOf: string;
  readonly source: string;
}

export interface District {
  readonly id: string;
  readonly name: string;
  readonly website: string;
  readonly areaKm2: SourcedFigure;
  readonly population: SourcedFigure;
  readonly defaultMunicipality: string;
  readonly municipalities: readonly Municipality[];
}
