import type { ConsentState } from '../../events.js';
import type { ConsentPolicy } from './consent-record.js';

/**
 * Called after every change, with whatever the caller of `decide`/`reset` passed as initiator
 * (undefined for a change that came from elsewhere: another tab, the site's cookie banner).
 */
export type ConsentListener = (initiator?: unknown) => void;

/** Where a visitor's decision lives: the widget's own record, the page, or the site's cookie banner. */
export interface ConsentSource {
  /** Resolves once the first decision is known (the stored one read, the banner asked). */
  load(): Promise<void>;
  /** The decision as it applies under `policy` at `now`. */
  state(policy: ConsentPolicy, now: number): ConsentState;
  subscribe(listener: ConsentListener): () => void;
  /** Takes effect at once for every widget on the page; resolves when it has been kept (or could not be). */
  decide(granted: boolean, policy: ConsentPolicy, initiator?: unknown): Promise<void>;
  /** Forgets the decision: every widget asks again. */
  reset(initiator?: unknown): Promise<void>;
  /** Decisions are kept on the device (for `consent-max-age` days). */
  readonly keeps: boolean;
  /** The decision holds for this page view only where it should have been kept: said beside the buttons. */
  readonly pageViewOnly: boolean;
  /** Opens the site's cookie banner's own settings, where the source is one with an API for that. */
  readonly openSettings?: () => void;
  /** False where nobody is asked (`consent-source="none"`): then there is nothing to withdraw either. */
  readonly asks?: false;
}
