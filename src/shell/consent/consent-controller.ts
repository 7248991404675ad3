import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type ConsentState } from '../../events.js';
import type { ConsentPolicy } from './consent-record.js';
import type { ConsentSource } from './consent-source.js';

type Cause = 'visitor' | 'method';

/** Passed through the source with a change, so the widget that made it can tell its own. */
interface Initiator {
  readonly controller: ConsentController;
  readonly cause: Cause;
}

/** Where this widget's decision lives and the rules it is judged by; from the widget's attributes. */
export interface ConsentSetting {
  readonly source: ConsentSource;
  readonly policy: ConsentPolicy;
}

/**
 * Connects one widget to its consent source and derives its state. A change is passed on to
 * `onChange` the moment the source announces it, before the host renders, so a withdrawal stops
 * everything at once.
 */
export class ConsentController implements ReactiveController {
  state: ConsentState = 'unknown';
  /** False until the first decision is known; the widget must not ask before that. */
  settled = false;
  #source: ConsentSource | undefined;
  #unsubscribe: (() => void) | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #setting: () => ConsentSetting;
  readonly #onChange: (state: ConsentState) => void;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    setting: () => ConsentSetting,
    onChange: (state: ConsentState) => void,
  ) {
    this.#host = host;
    this.#setting = setting;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#follow(this.#setting().source);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#source = undefined;
  }

  /** A changed consent setting applies before the host renders; the page changed it, so no event. */
  hostUpdate(): void {
    const { source } = this.#setting();
    if (this.#source === undefined) return; // not on the page: it follows nothing
    if (source !== this.#source) this.#follow(source);
    else if (this.settled) this.#sync('method');
  }

  /** Days a decision is kept on the device; null when it is not kept. */
  get keptDays(): number | null {
    const { source, policy } = this.#setting();
    return source.keeps ? policy.maxAgeDays : null;
  }

  /** The decision holds for this page view only (see ConsentSource). */
  get pageViewOnly(): boolean {
    return this.#setting().source.pageViewOnly;
  }

  decide(granted: boolean, cause: Cause): Promise<void> {
    const { source, policy } = this.#setting();
    return source.decide(granted, policy, { controller: this, cause } satisfies Initiator);
  }

  reset(): Promise<void> {
    return this.#setting().source.reset({ controller: this, cause: 'method' } satisfies Initiator);
  }

  /** The state the source gives now, also before the widget is connected. */
  current(): ConsentState {
    const { source, policy } = this.#setting();
    return source.state(policy, Date.now());
  }

  #follow(source: ConsentSource): void {
    this.#unsubscribe?.();
    this.#source = source;
    this.settled = false;
    this.#unsubscribe = source.subscribe((initiator) => {
      // A change this widget made carries its cause; any other (widget, tab, banner) is 'storage'.
      const own = initiator as Initiator | undefined;
      this.#host.requestUpdate(); // also when only pageViewOnly changed
      this.#sync(own?.controller === this ? own.cause : 'storage');
    });
    void source.load().then(() => {
      if (this.#source !== source) return;
      this.settled = true;
      this.#host.requestUpdate();
      this.#sync('storage', true);
    });
  }

  /** Re-derives the state; `settling`: the first decision is known, so `onChange` hears it even unchanged. */
  #sync(cause: Cause | 'storage', settling = false): void {
    const next = this.current();
    const changed = next !== this.state;
    if (!changed && !settling) return;
    this.state = next;
    this.#onChange(next);
    // Events report what the visitor or the source did, not what the page itself asked for.
    if (changed && cause !== 'method') emit(this.#host, 'kreis-wetter-consent-change', { state: next, source: cause });
  }
}
