import type { WidgetConfig } from '../config/attributes.js';
import type { ConsentSetting } from './consent-controller.js';
import { pageViewConsent, storedConsent } from './consent-store.js';

/**
 * Where the widget's decision lives, from its attributes. A consent setting that is not valid
 * fails closed: the decision then holds for this page view only, so no stored one can count.
 */
export function consentSettingFor(config: WidgetConfig): ConsentSetting {
  const policy = { version: config.consentVersion, maxAgeDays: config.consentMaxAge };
  const valid = policy.version !== null && policy.maxAgeDays !== null;
  return { source: valid ? storedConsent() : pageViewConsent(), policy };
}
