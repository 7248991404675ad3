import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import { consentStateFor, type ConsentPolicy, type ConsentState } from './consent-record.js';
import { consentStore } from './consent-store.js';

type Cause = 'visitor' | 'method';

/** Connects one widget to the page's consent store and derives its state under the widget's policy. */
export class ConsentController implements ReactiveController {
  state: ConsentState = 'unknown';
  /** False until the stored decision has been read; the widget must not ask before that. */
  settled = false;
  private unsubscribe: (() => void) | undefined;
  private pendingCause: Cause | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly policy: () => ConsentPolicy,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const store = consentStore();
    this.unsubscribe = store.subscribe((_record, origin) => {
      const cause = origin === 'local' ? this.pendingCause : undefined;
      this.pendingCause = undefined;
      this.sync(cause ?? 'storage');
    });
    void store.load().then(() => {
      this.settled = true;
      this.host.requestUpdate();
      this.sync('storage');
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  decide(granted: boolean, cause: Cause): Promise<void> {
    this.pendingCause = cause;
    return consentStore().decide(granted, this.policy().version);
  }

  reset(): Promise<void> {
    this.pendingCause = 'method';
    return consentStore().clear();
  }

  /** Re-derives the state after the widget's policy changed; the page did that, so no event. */
  policyChanged(): void {
    this.sync('method');
  }

  private sync(cause: Cause | 'storage'): void {
    const next = consentStateFor(consentStore().current(), this.policy(), Date.now());
    if (next === this.state) return;
    this.state = next;
    this.host.requestUpdate();
    // Events report what the visitor or the stored decision did, not what the page itself asked for.
    if (cause !== 'method') emit(this.host, 'kreis-wetter-consent-change', { state: next, source: cause });
  }
}
