/**
 * `consent-source="cookieconsent:CATEGORY"` or `"cookieconsent:CATEGORY/SERVICE"`: vanilla-cookieconsent v3
 * (orestbida/cookieconsent, checked against 3.1.0's `src/core/api.js` and `src/utils/general.js`), through its
 * global `window.CookieConsent` (the UMD build sets it; a site importing the ES module assigns it itself:
 * `window.CookieConsent = CookieConsent`).
 *
 * - Ready once `CookieConsent.run(config)` has read the config: `getConfig('categories')` is set then, and
 *   `run()` reads the stored consent in the same step (`setConfig()`, then `retrieveState()`).
 * - `current()`: 'unknown' while `validConsent()` is false (no cookie, an expired one, or a new config
 *   `revision`), else `acceptedCategory()` / `acceptedService()`.
 * - `subscribe()`: the window events `cc:onFirstConsent`, `cc:onConsent` (also on every load with a consent)
 *   and `cc:onChange`, all fired after the choice is saved; deduplicated.
 * - `set()`: the library replaces rather than adds: `acceptCategory([...])` accepts exactly the listed
 *   categories and also resets every category's service selection to all-or-none
 *   (`resolveEnabledCategories()`), and `acceptService(list, category)` keeps exactly `list` in that category.
 *   It then saves through the argument-less `acceptCategory()`, which keeps the other categories as they are
 *   but adds every category configured `enabled: true` (pre-ticked) back in when the preferences dialog was
 *   never opened. So:
 *   - a category with services, no pre-ticked category the visitor has not accepted, and the preferences dialog
 *     not built yet on this page: one `acceptService(itsServices ± SERVICE, category)`; nothing else changes.
 *     (Once built, the dialog's service toggles write the library's working selection directly, and closing
 *     the dialog unsaved resets only the checkboxes, `discardUnsavedPreferences()`: an argument-less save
 *     would then record services the visitor switched on and discarded.)
 *   - otherwise `acceptCategory(currently accepted ± CATEGORY)`, leaving out for that step the categories where
 *     only some services are accepted (so nothing is ever on that the visitor did not choose; for that moment
 *     they count as refused, and the library's autoclear may delete their cookies), then restoring each of
 *     those with `acceptService(theirServices, category)`, and taking out with
 *     `acceptCategory(undefined, excluded)` any pre-ticked category that this brought back in.
 *   Toggles in an open preferences dialog that the visitor has not saved are reset to the stored choice.
 */
import type { CmpAdapter, CmpDecision, CreateCmpAdapter } from './cmp-adapter.js';
import { checkName, listen, need, onChange, settle, waitFor } from './shared.js';

type Categories = Record<string, { enabled?: boolean; readOnly?: boolean; services?: Record<string, unknown> }>;

interface CookieConsentApi {
  validConsent(): boolean;
  acceptedCategory(category: string): boolean;
  acceptedService(service: string, category: string): boolean;
  acceptCategory(categories?: string | string[], excluded?: string[]): void;
  acceptService(service: string | string[], category: string): void;
  getUserPreferences(): { acceptedCategories: string[]; acceptedServices: Record<string, string[]> };
  getConfig(field: 'categories'): Categories | undefined;
  showPreferences(): void;
}

const EVENTS = ['cc:onFirstConsent', 'cc:onConsent', 'cc:onChange'];

const createCookieConsentAdapter: CreateCmpAdapter = (target, win = window): CmpAdapter => {
  const [first = '', second, ...rest] = target.split('/');
  if (rest.length) throw new Error(`cookieconsent: "${target}" is not CATEGORY or CATEGORY/SERVICE`);
  const category = checkName('cookieconsent', 'category name', first);
  const service = second === undefined ? undefined : checkName('cookieconsent', 'service name', second);
  const api = () => (win as unknown as { CookieConsent?: CookieConsentApi }).CookieConsent;

  const current = (): CmpDecision => {
    const cc = api();
    if (!cc?.validConsent()) return 'unknown';
    return (service ? cc.acceptedService(service, category) : cc.acceptedCategory(category)) ? 'granted' : 'denied';
  };

  return {
    name: 'cookieconsent',
    ready: (timeoutMs, signal) =>
      waitFor(
        'cookieconsent',
        win,
        () => {
          const cc = api();
          if (typeof cc?.acceptedCategory !== 'function') return 'window.CookieConsent not found';
          const categories = cc.getConfig('categories');
          if (!categories) return 'CookieConsent is loaded but CookieConsent.run(config) has not been called yet';
          const found = categories[category];
          if (!found) throw new Error(`cookieconsent has no category "${category}" in its config`);
          if (service && !found.services?.[service])
            throw new Error(`cookieconsent has no service "${service}" in its category "${category}"`);
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
        const cc = need(api(), 'window.CookieConsent');
        const categories = need(cc.getConfig('categories'), "CookieConsent's config");
        const servicesOf = (name: string) => Object.keys(categories[name]?.services ?? {});
        const valid = cc.validConsent();
        const before = cc.getUserPreferences();
        const chosen = (name: string) => (valid ? (before.acceptedServices[name] ?? []) : []);
        let own = granted;
        let ownList = granted ? servicesOf(category) : [];
        if (service) {
          const now = chosen(category);
          ownList = granted ? [...new Set([...now, service])] : now.filter((s) => s !== service);
          own = ownList.length > 0;
        }
        const wanted = before.acceptedCategories.filter((name) => name !== category);
        if (own) wanted.push(category);
        const preTicked = Object.keys(categories).some(
          (name) => categories[name]?.enabled && !categories[name].readOnly && !wanted.includes(name),
        );
        // Once built, the preferences dialog's toggles write the service selection at once and closing it
        // unsaved does not undo that (discardUnsavedPreferences() resets only the checkboxes), so the next
        // argument-less save would record what the visitor discarded.
        const dialogBuilt = win.document.querySelector('#cc-main .pm') !== null;
        if (servicesOf(category).length && !preTicked && !dialogBuilt) {
          // Only this category changes; every other keeps its acceptance and its services as they are.
          cc.acceptService(ownList, category);
          return;
        }
        // Categories whose services are accepted only in part: acceptCategory([...]) would turn them all on.
        const partial = new Map<string, string[]>();
        for (const name of before.acceptedCategories) {
          const got = chosen(name);
          if (name !== category && got.length && got.length < servicesOf(name).length) partial.set(name, got);
        }
        if (own && ownList.length < servicesOf(category).length) partial.set(category, ownList);
        // Exactly the wanted categories, those with a partial choice left out for this step (never more than chosen) …
        cc.acceptCategory(wanted.filter((name) => !partial.has(name)));
        // … then each of those with its own services.
        for (const [name, list] of partial) cc.acceptService(list, name);
        const unwanted = (name: string) => !wanted.includes(name) && !categories[name]?.readOnly;
        if (cc.getUserPreferences().acceptedCategories.some(unwanted))
          cc.acceptCategory(undefined, Object.keys(categories).filter(unwanted));
      }),
    openSettings: () => api()?.showPreferences(),
  };
};

export default createCookieConsentAdapter;
