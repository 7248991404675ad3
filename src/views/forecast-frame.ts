import { html, type TemplateResult } from 'lit';

/**
 * Space for the forecast region while its code is on the way (or the stored decision is still
 * being read: then invisible). Its height per number of days is the region's minimum height, so
 * the forecast arriving moves nothing below the widget.
 */
export function renderForecastPlaceholder(days: number, invisible: boolean): TemplateResult {
  return html`<div class="forecast days-${days} ${invisible ? 'reserve' : ''}" aria-hidden="true"><div class="placeholder"></div></div>`;
}

/** The error part: a short message and a retry button (the forecast chunk uses it too). */
export function renderError(message: string, retryLabel: string, onRetry: () => void): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p>${message}</p>
    <button part="retry-button" @click=${onRetry}>${retryLabel}</button>
  </div>`;
}
