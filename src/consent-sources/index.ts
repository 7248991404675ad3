import type { ConsentState } from '../events.js';
import { ConsentStore, pageViewConsent } from '../shell/consent/consent-store.js';
import type { ConsentSource } from '../shell/consent/consent-source.js';

/**
 * The consent sources other than the widget's own record, each only where `consent-source` names
 * it: a chunk of its own, so the default (`builtin`) pays nothing for them before consent.
 */

let external: ConsentStore | undefined;

/**
 * `consent-source="none"`, allowed only where every service is the site's own (its proxy; checked
 * with the attributes): the forecast shows without asking, and nothing is kept on the device.
 * Nothing to decide or withdraw.
 */
const noConsentNeeded: ConsentSource = {
  load: () => Promise.resolve(),
  state: (): ConsentState => 'granted',
  subscribe: () => () => undefined,
  decide: () => Promise.resolve(),
  reset: () => Promise.resolve(),
  keeps: false,
  pageViewOnly: false,
  asks: false,
};

/**
 * - `external`: the page, which tells every widget on each page view; nothing is stored;
 * - `none`: nobody is asked;
 * - a cookie banner (`klaro:…`): its adapter, a chunk of its own again;
 * - null, a value the widget does not know: fails closed like a banner that does not load, the
 *   visitor's yes in the widget holding for this page view only.
 */
export async function consentSource(value: string | null): Promise<ConsentSource> {
  if (value === 'external') return (external ??= new ConsentStore(false));
  if (value === 'none') return noConsentNeeded;
  if (value === null) return pageViewConsent();
  const { cookieBannerConsent } = await import('../cmp/cmp-consent.js');
  return cookieBannerConsent(value, pageViewConsent());
}
