import type { ForecastFailure } from './model.js';

// Automatic retries after HTTP 429: Retry-After is honoured between these bounds, a few times at
// most; beyond that the visitor retries by hand.
const MIN_AUTO_RETRY_SECONDS = 1;
const MAX_AUTO_RETRY_SECONDS = 120;
const MAX_AUTO_RETRIES = 3;

/**
 * When to try again on one's own after the provider said "too many requests". Only a 429 with a
 * Retry-After of at most two minutes is waited for, at least a second, three times in a row at
 * most; any other failure waits for the visitor. A success starts the count afresh; a retry by
 * hand does not (the provider is still busy).
 */
export class RetryPolicy {
  private retries = 0;

  /** Seconds until the next automatic try after `failure`, or undefined: none. Counts the try. */
  next(failure: ForecastFailure | undefined): number | undefined {
    const seconds = failure?.retryAfterSeconds;
    if (
      failure?.kind !== 'rate-limited' ||
      seconds === undefined ||
      seconds > MAX_AUTO_RETRY_SECONDS ||
      this.retries >= MAX_AUTO_RETRIES
    ) {
      return undefined;
    }
    this.retries++;
    return Math.max(seconds, MIN_AUTO_RETRY_SECONDS);
  }

  succeeded(): void {
    this.retries = 0;
  }
}
