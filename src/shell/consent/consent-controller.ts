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

/**
 * Where this widget's decision lives and the rules it is judged by; from the widget's attributes.
 * A site's cookie banner is a source that arrives with its adapter's chunk: until then, no yes.
 */
export interface ConsentSetting {
  readonly source: ConsentSource | Promise<ConsentSource>;
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
  #followed: ConsentSetting['source'] | undefined;
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
    this.#unsubscribe = this.#followed = undefined;
  }

  /** A changed consent setting applies before the host renders; the page changed it, so no event. */
  hostUpdate(): void {
    const { source } = this.#setting();
    if (this.#followed === undefined) return; // not on the page: it follows nothing
    if (source !== this.#followed) this.#follow(source);
    else if (this.settled) this.#sync('method');
  }

  /** The source as far as it is known now (a cookie banner's only once its adapter is here). */
  get source(): ConsentSource | undefined {
    const { source } = this.#setting();
    return source instanceof Promise ? (source === this.#followed ? this.#source : undefined) : source;
  }

  /** Days a decision is kept on the device; null when it is not kept. */
  get keptDays(): number | null {
    return this.source?.keeps ? this.#setting().policy.maxAgeDays : null;
  }

  decide(granted: boolean, cause: Cause): Promise<void> {
    const { source, policy } = this.#setting();
    const initiator: Initiator = { controller: this, cause };
    // Synchronously where the source is here: the decision takes effect before anything renders.
    return source instanceof Promise
      ? source.then((s) => s.decide(granted, policy, initiator))
      : source.decide(granted, policy, initiator);
  }

  reset(): Promise<void> {
    const { source } = this.#setting();
    const initiator: Initiator = { controller: this, cause: 'method' };
    return source instanceof Promise ? source.then((s) => s.reset(initiator)) : source.reset(initiator);
  }

  /** The state the source gives now, also before the widget is connected. */
  current(): ConsentState {
    return this.source?.state(this.#setting().policy, Date.now()) ?? 'unknown';
  }

  #follow(followed: ConsentSetting['source']): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#source = undefined;
    this.#followed = followed;
    this.settled = false;
    // A source that is here is followed at once: a widget put back on the page learns of a
    // withdrawal made meanwhile before it renders (and before its forecast could ask again).
    if (followed instanceof Promise) {
      void followed.then((source) => {
        if (this.#followed === followed) this.#attach(source);
      });
    } else this.#attach(followed);
  }

  #attach(source: ConsentSource): void {
    const followed = this.#followed;
    this.#source = source;
    this.#unsubscribe = source.subscribe((initiator) => {
      // A change this widget made carries its cause; any other (widget, tab, banner) is 'storage'.
      const own = initiator as Initiator | undefined;
      this.#host.requestUpdate(); // also when only pageViewOnly changed
      this.#sync(own?.controller === this ? own.cause : 'storage');
    });
    void source.load().then(() => {
      if (this.#followed !== followed) return;
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
