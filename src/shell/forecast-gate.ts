import type { ReactiveController } from 'lit';
import type { ConsentState } from '../events.js';
import type { ForecastModule, ForecastRegion, WeatherHost } from './forecast-contract.js';
import { FORECASTS_KEY, writeStored } from './storage/safe-store.js';

/**
 * The only door to the forecast chunk. Nothing here runs before the widget has consent; until
 * then the chunk (provider client, schemas, forecast view) is not even downloaded.
 */

let loading: Promise<ForecastModule> | undefined;
let loaded: ForecastModule | undefined;
// A browser may remember a failed import() of a URL for the rest of the page (Firefox does; WebKit
// does for a file a bundler preloaded), so a retry asks for the same file under a new URL: the one
// the failure named (Chromium, Firefox), or the preload that failed (WebKit names none), which is
// the chunk as whatever bundler built the page placed it. Otherwise the retry imports as usual.
let failedUrl: string | undefined;
let attempts = 0;

function rememberFailedPreload({ target }: Event): void {
  if ((target as HTMLLinkElement).rel === 'modulepreload') failedUrl = (target as HTMLLinkElement).href;
}

function importForecast(): Promise<ForecastModule> {
  if (!attempts) document.addEventListener('error', rememberFailedPreload, true);
  return (loading ??= (
    failedUrl
      ? (import(/* @vite-ignore */ `${failedUrl.replace(/\?.*/, '')}?retry=${attempts}`) as Promise<ForecastModule>)
      : import('../forecast/index.js')
  ).then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined; // offline now need not mean offline at the next try
      attempts++;
      failedUrl = /https?:\S+\.js/.exec(String(error))?.[0] ?? failedUrl;
      throw error;
    },
  ));
}

let forgotten: Promise<void> | undefined;

/**
 * Forgets every kept forecast, without downloading the chunk just for that. Without consent the
 * widgets do it once per page, whichever asks first; `always` for the page's own call. Deleting
 * creates nothing where nothing is kept.
 */
function forgetForecasts(always = false): Promise<void> {
  if (always) forgotten = undefined;
  return (forgotten ??= loaded ? loaded.forgetForecasts() : writeStored(FORECASTS_KEY).then(() => undefined));
}

/**
 * Opens the door after a yes, closes it at a no: loads the chunk on first need and hands the
 * forecast over to the region it brings; at a withdrawal stops that region at once and forgets
 * the kept forecasts. A widget removed while the chunk is on its way gets no region (and so
 * requests nothing) until it is back on the page.
 */
export class ForecastGate implements ReactiveController {
  region: ForecastRegion | undefined;
  /** The chunk could not be downloaded (offline, blocked). */
  failed = false;
  #open = false;
  #acted = false;
  #opening: Promise<void> | undefined;

  readonly #host: WeatherHost;
  readonly #onFailure: (error: unknown) => void;

  constructor(host: WeatherHost, onFailure: (error: unknown) => void) {
    this.#host = host;
    this.#onFailure = onFailure;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#open) void this.#load();
  }

  /** The visitor acted here (accepted, retried): the region announces what comes of it. */
  visitorActed(): void {
    this.#acted = true;
    this.region?.visitorActed();
  }

  /** Follows the consent state the moment it is known or changes. */
  follow(state: ConsentState): void {
    this.#open = state === 'granted';
    if (this.#open) {
      forgotten = undefined; // the next withdrawal must forget again
      loaded?.keepForecasts();
      void this.#load();
      return;
    }
    this.region?.stop();
    this.region = undefined;
    this.failed = false;
    this.#acted = false;
    void forgetForecasts();
  }

  /** Resolves once the forecast region is there or the chunk has failed (where focus goes next). */
  ready(): Promise<void> {
    return this.#opening ?? Promise.resolve();
  }

  /** Forgets the kept forecasts (a withdrawal or reset by the page's own call). */
  forget(): Promise<void> {
    return forgetForecasts(true);
  }

  retry(): Promise<void> {
    this.failed = false;
    return this.#load();
  }

  #load(): Promise<void> {
    if (this.region || this.failed || !this.#host.isConnected) return this.ready();
    return (this.#opening ??= importForecast()
      .then(
        (module) => {
          if (!this.#open || this.region) return;
          module.keepForecasts();
          if (this.#host.isConnected) this.region = module.createForecastRegion(this.#host, this.#acted);
        },
        (error: unknown) => {
          if (!this.#open) return;
          this.failed = true;
          this.#onFailure(error);
        },
      )
      .finally(() => {
        this.#opening = undefined;
        this.#host.requestUpdate();
      }));
  }
}
