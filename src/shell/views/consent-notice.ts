import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentState } from '../../events.js';
import type { Translation } from '../i18n/index.js';

export interface ConsentNoticeProps {
  readonly t: Translation;
  readonly state: ConsentState;
  readonly privacyUrl: string | null;
  /** How long a decision is kept, in days; null when it is not kept at all. */
  readonly keptDays: number | null;
  /** The decision holds for this page view only; said beside the buttons. */
  readonly pageViewOnly: boolean;
  readonly onAccept: () => void;
  readonly onReject: () => void;
}

// Open-Meteo's own statement on what it does with the IP address and coordinates.
const PROVIDER_PRIVACY_URL = 'https://open-meteo.com/en/terms#privacy';

/**
 * Plain language first, the details one disclosure away; accept and reject are the same control
 * with the same weight. After a "no" the notice stays, offering only "yes": never nagging, never gone.
 */
export function renderConsentNotice({ t, state, privacyUrl, keptDays, pageViewOnly, onAccept, onReject }: ConsentNoticeProps): TemplateResult {
  const denied = state === 'denied';
  return html`<div part="consent" class="consent">
    ${t.consentIntro.map((text) => html`<p>${text}</p>`)}
    ${denied ? html`<p><strong>${t.deniedNote}</strong></p>` : nothing}
    <details>
      <summary>${t.consentDetailsSummary}</summary>
      <ul>
        ${t.consentDetails(keptDays).map((text) => html`<li>${text}</li>`)}
      </ul>
      <p><a href=${PROVIDER_PRIVACY_URL}>${t.providerPrivacyLink}</a></p>
    </details>
    ${privacyUrl ? html`<p><a href=${privacyUrl}>${t.sitePrivacyLink}</a></p>` : nothing}
    <div class="choices">
      <button part="accept-button" @click=${onAccept}>${t.accept}</button>
      ${denied ? nothing : html`<button part="reject-button" @click=${onReject}>${t.reject}</button>`}
    </div>
    ${pageViewOnly ? html`<p class="note">${t.pageViewOnly}</p>` : nothing}
  </div>`;
}
