import { CONSENT_KEY, widgetStore, type SafeStore } from '../storage/safe-store.js';
import { parseConsentRecord, type ConsentRecord } from './consent-record.js';

/**
 * Called with the new record and, for a change made on this page, whatever the caller of
 * `decide`/`clear` passed as initiator (undefined for another tab's change).
 */
export type ConsentListener = (record: ConsentRecord | null, initiator?: unknown) => void;

const CHANNEL_NAME = 'kreis-wetter-consent';

/**
 * The visitor's decision, one for all widgets of the page and, through IndexedDB and a
 * BroadcastChannel, for all tabs of the site. DOM-free: widgets subscribe through
 * ConsentController. Only `decide` and `clear` change it, and only widgets call those
 * (visitor action or public method).
 */
export class ConsentStore {
  private record: ConsentRecord | null = null;
  private readonly listeners = new Set<ConsentListener>();
  private channel: BroadcastChannel | undefined;
  private loaded: Promise<ConsentRecord | null> | undefined;
  // Bumped by every local change, so a slow initial read cannot overwrite a newer decision.
  private revision = 0;

  constructor(private readonly storage: SafeStore) {}

  /** The current record once storage has been read. */
  load(): Promise<ConsentRecord | null> {
    if (!this.loaded) {
      const revisionAtStart = this.revision;
      this.loaded = this.storage.get(CONSENT_KEY).then((stored) => {
        if (this.revision === revisionAtStart) this.record = parseConsentRecord(stored);
        return this.record;
      });
    }
    return this.loaded;
  }

  current(): ConsentRecord | null {
    return this.record;
  }

  subscribe(listener: ConsentListener): () => void {
    this.listeners.add(listener);
    this.openChannel();
    return () => this.listeners.delete(listener);
  }

  async decide(granted: boolean, version: string, initiator?: unknown): Promise<void> {
    await this.commit({ granted, version, decidedAt: Date.now() }, initiator);
  }

  /** Forgets the decision: every widget asks again. */
  async clear(initiator?: unknown): Promise<void> {
    await this.commit(null, initiator);
  }

  private async commit(record: ConsentRecord | null, initiator: unknown): Promise<void> {
    this.revision++;
    this.record = record;
    // Stored first, announced second: what the visitor sees has been kept (or could not be kept
    // anywhere but in memory), and another tab reading IndexedDB finds the same.
    await (record ? this.storage.set(CONSENT_KEY, record) : this.storage.delete(CONSENT_KEY));
    if (this.record !== record) return; // a newer decision came in meanwhile and announces itself
    this.notify(initiator);
    this.channel?.postMessage(record);
  }

  private notify(initiator?: unknown): void {
    for (const listener of [...this.listeners]) listener(this.record, initiator);
  }

  /** Opened with the first widget; it stays open for the page, whose decision it keeps current. */
  private openChannel(): void {
    if (this.channel || typeof BroadcastChannel !== 'function') return;
    this.channel = new BroadcastChannel(CHANNEL_NAME);
    this.channel.onmessage = (event: MessageEvent) => {
      // Another tab's message is data like any stored value: a malformed one is ignored,
      // a well-formed `null` means that tab cleared the decision.
      const record = event.data === null ? null : parseConsentRecord(event.data);
      if (record === null && event.data !== null) return;
      this.revision++;
      this.record = record;
      this.notify();
    };
  }
}

let shared: ConsentStore | undefined;

/** The page's one consent store. */
export function consentStore(): ConsentStore {
  return (shared ??= new ConsentStore(widgetStore()));
}
