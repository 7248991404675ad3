import type { WidgetConfig } from '../config/attributes.js';

/** What the consent notice must say, from the widget's attributes: it names only what is true. */
export interface NoticeFacts {
  /** Where the decision is kept: days on this device; `site` (its cookie banner, its page); null: nowhere. */
  readonly kept: number | 'site' | null;
  /** The official warnings (Bright Sky) are asked for too. */
  readonly warnings: boolean;
  /** The site's own server is asked (forecast-api, and warnings-api where warnings are on, are its paths). */
  readonly proxy: boolean;
}

/**
 * The facts for a widget configured so: `keptDays` where the decision is kept on the device, and
 * whether it holds for this page view only (then it is kept nowhere).
 */
export function noticeFactsFor(config: WidgetConfig, keptDays: number | null, pageViewOnly: boolean): NoticeFacts {
  const { forecastApi, warnings, warningsApi, consentSource } = config;
  const own = (base: string | null) => base !== null && !/^https:/i.test(base);
  // Kept on this device, or by the site (its page, its cookie banner), or nowhere (this page view).
  const bySite = !pageViewOnly && consentSource !== null && consentSource !== 'builtin' && consentSource !== 'none';
  return {
    kept: keptDays ?? (bySite ? 'site' : null),
    warnings: warnings === 'on',
    proxy: own(forecastApi) && (warnings === 'off' || own(warningsApi)),
  };
}
