import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Translation } from '../i18n/index.js';

/**
 * The pieces of the weather area that both sides of the consent boundary show: the placeholder
 * while the forecast is on its way, the error with its retry, and the revoke button. The forecast
 * code (after consent) uses them too, so each exists once.
 */

/**
 * Space for the forecast region while its code is on the way (or the stored decision is still
 * being read: then invisible). Its height per number of days is the region's minimum height, so
 * the forecast arriving moves nothing below the widget.
 */
export function renderPlaceholder(days: number, invisible: boolean): TemplateResult {
  return html`<div class="forecast placeholder days-${days} ${invisible ? 'reserve' : ''}" aria-hidden="true"></div>`;
}

/** The error part: a short message and a retry button. */
export function renderError(message: string, retryLabel: string, onRetry: () => unknown): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p>${message}</p>
    <button part="retry-button" @click=${onRetry}>${retryLabel}</button>
  </div>`;
}

/** Withdrawing is always one button away from the forecast; beside it, whether the choice is kept. */
export function renderRevoke(
  t: Translation,
  pageViewOnly: boolean,
  onRevoke: (() => unknown) | undefined,
): TemplateResult {
  return html`${onRevoke ? html`<button part="revoke-button" @click=${onRevoke}>${t.revoke}</button>` : nothing}
    ${pageViewOnly ? html`<p class="note">${t.pageViewOnly}</p>` : nothing}`;
}
