import type { ReactiveControllerHost } from 'lit';
import type { ForecastPanel } from './forecast/forecast-panel.js';
import { FORECASTS_KEY, widgetStore } from './storage/safe-store.js';

/**
 * The only door to the forecast chunk. Nothing here runs before the widget has consent; until
 * then the chunk (provider client, schemas, forecast view) is not even downloaded.
 */
type ForecastModule = typeof import('./forecast/index.js');

let forecastModule: Promise<ForecastModule> | undefined;
let loadedModule: ForecastModule | undefined;
let attempts = 0;

// The built chunk's file name, written in by the build (vite.config.ts). A browser may remember a
// failed import() of a URL for the rest of the page (Firefox ESR 153 does), so a retry asks for the
// same file under a new URL. Unbuilt (tests of the sources), a retry imports as usual.
const FORECAST_CHUNK = '__FORECAST_CHUNK__';

function loadForecastModule(): Promise<ForecastModule> {
  forecastModule ??= (
    attempts++ && FORECAST_CHUNK[0] === '.' ? (import(/* @vite-ignore */ `${FORECAST_CHUNK}?${attempts}`) as Promise<ForecastModule>) : import('./forecast/index.js')
  ).then(
    (module) => (loadedModule = module),
    (error: unknown) => {
      forecastModule = undefined; // offline now need not mean offline at the next try
      throw error;
    },
  );
  return forecastModule;
}

let forgotten: Promise<void> | undefined;

/**
 * Forgets every kept forecast, without downloading the chunk just for that: once per page for as
 * long as there is no consent, whichever widget asks. The copy in memory goes at once, so a
 * consent given again right after cannot find it.
 */
export function forgetForecasts(): Promise<void> {
  return (forgotten ??= loadedModule ? loadedModule.clearCache() : widgetStore().delete(FORECASTS_KEY));
}

/** Consent is there again: the next withdrawal must forget again. */
export function mayKeepForecasts(): void {
  forgotten = undefined;
}

/** Loads the chunk on first need and hands the forecast over to the panel it brings. */
export class ForecastLoader {
  panel: ForecastPanel | undefined;
  /** The chunk could not be downloaded (offline, blocked). */
  failed = false;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /**
   * Starts loading the chunk unless it is loaded, loading or has failed (then see `retry`);
   * resolves when it is loaded or has failed.
   */
  ensure(): Promise<void> {
    if (this.panel || this.failed) return Promise.resolve();
    this.loading ??= loadForecastModule().then(
      (module) => {
        this.panel = new module.ForecastPanel(this.host);
      },
      (error: unknown) => {
        this.failed = true;
        this.onFailure(error);
      },
    ).finally(() => {
      this.loading = undefined;
      this.host.requestUpdate();
    });
    return this.loading;
  }

  retry(): Promise<void> {
    this.failed = false;
    return this.ensure();
  }
}
