import { LitElement, html, type TemplateResult } from 'lit';
import { ATTRIBUTES, parseAttributes, type WidgetConfig } from './config/attributes.js';
import { ConsentController } from './consent/consent-controller.js';
import type { ConsentState } from './consent/consent-record.js';
import { defaultDistrict, type District } from './district/index.js';
import { emit } from './events.js';
import { ForecastLoader, forgetForecasts, mayKeepForecasts } from './forecast-loader.js';
import { loadTranslation, resolveLang, toLang, translationFor, type Lang, type Translation } from './i18n/index.js';
import { widgetStyles } from './styles/widget-styles.js';
import { renderConsentNotice } from './views/consent-notice.js';
import { renderFacts, renderMunicipalities } from './views/district-view.js';
import { renderError, renderForecastPlaceholder } from './views/forecast-frame.js';
import { heading } from './views/heading.js';

export type { ConsentState } from './consent/consent-record.js';

// Where focus goes after a visitor's action: the forecast's heading (or, if the forecast code could
// not be loaded, the retry button), and after a "no" the accept button that remains.
const FORECAST_FOCUS = '#kw-forecast-heading, [part="retry-button"]';
const ACCEPT_FOCUS = '[part="accept-button"]';
export type { ConsentChangeDetail, ErrorDetail, ForecastLoadDetail, KreisWetterEventMap } from './events.js';

/**
 * District facts and municipality links at once; a weather forecast from Open-Meteo only after
 * the visitor consents. Before consent nothing is requested from any third party and the
 * forecast code is not loaded. Configured through attributes only (see README "Attributes").
 *
 * @summary Facts, municipality links and a consent-gated weather forecast for a German district.
 *
 * @attr gemeinde - Municipality for the forecast, by id (`ascheberg` … `senden`). Default `coesfeld`.
 * @attr latitude - Latitude of the forecast place (decimal degrees); with `longitude`, overrides `gemeinde`.
 * @attr longitude - Longitude of the forecast place (decimal degrees); with `latitude`, overrides `gemeinde`.
 * @attr days - Forecast days, 1–7. Default 5.
 * @attr lang - `de` or `en`. Default: the closest `lang` in the page, else `de`.
 * @attr privacy-url - The site's privacy policy, linked from the consent notice (http(s) or relative).
 * @attr consent-version - Version of the consent text; a decision stored for another version counts as none. Default `1`.
 * @attr consent-max-age - Days a stored decision counts, 1–730. Default 182.
 * @attr heading-level - Level of the widget's top heading, 1–5; its own headings are one level below. Default 2.
 * @attr timeout - Seconds to wait for the weather service, 1–60. Default 10.
 *
 * @fires kreis-wetter-consent-change - The consent state changed through this widget's buttons (`source: 'visitor'`) or the stored decision, another widget or another tab (`source: 'storage'`). Detail: `{ state, source }`.
 * @fires kreis-wetter-forecast-load - A forecast is shown. Detail: `{ place, latitude, longitude, days, fetchedAt, source }`.
 * @fires kreis-wetter-error - Loading the forecast failed. Detail: `{ kind, status?, message }`.
 *
 * @csspart facts - The district's area and population.
 * @csspart municipalities - The links to the municipalities' websites.
 * @csspart consent - The consent notice.
 * @csspart accept-button - Gives consent and loads the forecast.
 * @csspart reject-button - Declines; nothing is loaded.
 * @csspart revoke-button - Withdraws consent; the forecast disappears.
 * @csspart location-select - The visitor's choice of place.
 * @csspart forecast - The forecast region.
 * @csspart day - One forecast day.
 * @csspart error - The message shown when loading failed.
 * @csspart retry-button - Tries loading again.
 *
 * @cssprop --kreis-wetter-font - Font shorthand. Default: inherited from the page.
 * @cssprop --kreis-wetter-text-color - Text.
 * @cssprop --kreis-wetter-muted-color - Secondary text (dates, sources, attribution).
 * @cssprop --kreis-wetter-background - Background of the widget.
 * @cssprop --kreis-wetter-surface - Background of the notice, the error and placeholders.
 * @cssprop --kreis-wetter-accent-color - Links, buttons and the notice's disclosure.
 * @cssprop --kreis-wetter-border-color - Borders of the widget and the select.
 * @cssprop --kreis-wetter-focus-color - Focus outline.
 * @cssprop --kreis-wetter-error-color - Marker of error messages.
 * @cssprop --kreis-wetter-radius - Corner radius.
 * @cssprop --kreis-wetter-spacing - Base spacing.
 */
export class KreisWetter extends LitElement {
  static override styles = widgetStyles;
  static override get observedAttributes(): string[] {
    // Attributes only, no reactive properties: each is parsed and validated in one place.
    // `lang` is the global attribute, watched so the language follows it.
    return [...super.observedAttributes, ...ATTRIBUTES, 'lang'];
  }

  private readonly district: District = defaultDistrict;
  // The defaults until connected, so the public methods work on an element not yet in the page.
  private config: WidgetConfig = parseAttributes(() => null, this.district, () => {});
  private language: Lang = 'de';
  /** Set by a visitor's action here; only then does the live region speak (not on page load). */
  private announce = false;
  private readonly warned = new Set<string>();
  private readonly consent = new ConsentController(this, () => ({
    version: this.config.consentVersion,
    maxAgeDays: this.config.consentMaxAgeDays,
  }));
  private readonly forecast = new ForecastLoader(this, (error) => emit(this, 'kreis-wetter-error', { kind: 'network', message: String(error) }));

  /** The visitor's decision as it applies to this widget: `unknown`, `granted` or `denied`. */
  get consentState(): ConsentState {
    return this.consent.current();
  }

  /** Records consent (e.g. from the site's cookie banner); every widget on the page loads its forecast. */
  grantConsent(): Promise<void> {
    return this.consent.decide(true, 'method');
  }

  /** Records a withdrawal: every widget drops its forecast, and kept forecasts are deleted. */
  async revokeConsent(): Promise<void> {
    await this.consent.decide(false, 'method');
    await forgetForecasts();
  }

  /** Forgets the decision altogether, so every widget asks again; kept forecasts are deleted. */
  async resetConsent(): Promise<void> {
    await this.consent.reset();
    await forgetForecasts();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (old !== value) this.configure();
  }

  override connectedCallback(): void {
    this.configure();
    super.connectedCallback();
  }

  protected override async scheduleUpdate(): Promise<void> {
    // Render in the page's language from the first frame, not German first; German if English
    // cannot be loaded, so texts, number formats and the lang attribute agree.
    const lang = this.resolveLanguage();
    this.language = (await loadTranslation(lang)) ? lang : 'de';
    super.scheduleUpdate();
  }

  protected override willUpdate(): void {
    // Before anything reads the state: a changed consent-version or consent-max-age applies now.
    this.consent.refresh();
    const { state, settled } = this.consent;
    const granted = state === 'granted';
    if (granted) {
      mayKeepForecasts();
      void this.forecast.ensure();
    } else if (settled) {
      // No consent, however it came about (withdrawn here or elsewhere, expired, another
      // consent-version): no kept forecasts either.
      void forgetForecasts();
    }
    this.forecast.panel?.update({
      enabled: granted,
      announce: this.announce,
      lang: this.language,
      config: this.config,
      district: this.district,
      onRevoke: () => void this.revoke(),
    });
  }

  protected override render(): TemplateResult {
    const t = translationFor(this.language);
    const level = this.config.headingLevel;
    return html`<section lang=${this.language} aria-labelledby="kw-title">
      ${heading(level, 'kw-title', this.district.name, 'heading')}
      ${renderFacts(this.district, this.language, t, level + 1)} ${renderMunicipalities(this.district, t, level + 1)}
      <div class="weather">${this.renderWeather(t, level + 1)}</div>
      <div class="visually-hidden" role="status">${this.forecast.panel?.announcement}</div>
    </section>`;
  }

  private renderWeather(t: Translation, level: number): TemplateResult {
    const { state, settled } = this.consent;
    if (settled && state !== 'granted') {
      return html`${heading(level, 'kw-weather', t.weatherHeading, 'subheading')}
        ${renderConsentNotice({
          t,
          state,
          privacyUrl: this.config.privacyUrl,
          maxAgeDays: this.config.consentMaxAgeDays,
          onAccept: () => void this.decide(true),
          onReject: () => void this.decide(false),
        })}`;
    }
    const { panel, failed } = this.forecast;
    if (!settled || !panel) {
      return failed
        ? html`${renderError(t.networkError, t.retry, () => void this.retryLoading())}
            <button part="revoke-button" @click=${() => void this.revoke()}>${t.revoke}</button>`
        : renderForecastPlaceholder(this.config.days, !settled);
    }
    return panel.render();
  }

  private decide(granted: boolean): Promise<void> {
    this.announce = granted;
    return granted
      ? // The forecast code is loaded only if consent still stands once the decision is stored.
        this.thenFocus(this.consent.decide(true, 'visitor').then(() => (this.consent.state === 'granted' ? this.forecast.ensure() : undefined)), FORECAST_FOCUS)
      : this.thenFocus(this.consent.decide(false, 'visitor'), ACCEPT_FOCUS);
  }

  private retryLoading(): Promise<void> {
    this.announce = true;
    return this.thenFocus(this.forecast.retry(), FORECAST_FOCUS);
  }

  private revoke(): Promise<void> {
    return this.thenFocus(this.consent.decide(false, 'visitor'), ACCEPT_FOCUS);
  }

  /** Focus follows what the visitor asked for, once it is rendered, and never falls back to <body>. */
  private async thenFocus(action: Promise<unknown>, selector: string): Promise<void> {
    await action;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private configure(): void {
    this.config = parseAttributes((name) => this.getAttribute(name), this.district, (_attribute, message) => this.warn(message));
    this.requestUpdate();
  }

  private resolveLanguage(): Lang {
    const own = this.getAttribute('lang');
    if (own !== null && !toLang(own)) this.warn(`<kreis-wetter>: ignoring lang="${own}"; using the page's language.`);
    return toLang(own) ?? resolveLang(this.parentElement ?? this);
  }

  /** One warning per bad value, however often the attributes change. */
  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(message);
  }
}
