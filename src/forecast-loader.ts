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

function loadForecastModule(): Promise<ForecastModule> {
  forecastModule ??= import('./forecast/index.js').then(
    (module) => (loadedModule = module),
    (error: unknown) => {
      forecastModule = undefined; // offline now need not mean offline at the next try
      throw error;
    },
  );
  return forecastModule;
}

/**
 * Forgets every kept forecast, without downloading the chunk just for that. The copy in memory
 * goes at once, so a consent given again right after cannot find it.
 */
export function clearForecastData(): Promise<void> {
  return loadedModule ? loadedModule.clearCache() : widgetStore().delete(FORECASTS_KEY);
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
