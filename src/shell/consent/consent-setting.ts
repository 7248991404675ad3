import type { WidgetConfig } from '../config/attributes.js';
import type { ConsentSetting } from './consent-controller.js';
import { pageViewConsent, storedConsent } from './consent-store.js';
import type { ConsentSource } from './consent-source.js';

const elsewhere = new Map<string, Promise<ConsentSource>>();

/**
 * Where the widget's decision lives, from its attributes. By default (`builtin`) in the widget's
 * own record, IndexedDB; a consent setting that is not valid fails closed: the decision then
 * holds for this page view only, so no stored one can count. Every other source (`external`,
 * `none`, a cookie banner, or a value the widget does not know) is a chunk of its own that only
 * pages naming one fetch (src/consent-sources/); until it is here, nothing counts as a yes.
 */
export function consentSettingFor(config: WidgetConfig): ConsentSetting {
  const policy = { version: config.consentVersion, maxAgeDays: config.consentMaxAge };
  const value = config.consentSource;
  if (value === 'builtin') {
    return {
      source: policy.version !== null && policy.maxAgeDays !== null ? storedConsent() : pageViewConsent(),
      policy,
    };
  }
  let source = elsewhere.get(String(value));
  if (!source) {
    source = import('../../consent-sources/index.js').then(
      ({ consentSource }) => consentSource(value),
      () => pageViewConsent(), // could not be downloaded: the visitor decides here, for this page view
    );
    elsewhere.set(String(value), source);
  }
  return { source, policy };
}
