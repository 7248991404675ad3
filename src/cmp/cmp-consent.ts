import type { ConsentState } from '../events.js';
import type { ConsentPolicy } from '../shell/consent/consent-record.js';
import type { ConsentListener, ConsentSource } from '../shell/consent/consent-source.js';
import type { CmpAdapter, CmpDecision, CreateCmpAdapter } from './cmp-adapter.js';
import { describe } from './shared.js';

/**
 * The site's cookie banner as the widget's consent source (`consent-source="klaro:open-meteo"` …):
 * a chunk of its own, fetched only where `consent-source` names a banner, which fetches the one
 * adapter named (each a chunk of its own too). The banner is the only source of truth: the widget
 * stores no decision of its own, reads the banner's when it is ready, follows every change the
 * banner announces, and records a choice made in its own notice in the banner.
 *
 * A banner that does not load in time (blocked, broken, misnamed service) is named in the console,
 * and the widget asks the visitor itself: a yes then holds for this page view only, stored nowhere.
 */

const ADAPTERS: Readonly<Record<string, () => Promise<{ default: CreateCmpAdapter }>>> = {
  klaro: () => import('./klaro.js'),
  cookieconsent: () => import('./cookieconsent.js'),
  usercentrics: () => import('./usercentrics.js'),
  cookiebot: () => import('./cookiebot.js'),
  borlabs: () => import('./borlabs.js'),
  ccm19: () => import('./ccm19.js'),
};

/** How long a banner may take to load before the widget asks the visitor itself. */
export const BANNER_WAIT_MS = 4000;

/** The consent source for `value` (`name:target`); `pageView` stands in where the banner cannot decide. */
export async function cookieBannerConsent(value: string, pageView: ConsentSource): Promise<ConsentSource> {
  const warn = (what: string) =>
    console.warn(
      `<kreis-wetter>: consent-source="${value}": ${what}. The widget asks the visitor itself, for this page view only.`,
    );
  const colon = value.indexOf(':');
  const load = ADAPTERS[value.slice(0, colon)];
  try {
    if (!load) throw new Error('no such cookie banner');
    const create = (await load()).default;
    return new CookieBannerConsent(create(value.slice(colon + 1)), pageView, warn);
  } catch (error) {
    warn(describe(error));
    return pageView;
  }
}

class CookieBannerConsent implements ConsentSource {
  readonly keeps = false;
  #decision: CmpDecision = 'unknown';
  /** The banner did not load: the widget's own page-view decision stands in. */
  #missing = false;
  /** The banner has no way to record one service's choice: this page view's choice stands. */
  #unrecorded = false;
  #loaded: Promise<void> | undefined;
  readonly #listeners = new Set<ConsentListener>();
  readonly #adapter: CmpAdapter;
  readonly #pageView: ConsentSource;
  readonly #warn: (what: string) => void;

  constructor(adapter: CmpAdapter, pageView: ConsentSource, warn: (what: string) => void) {
    this.#adapter = adapter;
    this.#pageView = pageView;
    this.#warn = warn;
  }

  get pageViewOnly(): boolean {
    return this.#missing ? this.#pageView.pageViewOnly : this.#unrecorded;
  }

  get openSettings(): (() => void) | undefined {
    return this.#missing ? undefined : this.#adapter.openSettings;
  }

  load(): Promise<void> {
    return (this.#loaded ??= this.#adapter.ready(BANNER_WAIT_MS).then(
      () => {
        this.#decision = this.#adapter.current();
        this.#adapter.subscribe((decision) => {
          this.#decision = decision;
          this.#unrecorded = false;
          this.#notify();
        });
      },
      (error: unknown) => {
        this.#missing = true;
        this.#warn(describe(error));
        this.#pageView.subscribe((initiator) => this.#notify(initiator));
      },
    ));
  }

  state(policy: ConsentPolicy, now: number): ConsentState {
    return this.#missing ? this.#pageView.state(policy, now) : this.#decision;
  }

  subscribe(listener: ConsentListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async decide(granted: boolean, policy: ConsentPolicy, initiator?: unknown): Promise<void> {
    if (this.#missing) return this.#pageView.decide(granted, policy, initiator);
    // In the widgets at once; the banner records it next (and says so, which changes nothing more).
    this.#decision = granted ? 'granted' : 'denied';
    this.#notify(initiator);
    try {
      await this.#adapter.set(granted);
    } catch (error) {
      this.#warn(`${this.#adapter.name} did not record the choice (${describe(error)})`);
      this.#unrecorded = true;
      this.#notify();
    }
  }

  /** Forgets this page view's decision; what the banner has recorded stays the banner's. */
  reset(initiator?: unknown): Promise<void> {
    if (this.#missing) return this.#pageView.reset(initiator);
    this.#decision = this.#adapter.current();
    this.#notify(initiator);
    return Promise.resolve();
  }

  #notify(initiator?: unknown): void {
    for (const listener of [...this.#listeners]) listener(initiator);
  }
}
