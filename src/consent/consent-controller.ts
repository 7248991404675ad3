import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import { consentStateFor, type ConsentPolicy, type ConsentState } from './consent-record.js';
import { consentStore } from './consent-store.js';

type Cause = 'visitor' | 'method';

/** Passed through the store with a change, so the widget that made it can tell its own. */
interface Initiator {
  readonly controller: ConsentController;
  readonly cause: Cause;
}

/** Connects one widget to the page's consent store and derives its state under the widget's policy. */
export class ConsentController implements ReactiveController {
  state: ConsentState = 'unknown';
  /** False until the stored decision has been read; the widget must not ask before that. */
  settled = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly policy: () => ConsentPolicy,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const store = consentStore();
    this.unsubscribe = store.subscribe((_record, initiator) => {
      // A change this widget made carries its cause; any other (widget, tab, storage) is 'storage'.
      const own = initiator as Initiator | undefined;
      this.sync(own?.controller === this ? own.cause : 'storage');
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
    return consentStore().decide(granted, this.policy().version, { controller: this, cause } satisfies Initiator);
  }

  reset(): Promise<void> {
    return consentStore().clear({ controller: this, cause: 'method' } satisfies Initiator);
  }

  /**
   * Re-derives the state; the widget calls it at the start of every update, so a changed
   * consent-version or consent-max-age applies at once. The page changed those, so no event.
   */
  refresh(): void {
    if (this.settled) this.sync('method');
  }

  /** The state the stored decision gives now, also before the widget is connected. */
  current(): ConsentState {
    return consentStateFor(consentStore().current(), this.policy(), Date.now());
  }

  private sync(cause: Cause | 'storage'): void {
    const next = this.current();
    if (next === this.state) return;
    this.state = next;
    this.host.requestUpdate();
    // Events report what the visitor or the stored decision did, not what the page itself asked for.
    if (cause !== 'method') emit(this.host, 'kreis-wetter-consent-change', { state: next, source: cause });
  }
}
