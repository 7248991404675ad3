import type { ReactiveController } from 'lit';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { emit } from '../events.js';
import { focusAfter } from '../shell/focus.js';
import type { ForecastRegion, WeatherHost } from '../shell/forecast-contract.js';
import { heading } from '../shell/views/heading.js';
import { renderError, renderPlaceholder, renderRevoke } from '../shell/views/weather-frame.js';
import { loadForecast } from './forecast-request.js';
import { OPEN_METEO } from './open-meteo/client.js';
import { Announcer } from './announcer.js';
import { adoptForecastStyles } from './forecast-styles.js';
import { renderForecast } from './forecast-view.js';
import { loadWeatherStrings, weatherStrings, type WeatherTranslation } from './i18n/index.js';
import type { ForecastFailure, ForecastResult } from './model.js';
import { PlaceChoice, type Place } from './place-choice.js';
import { RetryPolicy } from './retry-policy.js';
import { Task, TaskStatus } from './latest-task.js';
import { WarningsController } from './warnings/warnings-controller.js';

type Args = readonly [api: string, latitude: number, longitude: number, timeoutSeconds: number, run: number];

/** The abort reason when the widget leaves the page or consent goes: not a failure to show. */
const STOPPED = new DOMException('The forecast was stopped.', 'AbortError');

/**
 * The forecast region, composed of its parts: the place choice, the request task (newest wins,
 * the older run aborted), the retry policy for "too many requests", the view, and the official
 * warnings above the forecast (their own request and failure). It lives while consent stands;
 * the widget's revoke button and a removed widget end everything it runs.
 */
export class ForecastRegionController implements ReactiveController, ForecastRegion {
  private readonly place: PlaceChoice;
  private readonly task: Task<Args, ForecastResult>;
  private readonly retries = new RetryPolicy();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Seconds until the scheduled automatic retry, for the message; undefined when none is scheduled. */
  private retryIn: number | undefined;
  // Bumped when a stopped run must run again (the widget came back): the task sees new arguments.
  private runs = 0;
  private interrupted = false;
  /** The result whose rendering failed, so the failure is reported once. */
  private unrenderable: ForecastResult | undefined;

  private readonly announcer: Announcer;
  private readonly warnings: WarningsController;

  constructor(
    private readonly host: WeatherHost,
    visitorActed: boolean,
  ) {
    adoptForecastStyles(host);
    this.announcer = new Announcer(host);
    this.place = new PlaceChoice(host, () => this.visitorActed());
    this.task = new Task(host, {
      args: (): Args => {
        const { latitude, longitude } = this.currentPlace();
        const { forecastApi, timeout } = host.weatherInput.config;
        return [forecastApi ?? OPEN_METEO, latitude, longitude, timeout, this.runs];
      },
      task: ([api, latitude, longitude, timeout], { signal }) => {
        clearTimeout(this.retryTimer);
        this.announcer.report(this.strings().loading, false);
        const { keepsForecasts } = this.host.weatherInput;
        return loadForecast({ api, latitude, longitude, timeoutMs: timeout * 1000, onDevice: keepsForecasts, signal });
      },
      onComplete: (result) => this.completed(result),
      onError: (error) => this.failed(error),
    });
    this.warnings = new WarningsController(
      host,
      () => this.currentPlace(),
      () => this.strings(),
      () => this.sayWarnings(),
    );
    if (visitorActed) this.visitorActed();
    host.addController(this);
  }

  get announcement(): string {
    return this.announcer.text;
  }

  visitorActed(): void {
    this.announcer.visitorActed();
    this.warnings.visitorActed();
  }

  hostUpdate(): void {
    const { lang } = this.host.weatherInput;
    if (!weatherStrings(lang)) void loadWeatherStrings(lang).then(() => this.host.requestUpdate());
  }

  hostConnected(): void {
    this.task.autoRun = true;
    // Stopped half-way when it left the page: it asks again now that it is back.
    if (this.interrupted) this.runs++;
    this.interrupted = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Off the page nothing runs, whatever changes meanwhile.
    this.task.autoRun = false;
    this.interrupted = this.task.status === TaskStatus.PENDING;
    this.halt();
  }

  stop(): void {
    this.halt();
    this.warnings.stop();
    for (const controller of [this.task, this.place, this]) this.host.removeController(controller);
  }

  render(): TemplateResult {
    const w = weatherStrings(this.host.weatherInput.lang);
    const { config, t, pageViewOnly, revoke } = this.host.weatherInput;
    if (!w) return renderPlaceholder(config.days, false);
    const place = this.currentPlace(w);
    const { status } = this.task;
    const stopped = status === TaskStatus.ERROR && this.task.error === STOPPED;
    const result = status === TaskStatus.COMPLETE ? this.task.value : undefined;
    const failure = status === TaskStatus.ERROR && !stopped ? toFailure(this.task.error) : result?.error;
    const loading = status === TaskStatus.PENDING || status === TaskStatus.INITIAL || stopped;
    // The reserved height is for a forecast on its way; an error alone needs none of it.
    return html`<div part="forecast" class="forecast ${failure && !result ? '' : `days-${config.days}`}" aria-busy=${loading ? 'true' : 'false'}>
      <div class="forecast-head">
        ${heading(config.headingLevel + 1, 'kw-forecast-heading', w.forecastHeading(place.name), 'subheading', true)} ${this.place.render(w, place)}
      </div>
      <div class="forecast-body">
        ${this.warnings.render(w, place)}
        ${failure ? renderError(errorMessage(t.networkError, w, failure, this.retryIn), t.retry, () => this.retry()) : nothing}
        ${result ? this.renderResult(w, result) : loading ? html`<div class="placeholder" aria-hidden="true"></div>` : nothing}
      </div>
      ${renderRevoke(t, pageViewOnly, revoke)}
    </div>`;
  }

  /** The forecast, or the error part if it cannot be shown: nothing thrown here escapes or freezes the widget. */
  private renderResult(w: WeatherTranslation, result: ForecastResult): TemplateResult {
    const { lang, t, config } = this.host.weatherInput;
    try {
      return renderForecast({ lang, w, result, days: config.days });
    } catch (error) {
      if (this.unrenderable !== result) {
        this.unrenderable = result;
        const message = `The forecast could not be shown: ${String(error)}`;
        queueMicrotask(() =>
          emit(this.host, 'kreis-wetter-error', { service: 'forecast', kind: 'invalid-response', message }),
        );
      }
      return renderError(w.errors.invalid, t.retry, () => this.retry());
    }
  }

  /**
   * Severe warnings that came of the visitor's action are said aloud: with the forecast's outcome
   * if that is still on its way, else now, as the end of the visitor's turn.
   */
  private sayWarnings(): void {
    if (this.task.status === TaskStatus.PENDING) return;
    this.announcer.visitorActed();
    this.announcer.report(this.warnings.takeNews(), true);
  }

  private strings(): WeatherTranslation {
    const { lang } = this.host.weatherInput;
    return weatherStrings(lang) ?? weatherStrings('de')!;
  }

  private currentPlace(w = this.strings()): Place {
    return this.place.current(w);
  }

  private halt(): void {
    clearTimeout(this.retryTimer);
    this.retryIn = undefined;
    this.task.abort(STOPPED);
  }

  private retry(): void {
    this.announcer.visitorActed();
    void this.task.run();
    // The retry button is gone now; focus stays in the region, on its heading.
    void focusAfter(this.host, Promise.resolve(), '#kw-forecast-heading');
  }

  private completed(result: ForecastResult): void {
    const { config } = this.host.weatherInput;
    const { announcer } = this;
    const place = this.currentPlace();
    if (result.error) this.reportError(result.error);
    else this.retries.succeeded();
    emit(this.host, 'kreis-wetter-forecast-load', {
      place: place.name,
      latitude: place.latitude,
      longitude: place.longitude,
      days: Math.min(config.days, result.forecast.days.length),
      fetchedAt: new Date(result.fetchedAt).toISOString(),
      source: result.source,
    });
    // Severe warnings that came first are said with the forecast, not cut off by it.
    announcer.report(`${this.strings().loaded(place.name)} ${this.warnings.takeNews()}`.trim(), true);
    this.scheduleRetry(result.error);
  }

  private failed(error: unknown): void {
    if (error === STOPPED) return;
    const failure = toFailure(error);
    this.reportError(failure);
    // Errors speak for themselves (role="alert"); the live region says no more, but for severe
    // warnings that came first.
    this.announcer.report(this.warnings.takeNews(), true);
    this.scheduleRetry(failure);
  }

  /** Honours the provider's Retry-After before trying again on its own. */
  private scheduleRetry(failure: ForecastFailure | undefined): void {
    const seconds = this.retries.next(failure);
    this.retryIn = seconds;
    if (seconds !== undefined) this.retryTimer = setTimeout(() => void this.task.run(), seconds * 1000);
  }

  private reportError({ kind, status, message }: ForecastFailure): void {
    emit(this.host, 'kreis-wetter-error', { service: 'forecast', kind, status, message });
  }
}

function errorMessage(
  networkError: string,
  w: WeatherTranslation,
  failure: ForecastFailure,
  retryIn: number | undefined,
): string {
  switch (failure.kind) {
    case 'network':
      return networkError;
    case 'timeout':
      return w.errors.timeout;
    case 'rate-limited':
      return w.errors.rateLimited(retryIn);
    case 'invalid-response':
      return w.errors.invalid;
    case 'http':
      return w.errors.server;
  }
}

function toFailure(error: unknown): ForecastFailure {
  if (typeof error === 'object' && error !== null && 'kind' in error && typeof error.kind === 'string')
    return error as ForecastFailure;
  return { kind: 'network', message: String(error) };
}
