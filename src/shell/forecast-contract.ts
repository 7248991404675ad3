import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { WidgetConfig } from './config/attributes.js';
import type { District } from './district/index.js';
import type { Lang, Translation } from './i18n/index.js';

/**
 * The consent boundary in types: what the widget hands the forecast code it loads after consent,
 * and what that code gives back. Types only, so nothing of the forecast crosses into the bundle
 * a page loads first.
 */

/** Everything the forecast region reads from the widget, current at each update. */
export interface WeatherInput {
  readonly lang: Lang;
  readonly t: Translation;
  readonly config: WidgetConfig;
  /** Its municipalities are what the visitor can choose from. */
  readonly district: District;
  /** The decision holds for this page view only (said beside the revoke button). */
  readonly pageViewOnly: boolean;
  /** Forecasts may be kept on the device: only where the decision itself is kept there. */
  readonly keepsForecasts: boolean;
  /** The visitor withdrew with the region's revoke button. */
  readonly revoke: (() => unknown) | undefined;
}

/** The widget as the forecast region sees it: one way in (`weatherInput`), one way out (`revoke`). */
export interface WeatherHost extends ReactiveControllerHost, HTMLElement {
  readonly weatherInput: WeatherInput;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The forecast region, a controller of the widget while consent stands. */
export interface ForecastRegion {
  render(): TemplateResult;
  /** What the widget's live region says now. */
  readonly announcement: string;
  /** The visitor acted in this widget (accepted, retried): what comes of it is worth saying. */
  visitorActed(): void;
  /** Consent is gone: abort what runs, clear every timer, let go of the host. */
  stop(): void;
}

/** What the forecast chunk exports (src/forecast/index.ts). */
export interface ForecastModule {
  createForecastRegion(host: WeatherHost, visitorActed: boolean): ForecastRegion;
  /** Kept forecasts may be kept again (consent given). */
  keepForecasts(): void;
  /** Forgets every kept forecast: in memory at once, in storage as soon as it can. */
  forgetForecasts(): Promise<void>;
}
