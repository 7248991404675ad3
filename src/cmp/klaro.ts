/**
 * `consent-source="klaro:SERVICE"`: Klaro (klaro-org/klaro-js, checked against klaro 0.7.22's
 * `src/consent-manager.js` and `src/lib.js`), the service named SERVICE in the site's Klaro config.
 *
 * - Reads through `klaro.getManager()`, the manager Klaro itself renders with (its config comes from
 *   `window.klaroConfig`, or the global the script's `data-klaro-config` names, see `setup()` in lib.js).
 * - `current()`: a service the config marks `required` is 'granted' (Klaro applies it without asking and the
 *   visitor cannot switch it off); otherwise 'unknown' while `manager.confirmed` is false (nothing saved yet,
 *   or the config gained a service since the visitor saved: `_checkConsents()` then un-confirms, and
 *   `applyConsents()` loads only required and opt-out services), else the *saved* choice
 *   (`manager.savedConsents`, falling back to `getConsent()`): `consents` also holds unsaved toggles of an
 *   open dialog and the temporary yes of the contextual "load once" button. An `optOut` service Klaro loads
 *   before the visitor saves is a default, not a decision: 'unknown' too. Klaro's "That's ok" saves the
 *   current choices, which are the services' defaults unless the config sets `acceptAll` (consent-notice.jsx).
 * - `subscribe()`: a manager watcher acting on `saveConsents` and `applyConsents` only; Klaro's `consents`
 *   notification fires on every toggle, before the visitor saves.
 * - `set()`: Klaro keeps one record for all services, so every other service is first put back to what it
 *   is in effect (its saved choice; before the first save: off, unless required or opt-out), then
 *   `updateConsent(name, granted)` and `saveAndApplyConsents()`. After that Klaro counts the visitor as
 *   confirmed and no longer shows its notice.
 */
import type { CmpAdapter, CmpDecision, CreateCmpAdapter } from './cmp-adapter.js';
import { checkName, describe, need, onChange, settle, waitFor } from './shared.js';

interface KlaroService {
  name: string;
  required?: boolean;
  optOut?: boolean;
}

interface KlaroManager {
  confirmed: boolean;
  consents: Record<string, boolean>;
  savedConsents?: Record<string, boolean>;
  config: { services: KlaroService[]; required?: boolean; optOut?: boolean };
  getService(name: string): KlaroService | undefined;
  getConsent(name: string): boolean;
  updateConsent(name: string, value: boolean): boolean;
  saveAndApplyConsents(eventType?: string): void;
  watch(watcher: KlaroWatcher): void;
  unwatch(watcher: KlaroWatcher): void;
}

interface KlaroWatcher {
  update(manager: KlaroManager, event: string, data: unknown): void;
}

interface Klaro {
  getManager(config?: unknown): KlaroManager;
  show?(config?: unknown, modal?: boolean): unknown;
  defaultConfig?: unknown;
}

const createKlaroAdapter: CreateCmpAdapter = (target, win = window): CmpAdapter => {
  const name = checkName('Klaro', 'service name', target);
  const klaro = () => (win as unknown as { klaro?: Klaro }).klaro;
  const manager = () => need(klaro(), 'window.klaro').getManager();

  const required = (m: KlaroManager, s: KlaroService) => s.required ?? m.config.required ?? false;
  const saved = (m: KlaroManager) => m.savedConsents ?? m.consents;

  const current = (): CmpDecision => {
    if (!klaro()?.defaultConfig) return 'unknown';
    const m = manager();
    const service = m.getService(name);
    if (!service) return 'unknown';
    if (required(m, service)) return 'granted';
    if (!m.confirmed) return 'unknown';
    return saved(m)[name] ? 'granted' : 'denied';
  };

  return {
    name: 'Klaro',
    ready: (timeoutMs, signal) =>
      waitFor(
        'Klaro',
        win,
        () => {
          const k = klaro();
          if (typeof k?.getManager !== 'function') return 'window.klaro not found';
          if (!k.defaultConfig)
            return 'Klaro is loaded but has no config yet (window.klaroConfig, or the global its script tag names in data-klaro-config)';
          let known: boolean;
          try {
            known = !!k.getManager().getService(name);
          } catch (error) {
            return `Klaro's getManager() fails (${describe(error)})`;
          }
          if (!known) throw new Error(`Klaro has no service "${name}" in its config`);
          return true;
        },
        timeoutMs,
        signal,
      ),
    current,
    subscribe(listener) {
      const m = manager();
      const changed = onChange(current, listener);
      const watcher: KlaroWatcher = {
        update: (_manager, event) => {
          if (event === 'saveConsents' || event === 'applyConsents') changed();
        },
      };
      m.watch(watcher);
      return () => m.unwatch(watcher);
    },
    set: (granted) =>
      settle(() => {
        const m = manager();
        const keep = { ...saved(m) };
        for (const service of m.config.services) {
          if (service.name === name) continue;
          const inEffect = m.confirmed
            ? (keep[service.name] ?? false)
            : required(m, service) || ((service.optOut ?? m.config.optOut ?? false) && m.getConsent(service.name));
          if (m.getConsent(service.name) !== inEffect) m.updateConsent(service.name, inEffect);
        }
        m.updateConsent(name, granted);
        m.saveAndApplyConsents();
      }),
    openSettings: () => {
      klaro()?.show?.(undefined, true);
    },
  };
};

export default createKlaroAdapter;
