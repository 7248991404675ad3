import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentState } from '../../events.js';
import type { consentDetails } from '../i18n/consent-details.js';
import type { Lang, Translation } from '../i18n/index.js';

export interface ConsentNoticeProps {
  readonly lang: Lang;
  readonly t: Translation;
  readonly state: ConsentState;
  readonly privacyUrl: string | null;
  /** How long a decision is kept, in days; null when it is not kept at all. */
  readonly keptDays: number | null;
  /** The decision holds for this page view only; said beside the buttons. */
  readonly pageViewOnly: boolean;
  readonly onAccept: () => unknown;
  readonly onReject: () => unknown;
  /** The visitor opened the details: they are fetched (once) and the notice rendered again. */
  readonly onDetails: () => unknown;
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
  const { lang, t, state, privacyUrl, keptDays, pageViewOnly } = props;
  const denied = state === 'denied';
  return html`<div part="consent" class="consent">
    ${t.consentIntro.map((text) => html`<p>${text}</p>`)}
    ${denied ? html`<p><strong>${t.deniedNote}</strong></p>` : nothing}
    <details @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && props.onDetails()}>
      <summary>${t.consentDetailsSummary}</summary>
      ${details ? html`<ul>${details(lang, keptDays).map((text) => html`<li>${text}</li>`)}</ul>` : nothing}
      <p><a href=${PROVIDER_PRIVACY_URL}>${t.providerPrivacyLink}</a></p>
    </details>
    ${privacyUrl ? html`<p><a href=${privacyUrl}>${t.sitePrivacyLink}</a></p>` : nothing}
    <div class="choices">
      <button part="accept-button" @click=${props.onAccept}>${t.accept}</button>
      ${denied ? nothing : html`<button part="reject-button" @click=${props.onReject}>${t.reject}</button>`}
    </div>
    ${pageViewOnly ? html`<p class="note">${t.pageViewOnly}</p>` : nothing}
  </div>`;
}
