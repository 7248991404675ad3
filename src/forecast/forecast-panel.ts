import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { WidgetConfig } from '../config/attributes.js';
import type { District } from '../district/index.js';
import { emit } from '../events.js';
import { formatNumber } from '../i18n/format.js';
import { translationFor, type Lang, type Translation } from '../i18n/index.js';
import { weatherTranslations, type WeatherTranslation } from '../i18n/weather.js';
import { renderError } from '../views/forecast-frame.js';
import { heading } from '../views/heading.js';
import { loadForecast } from './forecast-service.js';
import { forecastStyles } from './forecast-styles.js';
import { renderForecast } from './forecast-view.js';
import type { ForecastFailure, ForecastResult } from './model.js';

export interface PanelInput {
  /** False without consent: the panel stops and shows nothing. */
  readonly enabled: boolean;
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

// The longest Retry-After we wait out automatically; beyond it the visitor retries by hand.
const MAX_AUTO_RETRY_SECONDS = 120;

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
    this.picked = value;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Moved in the DOM or re-attached: pick up where the abort on disconnect left off.
    if (this.queryKey && this.state.status !== 'ready') void this.start();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** What the widget's polite live region says now. */
  get announcement(): string {
    const { input, state, place } = this;
    if (!input || !place) return '';
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
    // The reserved height is for a forecast on its way; an error alone needs none of it.
    const { days, headingLevel, coordinates } = input.config;
    return html`<div part="forecast" class="forecast ${state.status === 'error' ? '' : `days-${days}`}" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      <div class="forecast-head">
        ${heading(headingLevel + 1, 'kw-forecast-heading', w.forecastHeading(place.name), 'subheading', true)}
        <label class="location">
          <span>${w.locationLabel}</span>
          <select part="location-select" @change=${(e: Event) => this.pick((e.target as HTMLSelectElement).value)}>
            ${coordinates ? html`<option value=${CUSTOM} ?selected=${place.value === CUSTOM}>${w.customLocation}</option>` : nothing}
            ${input.district.municipalities.map((m) => html`<option value=${m.id} ?selected=${m.id === place.value}>${m.name}</option>`)}
          </select>
        </label>
      </div>
      <div class="forecast-body">
        ${failure ? renderError(errorMessage(t, w, failure), t.retry, () => void this.retry()) : nothing}
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
    this.retryTimer = undefined;
  }

  private async start(): Promise<void> {
    const { input, place } = this;
    if (!input?.enabled || !place) return;
    const query = { latitude: place.latitude, longitude: place.longitude, timeoutMs: input.config.timeoutMs };
    this.cancel();
    const run = new AbortController();
    this.run = run;
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    try {
      const result = await loadForecast({ ...query, signal: run.signal });
      if (run.signal.aborted) return;
      this.state = { status: 'ready', result };
      if (result.error) this.reportError(result.error);
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

  /** Honours the provider's Retry-After before trying again on its own. */
  private scheduleRetry(failure: ForecastFailure | undefined): void {
    const seconds = failure?.retryAfterSeconds;
    if (failure?.kind !== 'rate-limited' || seconds === undefined || seconds > MAX_AUTO_RETRY_SECONDS) return;
    this.retryTimer = setTimeout(() => void this.start(), seconds * 1000);
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

function errorMessage(t: Translation, w: WeatherTranslation, failure: ForecastFailure): string {
  switch (failure.kind) {
    case 'network':
      return t.networkError;
    case 'timeout':
      return w.errors.timeout;
    case 'rate-limited':
      return w.errors.rateLimited(failure.retryAfterSeconds);
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
