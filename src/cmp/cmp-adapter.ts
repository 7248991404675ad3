/**
 * The contract between `<kreis-wetter>` and a site's consent management platform (CMP), used when the
 * attribute `consent-source` names one (e.g. `consent-source="klaro:open-meteo"`). The CMP is then the
 * single source of truth for the visitor's choice about the widget's service: the widget reads it, follows
 * its changes, and records a choice made in the widget's own notice back into the CMP.
 *
 * One small module per CMP implements it (`src/cmp/<name>.ts`), each loaded only when `consent-source`
 * names that CMP. Types only: this file adds nothing to any bundle.
 */

/** What a consent management platform (CMP) says about the widget's service. 'unknown': no decision the visitor made (none yet, or only an implicit/default one). */
export type CmpDecision = 'granted' | 'denied' | 'unknown';

export interface CmpAdapter {
  /** The CMP's name for messages, e.g. 'Klaro'. */
  readonly name: string;
  /**
   * Resolves once the CMP's API is present and its decision for the service can be read. Rejects, after at most
   * `timeoutMs` (or when `signal` aborts), with an Error whose message says what was found and what is missing,
   * e.g. "window.klaro not found", "Klaro has no service \"open-meteo\" in its config", "Usercentrics: no service with id \"abc\"".
   */
  ready(timeoutMs: number, signal?: AbortSignal): Promise<void>;
  /** The CMP's current decision for the service; only meaningful after ready() resolved. */
  current(): CmpDecision;
  /** Calls `listener` with the new decision whenever the CMP announces a saved change (not while the visitor is still toggling); returns the unsubscribe function, which removes every listener it added. Must not call for non-changes (dedupe). */
  subscribe(listener: (decision: CmpDecision) => void): () => void;
  /** Records the visitor's yes or no for this service in the CMP (so it shows in the CMP's records, its cookie and its settings dialog), leaving every other service's/category's choice as it was. Resolves when stored. */
  set(granted: boolean): Promise<void>;
  /** Opens the CMP's own settings dialog, where the CMP has an API for that. */
  readonly openSettings?: () => void;
}

/** Each adapter module's default export: `target` is the part of `consent-source` after the colon. Throws an Error naming the problem when `target` is not acceptable for this CMP (e.g. empty, bad characters, cookiebot category not one of preferences/statistics/marketing). */
export type CreateCmpAdapter = (target: string, win?: Window) => CmpAdapter;
