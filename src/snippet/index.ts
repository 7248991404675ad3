import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit/html.js';
import { describeProblem, describeRefusal } from '../shell/config/attribute-messages.js';
import { ATTRIBUTES, parseAttributes, type AttributeProblem } from '../shell/config/attributes.js';
import { defaultDistrict } from '../shell/district/index.js';
import { consentDetails } from '../shell/i18n/consent-details.js';
import { de } from '../shell/i18n/de.js';
import { en } from '../shell/i18n/en.js';
import { noticeFactsFor } from '../shell/i18n/notice-facts.js';
import type { Lang } from '../shell/i18n/translation.js';
import widgetCss from '../shell/styles/widget.css?inline';
import { renderConsentArea } from '../shell/views/consent-notice.js';
import { renderPlaceholder } from '../shell/views/weather-frame.js';
import { renderWidget } from '../shell/views/widget-view.js';

/**
 * The pre-rendered snippet: `<kreis-wetter>` with its first state in a declarative shadow root,
 * made by the same templates as the live widget (Lit's @lit-labs/ssr renders them). Pasted into a
 * page, the facts, the links and the notice are there at first paint, without JavaScript too; the
 * widget's script then takes the shadow root over without a visible change.
 */

/** Where scripts do not run, a line stands instead of the buttons, with a page the visitor may open. */
const WITHOUT_SCRIPT: Record<Lang, { readonly text: string; readonly link: string }> = {
  de: {
    text: 'Für die Vorhersage hier braucht Ihr Browser JavaScript.',
    link: 'Vorhersage für Nordrhein-Westfalen beim Deutschen Wetterdienst',
  },
  en: {
    text: 'The forecast here needs JavaScript in your browser.',
    link: 'Forecast for North Rhine-Westphalia from the Deutscher Wetterdienst',
  },
};
const WEATHER_PAGE = 'https://www.dwd.de/DE/wetter/vorhersage_aktuell/nordrhein_westfalen/vhs_nrw_node.html';

/**
 * The snippet's styles: the widget's own, and which of the notice's lines shows where scripts do
 * not run (`scripting: none`): the live widget never renders that line, so it needs no rule for it.
 */
export const snippetStyles = `${widgetCss}.without-script{display:none}@media (scripting:none){.without-script{display:block}.choices{display:none}}`;

/** A value the snippet would not take, worded as the element words it in the console. */
export class SnippetError extends Error {
  override name = 'SnippetError';
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Lit's markers for hydration; the widget takes the snippet over without hydrating, so they go.
const LIT_MARKERS = /<!--(\/?lit-part[^>]*|lit-node \d+|\?)-->/g;

/**
 * The snippet for `attributes` (the element's attribute names, and `lang`). A value the element
 * would not take is refused by name (SnippetError), as are names it does not know. `warn` hears
 * what is worth a word but no error (a missing `privacy-url`).
 */
export function renderSnippet(
  attributes: Readonly<Record<string, string>>,
  warn: (message: string) => void = () => undefined,
): string {
  const known = new Set<string>([...ATTRIBUTES, 'lang']);
  const unknown = Object.keys(attributes).filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new SnippetError(`no attribute ${unknown.map((n) => `"${n}"`).join(', ')} (known: ${[...known].join(', ')})`);
  const lang = attributes.lang ?? 'de';
  if (lang !== 'de' && lang !== 'en') throw new SnippetError(`lang="${lang}" is not valid (expected de or en)`);

  const problems: AttributeProblem[] = [];
  const config = parseAttributes(
    (name) => attributes[name] ?? null,
    defaultDistrict,
    (p) => problems.push(p),
  );
  const refused = problems.filter((p) => p.outcome !== 'missing');
  if (refused.length > 0) throw new SnippetError(refused.map(describeRefusal).join('\n'));
  problems.forEach((p) => warn(describeProblem(p).replace(/^<kreis-wetter>: /, '')));

  const t = lang === 'en' ? en : de;
  const level = config.headingLevel + 1;
  // What the widget shows first: the notice, or where nobody is asked, the forecast's place.
  const keptDays = config.consentSource === 'builtin' ? config.consentMaxAge : null;
  const facts = noticeFactsFor(config, keptDays, false);
  const noop = () => undefined;
  const weather =
    config.consentSource === 'none'
      ? renderPlaceholder(config.days, false)
      : renderConsentArea(level, {
          lang,
          t,
          state: 'unknown',
          privacyUrl: config.privacyUrl,
          facts,
          pageViewOnly: false,
          onAccept: noop,
          onReject: noop,
          onDetails: noop,
          onBannerSettings: undefined,
          details: consentDetails(lang, facts),
          withoutScript: html`<p class="without-script">
            ${WITHOUT_SCRIPT[lang].text} <a href=${WEATHER_PAGE}>${WITHOUT_SCRIPT[lang].link}</a>
          </p>`,
        });
  const content = collectResultSync(
    render(
      renderWidget({
        lang,
        t,
        district: defaultDistrict,
        headingLevel: config.headingLevel,
        days: config.days,
        weather,
      }),
    ),
  ).replace(LIT_MARKERS, '');
  const tag = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<kreis-wetter${tag}><template shadowrootmode="open"><style>${snippetStyles}</style>${content}</template></kreis-wetter>`;
}

/** The `gemeinde` ids a snippet can be made for (dist/snippets/ has one per id and language). */
export const MUNICIPALITY_IDS: readonly string[] = defaultDistrict.municipalities.map((m) => m.id);
