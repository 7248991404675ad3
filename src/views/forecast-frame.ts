import { html, type TemplateResult } from 'lit';
import type { Translation } from '../i18n/index.js';
import { heading } from './heading.js';

/** Value of the place select's option for the site's own `latitude`/`longitude`. */
export const CUSTOM_PLACE = 'custom';

export interface ForecastFrameProps {
  readonly t: Translation;
  readonly level: number;
  readonly place: string;
  readonly days: number;
  /** What the forecast chunk renders, or a placeholder / error while it cannot. */
  readonly body: TemplateResult;
  /** Lays the frame out invisibly while the stored decision is still being read. */
  readonly reserveOnly: boolean;
  readonly onRevoke: () => void;
}

/**
 * The forecast region's frame: its heading and the revoke button stay put through loading,
 * forecast and error, so focus on them survives and withdrawing is always one button away.
 */
export function renderForecastFrame(p: ForecastFrameProps): TemplateResult {
  return html`<div part="forecast" class="forecast days-${p.days} ${p.reserveOnly ? 'reserve' : ''}">
    ${heading(p.level, 'kw-forecast-heading', p.t.forecastHeading(p.place), 'subheading', true)}
    <div class="forecast-body">${p.body}</div>
    <button type="button" part="revoke-button" @click=${p.onRevoke}>${p.t.revoke}</button>
  </div>`;
}

export const placeholder = html`<div class="placeholder" aria-hidden="true"></div>`;

/** The error part: a short message and a retry button (the forecast chunk uses it too). */
export function renderError(message: string, retryLabel: string, onRetry: () => void): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p>${message}</p>
    <button type="button" part="retry-button" @click=${onRetry}>${retryLabel}</button>
  </div>`;
}
