import { html, type TemplateResult } from 'lit/html.js';
import { emit, type ConsentState } from './events.js';
import {
  ATTRIBUTES,
  attributeOf,
  parseAttributes,
  PROPERTY_NAMES,
  reportProblems,
  type AttributeProblem,
  type WidgetConfig,
} from './shell/config/attributes.js';
import { ConsentController } from './shell/consent/consent-controller.js';
import { consentSettingFor } from './shell/consent/consent-setting.js';
import { defaultDistrict } from './shell/district/index.js';
import { focusAfter } from './shell/focus.js';
import type { WeatherInput } from './shell/forecast-contract.js';
import { ForecastGate } from './shell/forecast-gate.js';
import { translationFor, type Translation } from './shell/i18n/index.js';
import { noticeFactsFor } from './shell/i18n/notice-facts.js';
import { LitHtmlElement } from './shell/lit-html-element.js';
import { LanguageController } from './shell/i18n/language-controller.js';
import { widgetStyles } from './shell/styles/widget-styles.js';
import { loadConsentDetails, renderConsentArea } from './shell/views/consent-notice.js';
import { renderFacts } from './shell/views/district-view.js';
import { renderError, renderPlaceholder, renderRevoke } from './shell/views/weather-frame.js';
import { renderWidget } from './shell/views/widget-view.js';

export type {
  ConsentChangeDetail,
  ConsentState,
  ErrorDetail,
  ErrorKind,
  ForecastLoadDetail,
  KreisWetterEventMap,
} from './events.js';

// Where focus goes after a visitor's action: the forecast's heading (or, if the forecast code could
// not be loaded, the retry button), and after a "no" the accept button that remains.
const FORECAST_FOCUS = '#kw-forecast-heading, [part="retry-button"]';
const ACCEPT_FOCUS = '[part="accept-button"]';

/**
 * District facts and municipality links at once; a weather forecast from Open-Meteo only after
 * the visitor consents. Before consent nothing is requested from any third party and the
 * forecast code is not loaded. Configured through attributes or the same-named properties.
 *
 * @summary Facts, municipality links and a consent-gated weather forecast for a German district.
 *
 * @attr {string} [gemeinde=coesfeld] - Municipality for the forecast, by id (`ascheberg` … `senden`).
 * @attr {string} latitude - Latitude of the forecast place (decimal degrees); with `longitude`, overrides `gemeinde`.
 * @attr {string} longitude - Longitude of the forecast place (decimal degrees); with `latitude`, overrides `gemeinde`.
 * @attr {string} [days=5] - Forecast days, 1–7.
 * @attr {'de' | 'en'} lang - Language. Default: the closest `lang` in the page, else `de`.
 * @attr {string} privacy-url - The site's privacy policy, linked from the consent notice (http(s) or relative).
 * @attr {string} [consent-version=1] - Version of the consent text; a decision stored for another version counts as none. A bad value fails closed.
 * @attr {string} [consent-max-age=182] - Days a stored decision counts, 1–730; a later, longer value never lengthens one. A bad value fails closed.
 * @attr {string} [heading-level=2] - Level of the widget's top heading, 1–5; its own headings are one level below.
 * @attr {string} [timeout=10] - Seconds to wait for the weather service, 1–60.
 * @attr {string} [consent-source=builtin] - Where the decision lives: `builtin`, `external`, `none`, or the site's cookie banner and its service (`klaro:open-meteo`, `cookieconsent:weather/open-meteo`, `usercentrics:ID`, `cookiebot:CATEGORY`, `borlabs:ID`, `ccm19:EMBEDDING`). A bad value fails closed.
 * @attr {'on' | 'off'} [warnings=on] - Official DWD warnings beside the forecast (Bright Sky). A bad value means `off`.
 * @attr {string} forecast-api - Base URL of the forecast service: https, or a path on the site (its own proxy). Default: Open-Meteo's.
 * @attr {string} warnings-api - Base URL of the warnings service: https, or a path on the site (its own proxy). Default: Bright Sky's.
 *
 * @fires {CustomEvent<ConsentChangeDetail>} kreis-wetter-consent-change - The consent state changed through this widget's buttons (`source: 'visitor'`) or the stored decision, another widget or another tab (`source: 'storage'`).
 * @fires {CustomEvent<ForecastLoadDetail>} kreis-wetter-forecast-load - A forecast is shown.
 * @fires {CustomEvent<ErrorDetail>} kreis-wetter-error - Loading the forecast failed.
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
 * @csspart warnings - The official DWD warnings for the place, above the forecast.
 * @csspart warning - One warning.
 * @csspart warnings-retry-button - Tries loading the warnings again.
 *
 * @cssprop [--kreis-wetter-font=inherit] - Font shorthand.
 * @cssprop [--kreis-wetter-text-color=light-dark(#1d2125, #e9ecef)] - Text.
 * @cssprop [--kreis-wetter-muted-color=light-dark(#4b535d, #b9c1ca)] - Secondary text (dates, sources, attribution).
 * @cssprop [--kreis-wetter-background=light-dark(#fff, #16191d)] - Background of the widget.
 * @cssprop [--kreis-wetter-surface=light-dark(#f2f4f6, #22272d)] - Background of the notice, the error and placeholders.
 * @cssprop [--kreis-wetter-accent-color=light-dark(#0b5a87, #8ccdff)] - Links, buttons and the notice's disclosure.
 * @cssprop [--kreis-wetter-border-color=light-dark(#68717c, #8d96a0)] - Borders of the widget and the select.
 * @cssprop [--kreis-wetter-focus-color=light-dark(#0b5a87, #ffd25e)] - Focus outline.
 * @cssprop [--kreis-wetter-error-color=light-dark(#a4161a, #ffaaa5)] - Marker of error messages.
 * @cssprop [--kreis-wetter-radius=0.375rem] - Corner radius.
 * @cssprop [--kreis-wetter-spacing=1rem] - Base spacing.
 */
export class KreisWetter extends LitHtmlElement {
  /** @internal */
  static override styles = widgetStyles;
  static get observedAttributes(): string[] {
    // `lang` is the global attribute, watched so the language follows it.
    return [...ATTRIBUTES, 'lang'];
  }

  /** Municipality id of the forecast place (`gemeinde`); reads back the id in use. */
  declare gemeinde: string;
  /** Latitude of the site's own place (`latitude`); null unless both coordinates are valid. */
  declare latitude: number | null;
  /** Longitude of the site's own place (`longitude`); null unless both coordinates are valid. */
  declare longitude: number | null;
  /** Forecast days shown, 1–7 (`days`). */
  declare days: number;
  /** The site's privacy policy, resolved against the page (`privacy-url`); null when none is valid. */
  declare privacyUrl: string | null;
  /** Version of the consent text (`consent-version`); null when the attribute is not valid (then no decision is stored). */
  declare consentVersion: string | null;
  /** Days a stored decision counts (`consent-max-age`); null when the attribute is not valid (then no decision is stored). */
  declare consentMaxAge: number | null;
  /** Level of the widget's top heading, 1–5 (`heading-level`). */
  declare headingLevel: number;
  /** Seconds to wait for the weather service, 1–60 (`timeout`). */
  declare timeout: number;
  /** Where the decision lives (`consent-source`); null when the attribute is not valid (fails closed). */
  declare consentSource: string | null;
  /** Official DWD warnings beside the forecast (`warnings`): `on` or `off`. */
  declare warnings: 'on' | 'off';
  /** Base URL of the forecast service (`forecast-api`); null: Open-Meteo's. */
  declare forecastApi: string | null;
  /** Base URL of the warnings service (`warnings-api`); null: Bright Sky's. */
  declare warningsApi: string | null;

  static {
    // Each property stands for its attribute: setting one sets (or, with null, removes) the
    // attribute, so both are checked in one place; reading gives the value in use.
    for (const property of PROPERTY_NAMES) {
      const attribute = attributeOf(property);
      Object.defineProperty(this.prototype, property, {
        configurable: true,
        enumerable: true,
        get(this: KreisWetter) {
          return this.#config[property];
        },
        set(this: KreisWetter, value: string | number | boolean | null | undefined) {
          if (value === null || value === undefined) this.removeAttribute(attribute);
          else this.setAttribute(attribute, String(value));
        },
      });
    }
  }

  readonly #district = defaultDistrict;
  #warmedUp = false;
  // The defaults until connected, so the public members work on an element not yet in the page.
  #config: WidgetConfig = parseAttributes(
    () => null,
    this.#district,
    () => undefined,
  );
  readonly #warned = new Set<string>();
  readonly #language = new LanguageController(this, (message) => this.#warn(message));
  readonly #consent = new ConsentController(
    this,
    () => consentSettingFor(this.#config),
    (state) => this.#gate.follow(state),
  );
  readonly #gate = new ForecastGate(this, (error) => {
    emit(this, 'kreis-wetter-error', { service: 'forecast', kind: 'network', message: String(error) });
  });

  /** The visitor's decision as it applies to this widget: `unknown`, `granted` or `denied`. */
  get consentState(): ConsentState {
    return this.#consent.current();
  }

  /** Records consent (e.g. from the site's cookie banner); every widget on the page loads its forecast. */
  grantConsent(): Promise<void> {
    return this.#consent.decide(true, 'method');
  }

  /** Records a withdrawal: every widget drops its forecast, and kept forecasts are deleted. */
  async revokeConsent(): Promise<void> {
    await Promise.all([this.#consent.decide(false, 'method'), this.#gate.forget()]);
  }

  /** Forgets the decision altogether, so every widget asks again; kept forecasts are deleted. */
  async resetConsent(): Promise<void> {
    await Promise.all([this.#consent.reset(), this.#gate.forget()]);
  }

  /** What the forecast region reads at each update (WeatherHost); not for pages. @internal */
  get weatherInput(): WeatherInput {
    const { lang } = this.#language;
    return {
      lang,
      t: translationFor(lang),
      config: this.#config,
      district: this.#district,
      pageViewOnly: this.#consent.source?.pageViewOnly ?? false,
      keepsForecasts: this.#consent.keptDays !== null,
      // Where nobody was asked (consent-source="none") there is nothing to withdraw.
      revoke: this.#consent.source?.asks === false ? undefined : this.#onRevoke,
    };
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value) return;
    if (name === 'lang') this.#language.resolve();
    else this.#configure();
  }

  override connectedCallback(): void {
    // A property a framework set before this class was defined shadows the accessor: hand it on.
    for (const property of PROPERTY_NAMES) {
      if (!Object.prototype.hasOwnProperty.call(this, property)) continue;
      const value: unknown = Reflect.get(this, property);
      Reflect.deleteProperty(this, property);
      Reflect.set(this, property, value);
    }
    this.#configure();
    super.connectedCallback();
  }

  /**
   * Renders only once the language's strings are there: the first frame is in the page's language.
   * Over a pre-rendered snippet, only once the decision is known: the snippet's notice stays until
   * the widget knows whether to show it, so a first visit sees no change at all.
   */
  protected override shouldUpdate(): boolean {
    if (!this.#language.ready) return false;
    if (!this.prerendered || this.#consent.settled) return true;
    // Meanwhile, in a task of its own, the facts are formatted once: the first Intl formatters of a
    // page cost tens of milliseconds, which would otherwise lengthen the takeover's task.
    if (!this.#warmedUp) setTimeout(() => this.#warmUp());
    this.#warmedUp = true;
    return false;
  }

  #warmUp(): void {
    const { lang } = this.#language;
    renderFacts(this.#district, lang, translationFor(lang), 2);
  }

  /** The weather area keeps the height the snippet gave it: a returning visitor's forecast moves nothing. */
  protected override takeOver(): () => void {
    const height = this.renderRoot.querySelector('.weather')?.getBoundingClientRect().height ?? 0;
    return () => {
      const weather = this.renderRoot.querySelector<HTMLElement>('.weather');
      if (weather && height > 0) weather.style.minHeight = `${height}px`;
    };
  }

  protected override render(): TemplateResult {
    const { lang } = this.#language;
    const t = translationFor(lang);
    const { headingLevel } = this.#config;
    return renderWidget({
      lang,
      t,
      district: this.#district,
      headingLevel,
      days: this.#config.days,
      weather: this.#renderWeather(t, headingLevel + 1),
      announcement: this.#gate.region?.announcement,
    });
  }

  #renderWeather(t: Translation, level: number): TemplateResult {
    const { state, settled, source } = this.#consent;
    const pageViewOnly = source?.pageViewOnly ?? false;
    const { region, failed } = this.#gate;
    if (settled && state !== 'granted') {
      return renderConsentArea(level, {
        lang: this.#language.lang,
        t,
        state,
        privacyUrl: this.#config.privacyUrl,
        facts: noticeFactsFor(this.#config, this.#consent.keptDays, pageViewOnly),
        pageViewOnly,
        onBannerSettings: source?.openSettings,
        onAccept: this.#onAccept,
        onReject: this.#onReject,
        onDetails: this.#onDetails,
      });
    }
    if (settled && region) return region.render();
    if (settled && failed) {
      return html`${renderError(t.networkError, t.retry, this.#onRetryDownload)} ${renderRevoke(t, pageViewOnly, this.#onRevoke)}`;
    }
    return renderPlaceholder(this.#config.days, !settled);
  }

  readonly #onAccept = (): Promise<void> => {
    this.#gate.visitorActed();
    const stored = this.#consent.decide(true, 'visitor');
    return focusAfter(this, this.#gate.ready(), FORECAST_FOCUS).then(() => stored);
  };

  readonly #onReject = (): Promise<void> => this.#withdraw();

  readonly #onDetails = (): Promise<void> => loadConsentDetails().then(() => this.requestUpdate());

  readonly #onRevoke = (): Promise<void> => this.#withdraw();

  readonly #onRetryDownload = (): Promise<void> => {
    this.#gate.visitorActed();
    return focusAfter(this, this.#gate.retry(), FORECAST_FOCUS);
  };

  /** A "no" takes effect at once (the consent controller stops the forecast); focus stays on the notice. */
  #withdraw(): Promise<void> {
    const stored = this.#consent.decide(false, 'visitor');
    return focusAfter(this, Promise.resolve(), ACCEPT_FOCUS).then(() => stored);
  }

  #configure(): void {
    const problems: AttributeProblem[] = [];
    this.#config = parseAttributes(
      (name) => this.getAttribute(name),
      this.#district,
      (problem) => problems.push(problem),
    );
    this.requestUpdate();
    reportProblems(problems, (message) => this.#warn(message));
  }

  /** One warning per bad value, however often the attributes change. */
  #warn(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(message);
  }
}
