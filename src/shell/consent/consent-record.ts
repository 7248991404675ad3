import type { ConsentState } from '../../events.js';

/** The stored decision, shared by all widgets of a site in this browser. */
export interface ConsentRecord {
  readonly granted: boolean;
  /** The `consent-version` the visitor decided on: the text they were shown. */
  readonly version: string;
  /** When the visitor decided (ms since epoch). */
  readonly decidedAt: number;
  /** Until when it counts (ms since epoch), fixed when it was written from `consent-max-age`. */
  readonly expiresAt: number;
}

/**
 * The site owner's rules for when a stored decision counts. `null` where the attribute's value is
 * not valid: then no stored decision counts, and none is stored (fail closed).
 */
export interface ConsentPolicy {
  readonly version: string | null;
  readonly maxAgeDays: number | null;
}

export const DAY_MS = 86_400_000;
// Longer than any version label the attribute accepts; anything bigger is not a record we wrote.
const MAX_VERSION_LENGTH = 64;

/**
 * Validates a value read from storage or another tab. Anything that is not exactly a record we
 * wrote yields null, which counts as "no decision". (Hand-written: zod stays out of the entry
 * chunk; see README "Bundle budgets".)
 */
export function parseConsentRecord(value: unknown): ConsentRecord | null {
  const { granted, version, decidedAt, expiresAt } = (value ?? {}) as Record<string, unknown>;
  return typeof granted === 'boolean' &&
    typeof version === 'string' &&
    version.length > 0 &&
    version.length <= MAX_VERSION_LENGTH &&
    typeof decidedAt === 'number' &&
    typeof expiresAt === 'number' &&
    decidedAt > 0 &&
    expiresAt > decidedAt &&
    expiresAt < Infinity
    ? { granted, version, decidedAt, expiresAt }
    : null;
}

/** A decision made now under `policy`, or null when the policy is not valid (nothing to store). */
export function newRecord(granted: boolean, { version, maxAgeDays }: ConsentPolicy, now: number): ConsentRecord | null {
  return version === null || maxAgeDays === null
    ? null
    : { granted, version, decidedAt: now, expiresAt: now + maxAgeDays * DAY_MS };
}

/**
 * Whether a stored record counts: only for the current version, until the earlier of its own
 * expiry and `consent-max-age` from the decision (a longer max-age later never lengthens it), and
 * not from the future.
 */
export function isCurrent(record: ConsentRecord, { version, maxAgeDays }: ConsentPolicy, now: number): boolean {
  if (version === null || maxAgeDays === null || record.version !== version) return false;
  // A little slack for clock differences between tabs; a date far ahead is a broken record.
  return record.decidedAt - DAY_MS < now && now < Math.min(record.expiresAt, record.decidedAt + maxAgeDays * DAY_MS);
}

export function stateOf(record: ConsentRecord | null, policy: ConsentPolicy, now: number): ConsentState {
  return !record || !isCurrent(record, policy, now) ? 'unknown' : record.granted ? 'granted' : 'denied';
}
