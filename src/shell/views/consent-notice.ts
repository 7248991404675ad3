import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { ConsentState } from '../../events.js';
import type { consentDetails } from '../i18n/consent-details.js';
import type { Lang, Translation } from '../i18n/index.js';
import type { NoticeFacts } from '../i18n/notice-facts.js';
import { heading } from './heading.js';

export interface ConsentNoticeProps {
  readonly lang: Lang;
  readonly t: Translation;
  readonly state: ConsentState;
  readonly privacyUrl: string | null;
  /** What the notice says: recipients, where the decision is kept. */
  readonly facts: NoticeFacts;
  /** The decision holds for this page view only; said beside the buttons. */
  readonly pageViewOnly: boolean;
  readonly onAccept: () => unknown;
  readonly onReject: () => unknown;
  /** The visitor opened the details: they are fetched (once) and the notice rendered again. */
  readonly onDetails: () => unknown;
  /** Opens the site's cookie banner's settings, where the decision lives there. */
  readonly onBannerSettings: (() => unknown) | undefined;
  /** The second layer's lines, where they are here already (the snippet); else fetched on opening. */
  readonly details?: readonly string[];
  /** Only in the pre-rendered snippet: what stands instead of the buttons where scripts do not run. */
  readonly withoutScript?: TemplateResult;
}

// Open-Meteo's own statement on what it does with the IP address and coordinates.
const PROVIDER_PRIVACY_URL = 'https://open-meteo.com/en/terms#privacy';

let details: typeof consentDetails | undefined;

/** Fetches the notice's second layer, once; false when it could not be fetched. */
export async function loadConsentDetails(): Promise<boolean> {
  try {
    details ??= (await import('../i18n/consent-details.js')).consentDetails;
    return true;
  } catch {
    return false;
  }
}

/**
 * Plain language first, the details one disclosure away; accept and reject are the same control
 * with the same weight. After a "no" the notice stays, offering only "yes": never nagging, never gone.
 */
export function renderConsentNotice(props: ConsentNoticeProps): TemplateResult {
  const { lang, t, state, privacyUrl, facts, pageViewOnly } = props;
  const denied = state === 'denied';
  const lines = props.details ?? details?.(lang, facts);
  return html`<div part="consent" class="consent">
    ${t.consentIntro(facts).map((text) => html`<p>${text}</p>`)}
    ${denied ? html`<p><strong>${t.deniedNote}</strong></p>` : nothing}
    <details @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && props.onDetails()}>
      <summary>${t.consentDetailsSummary}</summary>
      ${lines ? html`<ul>${lines.map((text) => html`<li>${text}</li>`)}</ul>` : nothing}
      <p><a href=${PROVIDER_PRIVACY_URL}>${t.providerPrivacyLink}</a></p>
    </details>
    ${privacyUrl ? html`<p><a href=${privacyUrl}>${t.sitePrivacyLink}</a></p>` : nothing}
    ${props.onBannerSettings ? html`<p><button @click=${props.onBannerSettings}>${t.bannerSettings}</button></p>` : nothing}
    <div class="choices">
      <button part="accept-button" @click=${props.onAccept}>${t.accept}</button>
      ${denied ? nothing : html`<button part="reject-button" @click=${props.onReject}>${t.reject}</button>`}
    </div>
    ${props.withoutScript ?? nothing} ${pageViewOnly ? html`<p class="note">${t.pageViewOnly}</p>` : nothing}
  </div>`;
}

/** The weather area while the widget asks: its heading and the notice. */
export function renderConsentArea(level: number, props: ConsentNoticeProps): TemplateResult {
  return html`${heading(level, 'kw-weather', props.t.weatherHeading, 'subheading')} ${renderConsentNotice(props)}`;
}
