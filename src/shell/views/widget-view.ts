import { html, type TemplateResult } from 'lit/html.js';
import type { District } from '../district/index.js';
import type { Lang, Translation } from '../i18n/index.js';
import { renderFacts, renderMunicipalities } from './district-view.js';
import { heading } from './heading.js';

export interface WidgetViewProps {
  readonly lang: Lang;
  readonly t: Translation;
  readonly district: District;
  readonly headingLevel: number;
  /** Forecast days: the weather area reserves their height from the start. */
  readonly days: number;
  /** The weather area: the notice, the forecast, or what stands in for it. */
  readonly weather: TemplateResult;
  /** What the polite live region says (loading, the forecast's arrival). */
  readonly announcement?: unknown;
}

/**
 * The whole widget as the visitor sees it. The element renders it, and so does the pre-rendered
 * snippet (src/snippet/), so the HTML in a page and the live widget cannot drift apart.
 */
export function renderWidget({
  lang,
  t,
  district,
  headingLevel,
  days,
  weather,
  announcement,
}: WidgetViewProps): TemplateResult {
  return html`<section lang=${lang} aria-labelledby="kw-title">
    ${heading(headingLevel, 'kw-title', district.name, 'heading')}
    ${renderFacts(district, lang, t, headingLevel + 1)} ${renderMunicipalities(district, t, headingLevel + 1)}
    <div class="weather days-${days}">${weather}</div>
    <div class="visually-hidden" role="status">${announcement}</div>
  </section>`;
}
