/**
 * `consent-source="cookiebot:CATEGORY"`: Cookiebot (Usercentrics A/S, closed; its documented global
 * `window.Cookiebot`), where consent is per category: `preferences`, `statistics` or `marketing`
 * (`necessary` is always on and not a choice).
 *
 * - `current()`: 'unknown' until `Cookiebot.hasResponse`, and for implied consent
 *   (`Cookiebot.consent.method === 'implied'`, given by Cookiebot for the visitor in regions or setups
 *   where continuing to browse counts as consent); else `Cookiebot.consent[CATEGORY]`.
 * - `subscribe()`: `CookiebotOnConsentReady`, `CookiebotOnAccept`, `CookiebotOnDecline` on window, always
 *   re-reading the properties and calling only for a real change: `CookiebotOnAccept` also fires on every
 *   page load for a visitor who accepted earlier.
 * - `set()`: `Cookiebot.submitCustomConsent(preferences, statistics, marketing)` with the other two as the
 *   visitor chose them (off where there is no explicit choice yet), resolving once `Cookiebot.consent`
 *   reads back the new value.
 * - `openSettings`: `Cookiebot.renew()`.
 */
import type { CmpAdapter, CmpDecision, CreateCmpAdapter } from './cmp-adapter.js';
import { listen, need, onChange, settle, waitFor } from './shared.js';

type Category = 'preferences' | 'statistics' | 'marketing';
const CATEGORIES: readonly string[] = ['preferences', 'statistics', 'marketing'];

interface Cookiebot {
  hasResponse: boolean;
  consent: Record<Category, boolean> & { method?: string | null };
  submitCustomConsent(preferences: boolean, statistics: boolean, marketing: boolean): void;
  renew(): void;
}

const EVENTS = ['CookiebotOnConsentReady', 'CookiebotOnAccept', 'CookiebotOnDecline', 'CookiebotOnLoad'];

const createCookiebotAdapter: CreateCmpAdapter = (target, win = window): CmpAdapter => {
  if (!CATEGORIES.includes(target))
    throw new Error(`Cookiebot: "${target}" is not a Cookiebot category; use preferences, statistics or marketing`);
  const category = target as Category;
  const api = () => (win as unknown as { Cookiebot?: Cookiebot }).Cookiebot;
  const explicit = (cb: Cookiebot) => cb.hasResponse && cb.consent.method !== 'implied';

  const current = (): CmpDecision => {
    const cb = api();
    if (!cb || !explicit(cb)) return 'unknown';
    return cb.consent[category] ? 'granted' : 'denied';
  };

  return {
    name: 'Cookiebot',
    ready: (timeoutMs, signal) =>
      waitFor(
        'Cookiebot',
        win,
        () => {
          const cb = api();
          if (!cb) return 'window.Cookiebot not found';
          if (typeof cb.consent !== 'object' || typeof cb.submitCustomConsent !== 'function')
            return 'window.Cookiebot found, but without consent and submitCustomConsent() yet';
          return true;
        },
        timeoutMs,
        signal,
        EVENTS,
      ),
    current,
    subscribe: (listener) => listen(win, EVENTS, onChange(current, listener)),
    set: (granted) =>
      settle(() => {
        const cb = need(api(), 'window.Cookiebot');
        const keep = (name: Category) => (name === category ? granted : explicit(cb) && cb.consent[name]);
        cb.submitCustomConsent(keep('preferences'), keep('statistics'), keep('marketing'));
      }).then(() =>
        waitFor(
          'Cookiebot',
          win,
          () =>
            current() === (granted ? 'granted' : 'denied') ||
            `submitCustomConsent() was not reflected in Cookiebot.consent.${category}`,
          5000,
          undefined,
          EVENTS,
        ),
      ),
    openSettings: () => api()?.renew(),
  };
};

export default createCookiebotAdapter;
