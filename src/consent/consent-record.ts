/** What the widget shows about consent. `unknown`: no valid decision yet. */
export type ConsentState = 'unknown' | 'granted' | 'denied';

/** The stored decision, shared by all widgets of a site in this browser. */
export interface ConsentRecord {
  readonly granted: boolean;
  /** The `consent-version` the visitor decided on. */
  readonly version: string;
  /** When the visitor decided (ms since epoch). */
  readonly decidedAt: number;
}

/** The site owner's rules for when a stored decision still counts. */
export interface ConsentPolicy {
  readonly version: string;
  readonly maxAgeDays: number;
}

const DAY_MS = 86_400_000;
// Longer than any plausible version label; anything bigger is not a record we wrote.
const MAX_VERSION_LENGTH = 64;

/**
 * Validates a value read from storage or another tab. Anything that is not exactly a record
 * we wrote yields null, which counts as "no decision". (Hand-written: zod stays out of the
 * entry chunk; see README "Bundle budgets".)
 */
export function parseConsentRecord(value: unknown): ConsentRecord | null {
  const { granted, version, decidedAt } = (value ?? {}) as Record<string, unknown>;
  return typeof granted === 'boolean' &&
    typeof version === 'string' &&
    version.length > 0 &&
    version.length <= MAX_VERSION_LENGTH &&
    typeof decidedAt === 'number' &&
    decidedAt > 0 &&
    decidedAt < Infinity
    ? { granted, version, decidedAt }
    : null;
}

/** A record counts only for the current version, within the maximum age, and not from the future. */
export function consentStateFor(record: ConsentRecord | null, policy: ConsentPolicy, now: number): ConsentState {
  if (!record || record.version !== policy.version) return 'unknown';
  const age = now - record.decidedAt;
  // A little slack for clock differences between tabs; a date far ahead is a broken record.
  if (age < -DAY_MS || age > policy.maxAgeDays * DAY_MS) return 'unknown';
  return record.granted ? 'granted' : 'denied';
}
