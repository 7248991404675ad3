import { html, type TemplateResult } from 'lit/html.js';
import type { District, SourcedFigure } from '../district/index.js';
import { formatIsoDate, numberFormat, WHOLE } from '../i18n/format.js';
import type { Lang, Translation } from '../i18n/index.js';
import { heading } from './heading.js';

function figureMeta(lang: Lang, t: Translation, figure: SourcedFigure): TemplateResult {
  return html`<div class="muted">${t.figureMeta(formatIsoDate(lang, figure.asOf), figure.source)}</div>`;
}

/** Area and population with their dates and sources: needs no network, shown from the start. */
export function renderFacts(district: District, lang: Lang, t: Translation, level: number): TemplateResult {
  const area = numberFormat(lang, WHOLE).format(district.areaKm2.value);
  return html`<div part="facts">
    ${heading(level, 'kw-facts', t.factsHeading, 'subheading')}
    <dl>
      <dt>${t.area}</dt>
      <dd>
        <span aria-hidden="true">${area} km²</span><span class="visually-hidden">${area} ${t.squareKilometres}</span>
        ${figureMeta(lang, t, district.areaKm2)}
      </dd>
      <dt>${t.population}</dt>
      <dd>${numberFormat(lang, WHOLE).format(district.population.value)} ${figureMeta(lang, t, district.population)}</dd>
    </dl>
  </div>`;
}

export function renderMunicipalities(district: District, t: Translation, level: number): TemplateResult {
  return html`<nav part="municipalities" aria-labelledby="kw-municipalities">
    ${heading(level, 'kw-municipalities', t.municipalitiesHeading, 'subheading')}
    <ul>
      ${district.municipalities.map((m) => html`<li><a href=${m.website}>${m.name}</a></li>`)}
    </ul>
  </nav>`;
}
