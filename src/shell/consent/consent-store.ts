import type { ConsentState } from '../../events.js';
import { CONSENT_KEY, readStored, writeStored } from '../storage/safe-store.js';
import {
  isCurrent,
  newRecord,
  parseConsentRecord,
  stateOf,
  type ConsentPolicy,
  type ConsentRecord,
} from './consent-record.js';
import type { ConsentListener, ConsentSource } from './consent-source.js';

const CHANNEL_NAME = 'kreis-wetter-consent';

/**
 * The widget's own record of the visitor's decision (`consent-source="builtin"`): one for all
 * widgets of the page and, through IndexedDB and a BroadcastChannel, for all tabs of the site.
 * DOM-free; widgets subscribe through ConsentController.
 *
 * A decision takes effect first and is stored second: every widget on the page and in other tabs
 * follows at once, whatever storage does. A withdrawal that cannot be written never leaves the
 * old yes behind: it is overwritten, else deleted, else the visitor is told (`pageViewOnly`).
 *
 * Without `keeps` it is a decision of this page view only, stored nowhere: where the page itself
 * tells every widget (`consent-source="external"`), or as the fail-closed stand-in where no
 * decision may be stored (a consent setting that is not valid; then `pageViewOnly` says so).
 */
export class ConsentStore implements ConsentSource {
  #record: ConsentRecord | null = null;
  readonly #listeners = new Set<ConsentListener>();
  #channel: BroadcastChannel | undefined;
  #loaded: Promise<void> | undefined;
  // Bumped by every change, so a slow first read cannot overwrite a newer decision.
  #revision = 0;
  pageViewOnly: boolean;

  constructor(
    readonly keeps: boolean,
    pageViewOnly = false,
  ) {
    this.pageViewOnly = pageViewOnly;
  }

  /** Reads the stored decision once per page; reading creates nothing on the device. */
  load(): Promise<void> {
    const revisionAtStart = this.#revision;
    return (this.#loaded ??= this.keeps
      ? readStored(CONSENT_KEY).then((stored) => {
          if (this.#revision === revisionAtStart) this.#record = parseConsentRecord(stored);
        })
      : Promise.resolve());
  }

  state(policy: ConsentPolicy, now: number): ConsentState {
    const record = this.#record;
    // A kept decision that no longer counts (another version, expired) is deleted when found.
    if (
      record &&
      this.keeps &&
      policy.version !== null &&
      policy.maxAgeDays !== null &&
      !isCurrent(record, policy, now)
    ) {
      this.#record = null;
      this.#revision++;
      void writeStored(CONSENT_KEY);
    }
    return this.keeps
      ? stateOf(this.#record, policy, now)
      : !record
        ? 'unknown'
        : record.granted
          ? 'granted'
          : 'denied';
  }

  subscribe(listener: ConsentListener): () => void {
    if (this.keeps) this.#openChannel();
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  decide(granted: boolean, policy: ConsentPolicy, initiator?: unknown): Promise<void> {
    // Without `keeps` the policy need not be valid: nothing is stored under it.
    return this.#commit(
      newRecord(granted, this.keeps ? policy : { version: '', maxAgeDays: 0 }, Date.now()),
      initiator,
    );
  }

  reset(initiator?: unknown): Promise<void> {
    return this.#commit(null, initiator);
  }

  async #commit(record: ConsentRecord | null, initiator: unknown): Promise<void> {
    this.#revision++;
    this.#record = record;
    this.#notify(initiator);
    if (!this.keeps) return;
    this.#channel?.postMessage(record);
    const kept = record
      ? (await writeStored(CONSENT_KEY, record)) || (!record.granted && (await writeStored(CONSENT_KEY)))
      : await writeStored(CONSENT_KEY);
    if (this.#record !== record || this.pageViewOnly === !kept) return; // a newer decision came meanwhile, or nothing to tell
    this.pageViewOnly = !kept;
    this.#notify();
  }

  #notify(initiator?: unknown): void {
    for (const listener of [...this.#listeners]) listener(initiator);
  }

  /** Opened with the first widget; it stays open for the page, whose decision it keeps current. */
  #openChannel(): void {
    if (this.#channel || typeof BroadcastChannel !== 'function') return;
    this.#channel = new BroadcastChannel(CHANNEL_NAME);
    this.#channel.onmessage = (event: MessageEvent) => {
      // Another tab's message is data like any stored value: a malformed one is ignored,
      // a well-formed `null` means that tab forgot the decision.
      const record = event.data === null ? null : parseConsentRecord(event.data);
      if (record === null && event.data !== null) return;
      this.#revision++;
      this.#record = record;
      this.pageViewOnly = false;
      this.#notify();
    };
  }
}

let stored: ConsentStore | undefined;
let pageView: ConsentStore | undefined;

/** The page's record of the widget's own decisions (database `kreis-wetter`). */
export function storedConsent(): ConsentStore {
  return (stored ??= new ConsentStore(true));
}

/**
 * Where a decision goes when a consent setting is not valid: this page view only, so a bad
 * `consent-version` or `consent-max-age` can neither revive an old decision nor store a new one.
 */
export function pageViewConsent(): ConsentStore {
  return (pageView ??= new ConsentStore(false, true));
}
