import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { WidgetConfig } from '../config/attributes.js';
import type { District } from '../district/index.js';
import { emit } from '../events.js';
import { formatNumber } from '../i18n/format.js';
import { translationFor, type Lang, type Translation } from '../i18n/index.js';
import { weatherTranslations, type WeatherTranslation } from '../i18n/weather.js';
import { renderError } from '../views/forecast-frame.js';
import { loadForecast } from './forecast-service.js';
import { forecastStyles } from './forecast-styles.js';
import { renderForecast } from './forecast-view.js';
import type { ForecastFailure, ForecastResult } from './model.js';

export interface PanelInput {
  /** False without consent: the panel stops and shows nothing. */
  readonly enabled: boolean;
  /** The visitor acted in this widget: loading and its outcome are worth announcing. */
  readonly announce: boolean;
  readonly lang: Lang;
  /** The widget's attributes: the configured place (municipality or own coordinates), days, timeout, heading level. */
  readonly config: WidgetConfig;
  /** Its municipalities are what the visitor can choose from. */
  readonly district: District;
  readonly onRevoke: () => void;
}

interface Place {
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
  /** Its value in the select: a municipality id, or CUSTOM for the site's coordinates. */
  readonly value: string;
}

const CUSTOM = 'custom';

type PanelState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly result: ForecastResult }
  | { readonly status: 'error'; readonly failure: ForecastFailure };

// Automatic retries after HTTP 429: Retry-After is honoured between these bounds, a few times at
// most; beyond that the visitor retries by hand.
const MIN_AUTO_RETRY_SECONDS = 1;
const MAX_AUTO_RETRY_SECONDS = 120;
const MAX_AUTO_RETRIES = 3;
// A place picked with the arrow keys fires `change` at every step in some browsers; only the one
// the visitor stays on is requested.
const PICK_SETTLE_MS = 400;

/**
 * The forecast region, from the chunk loaded after consent: fetches for the host's current place,
 * renders heading, place select, forecast or error and the revoke button, and reports with events.
 * Only the newest query's answer is ever shown: a new place, a withdrawn consent or a disconnect
 * aborts the running request.
 */
export class ForecastPanel implements ReactiveController {
  private state: PanelState = { status: 'idle' };
  private input: PanelInput | undefined;
  /** The visitor's choice in the select, for this visit; a new place from the site resets it. */
  private picked: string | undefined;
  private configuredKey = '';
  private place: Place | undefined;
  private queryKey = '';
  private run: AbortController | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private autoRetries = 0;
  /** Seconds until the scheduled automatic retry, for the message; undefined when none is scheduled. */
  private retryAfter: number | undefined;
  private pickTimer: ReturnType<typeof setTimeout> | undefined;
  /** The visitor picked a place here: announce what comes of it. */
  private picking = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    const root = host.shadowRoot;
    const sheet = forecastStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Called by the host on every update. */
  update(input: PanelInput): void {
    this.input = input;
    const { municipality, coordinates, timeoutMs } = input.config;
    const configured = `${municipality.id} ${coordinates?.latitude} ${coordinates?.longitude}`;
    if (configured !== this.configuredKey) {
      // The site chose a place: that beats what the visitor picked earlier.
      this.configuredKey = configured;
      this.picked = undefined;
    }
    const place = (this.place = this.resolvePlace(input));
    const key = input.enabled ? `${place.latitude},${place.longitude},${timeoutMs}` : '';
    if (key === this.queryKey) return;
    this.queryKey = key;
    if (key) void this.start();
    else {
      this.cancel();
      this.state = { status: 'idle' };
    }
  }

  private resolvePlace({ config: { municipality, coordinates }, district, lang }: PanelInput): Place {
    const picked = district.municipalities.find((m) => m.id === this.picked);
    if (picked) return { ...picked, value: picked.id };
    if (coordinates) {
      const [lat, lon] = [coordinates.latitude, coordinates.longitude].map((n) => formatNumber(lang, n, 2)) as [string, string];
      return { name: weatherTranslations[lang].coordinates(lat, lon), ...coordinates, value: CUSTOM };
    }
    return { ...municipality, value: municipality.id };
  }

  private pick(value: string): void {
    clearTimeout(this.pickTimer);
    this.pickTimer = setTimeout(() => {
      this.picked = value;
      this.picking = true;
      this.host.requestUpdate();
    }, PICK_SETTLE_MS);
  }

  hostConnected(): void {
    // Re-attached: the next update decides, with consent as it is now, whether to load again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancel();
    clearTimeout(this.pickTimer);
    // An aborted load is not a result: the next update starts afresh if consent still stands.
    if (this.state.status !== 'ready') this.queryKey = '';
  }

  /** What the widget's polite live region says now. */
  get announcement(): string {
    const { input, state, place } = this;
    if (!input || !place || !(input.announce || this.picking)) return '';
    if (state.status === 'loading') return translationFor(input.lang).loading;
    if (state.status === 'ready') return weatherTranslations[input.lang].loaded(place.name);
    return '';
  }

  render(): TemplateResult {
    const { state, input, place } = this;
    if (!input || !place) return html``;
    const t = translationFor(input.lang);
    const w = weatherTranslations[input.lang];
    const failure = state.status === 'error' ? state.failure : state.status === 'ready' ? state.result.error : undefined;
    // The reserved height is for a forecast on its way; an error alone needs none of it. Focus moves
    // to the heading after accepting and retrying, so it takes focus (tabindex -1), but not by Tab.
    const { days, headingLevel, coordinates } = input.config;
    return html`<div part="forecast" class="forecast ${state.status === 'error' ? '' : `days-${days}`}" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      <div class="forecast-head">
        <div role="heading" aria-level=${headingLevel + 1} id="kw-forecast-heading" class="subheading" tabindex="-1">${w.forecastHeading(place.name)}</div>
        <label class="location">
          <span>${w.locationLabel}</span>
          <select part="location-select" @change=${(e: Event) => this.pick((e.target as HTMLSelectElement).value)}>
            ${coordinates ? html`<option value=${CUSTOM} ?selected=${place.value === CUSTOM}>${w.customLocation}</option>` : nothing}
            ${input.district.municipalities.map((m) => html`<option value=${m.id} ?selected=${m.id === place.value}>${m.name}</option>`)}
          </select>
        </label>
      </div>
      <div class="forecast-body">
        ${failure ? renderError(errorMessage(t, w, failure, this.retryAfter), t.retry, () => void this.retry()) : nothing}
        ${state.status === 'ready'
          ? renderForecast({ lang: input.lang, result: state.result, days })
          : state.status === 'loading'
            ? html`<div class="placeholder" aria-hidden="true"></div>`
            : nothing}
      </div>
      <button part="revoke-button" @click=${input.onRevoke}>${t.revoke}</button>
    </div>`;
  }

  private async retry(): Promise<void> {
    this.picking = true; // a visitor's action: announce its outcome
    const started = this.start();
    await this.host.updateComplete;
    // The retry button is gone now; keep focus in the region, on its heading.
    this.host.shadowRoot?.querySelector<HTMLElement>('#kw-forecast-heading')?.focus();
    await started;
  }

  private cancel(): void {
    this.run?.abort();
    this.run = undefined;
    clearTimeout(this.retryTimer);
  }

  private async start(): Promise<void> {
    const { input, place } = this;
    if (!input?.enabled || !place) return;
    this.cancel();
    const run = new AbortController();
    this.run = run;
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    try {
      const { latitude, longitude } = place;
      const result = await loadForecast({ latitude, longitude, timeoutMs: input.config.timeoutMs, signal: run.signal });
      if (run.signal.aborted) return;
      this.state = { status: 'ready', result };
      if (result.error) this.reportError(result.error);
      else this.autoRetries = 0;
      this.reportLoad(place, input.config.days, result);
      this.scheduleRetry(result.error);
    } catch (error) {
      if (run.signal.aborted) return;
      const failure = toFailure(error);
      this.state = { status: 'error', failure };
      this.reportError(failure);
      this.scheduleRetry(failure);
    }
    this.host.requestUpdate();
  }

  /** The seconds until the panel tries again on its own after a 429, or undefined when it will not. */
  private autoRetryIn(failure: ForecastFailure | undefined): number | undefined {
    const seconds = failure?.retryAfterSeconds;
    if (failure?.kind !== 'rate-limited' || seconds === undefined || seconds > MAX_AUTO_RETRY_SECONDS || this.autoRetries >= MAX_AUTO_RETRIES) {
      return undefined;
    }
    return Math.max(seconds, MIN_AUTO_RETRY_SECONDS);
  }

  /** Honours the provider's Retry-After before trying again on its own. */
  private scheduleRetry(failure: ForecastFailure | undefined): void {
    const seconds = this.autoRetryIn(failure);
    this.retryAfter = seconds;
    if (seconds === undefined) return;
    this.retryTimer = setTimeout(() => {
      this.autoRetries++;
      void this.start();
    }, seconds * 1000);
  }

  private reportLoad(place: Place, days: number, result: ForecastResult): void {
    emit(this.host, 'kreis-wetter-forecast-load', {
      place: place.name,
      latitude: place.latitude,
      longitude: place.longitude,
      days: Math.min(days, result.forecast.days.length),
      fetchedAt: new Date(result.fetchedAt).toISOString(),
      source: result.source,
    });
  }

  private reportError({ kind, status, message }: ForecastFailure): void {
    emit(this.host, 'kreis-wetter-error', { kind, status, message });
  }
}

function errorMessage(t: Translation, w: WeatherTranslation, failure: ForecastFailure, retryIn: number | undefined): string {
  switch (failure.kind) {
    case 'network':
      return t.networkError;
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
  if (typeof error === 'object' && error !== null && 'kind' in error && typeof error.kind === 'string') return error as ForecastFailure;
  return { kind: 'network', message: String(error) };
}
