/**
 * The official warnings of the Deutscher Wetterdienst for one place, normalised: what the widget
 * shows, independent of Bright Sky's JSON. Only real warnings (no test messages), each with its
 * level on the DWD's four-level scale and its texts in both languages exactly as the DWD wrote them.
 */

/** 1 Wetterwarnung, 2 Markante Wetterwarnung, 3 Unwetterwarnung, 4 Extremes Unwetter. */
export type WarningLevel = 1 | 2 | 3 | 4;

export interface WarningText {
  /** The kind of weather, e.g. "GLÄTTE" / "slippery roads"; null where the DWD names none. */
  readonly event: string | null;
  readonly headline: string;
  readonly description: string;
  readonly instruction: string | null;
}

export interface Warning {
  /** The DWD's identifier of the message. */
  readonly id: string;
  readonly level: WarningLevel;
  /** When the weather is expected to begin (ms since epoch). */
  readonly onset: number;
  /** When the warning ends (ms since epoch); null: until further notice. */
  readonly expires: number | null;
  readonly de: WarningText;
  readonly en: WarningText;
}

/** The warnings for a place as the widget received them. */
export interface WarningsAnswer {
  /** Most severe first; the same level by onset. */
  readonly warnings: readonly Warning[];
  /** When they were fetched (ms since epoch). */
  readonly fetchedAt: number;
}

/** Shown at `now`: not yet over. */
export function isActive(warning: Warning, now: number): boolean {
  return warning.expires === null || warning.expires > now;
}
