/**
 * `consent-source="borlabs:SERVICE_ID"`: Borlabs Cookie 3 (WordPress plugin, closed), the service with that
 * id ("Service ID" in the plugin's service settings).
 *
 * - Ready once `BorlabsCookie.Consents.hasConsent()` answers (Borlabs Cookie 3.0.6+ announces the end of
 *   its start with the window event `borlabs-cookie-after-init`; a snippet running later finds it ready).
 *   Where the plugin exposes its service list (`BorlabsCookie.Services.services`, entries with `id`),
 *   an id that is not in it is reported; otherwise a misspelt id reads as no consent.
 * - `current()`: `hasConsent(id)` cannot tell "not asked yet" from "refused"; the visitor has decided once
 *   the plugin's consent cookie `borlabs-cookie` exists (it is written when the visitor saves in the
 *   dialog), so 'unknown' without it.
 * - `subscribe()`: the window events `borlabs-cookie-consent-saved` and `borlabs-cookie-after-init`
 *   (also heard when dispatched on `document`), deduplicated.
 * - `set()`: Borlabs Cookie documents no JavaScript function that records one service's consent (it
 *   records consents only from its dialog), so `set()` rejects with an Error saying so and changes
 *   nothing; the widget offers `openSettings()` instead, which opens the plugin's dialog through
 *   `BorlabsCookie.Dialog.openDialog()` where the installed version has it (undefined otherwise).
 */
import type { CmpAdapter, CmpDecision, CreateCmpAdapter } from './cmp-adapter.js';
import { checkName, listen, onChange, waitFor } from './shared.js';

interface Borlabs {
  Consents?: { hasConsent(id: string): boolean };
  Services?: { services?: Record<string, { id?: unknown } | null> | ({ id?: unknown } | null)[] };
  Dialog?: { openDialog?(): void };
}

const EVENTS = ['borlabs-cookie-consent-saved', 'borlabs-cookie-after-init'];

const createBorlabsAdapter: CreateCmpAdapter = (target, win = window): CmpAdapter => {
  const id = checkName('Borlabs Cookie', 'service id', target);
  const api = () => (win as unknown as { BorlabsCookie?: Borlabs }).BorlabsCookie;
  const decided = () => /(?:^|;\s*)borlabs-cookie=/.test(win.document.cookie);

  const current = (): CmpDecision => {
    const consents = api()?.Consents;
    if (!consents || !decided()) return 'unknown';
    return consents.hasConsent(id) ? 'granted' : 'denied';
  };

  return {
    name: 'Borlabs Cookie',
    ready: (timeoutMs, signal) =>
      waitFor(
        'Borlabs Cookie',
        win,
        () => {
          const b = api();
          if (typeof b?.Consents?.hasConsent !== 'function') return 'window.BorlabsCookie.Consents not found';
          try {
            b.Consents.hasConsent(id);
          } catch {
            return 'window.BorlabsCookie found, not initialized yet';
          }
          const services = Object.values(b.Services?.services ?? {});
          if (
            services.length &&
            services.every((s) => typeof s?.id === 'string') &&
            !services.some((s) => s?.id === id)
          )
            throw new Error(`Borlabs Cookie has no service "${id}"`);
          return true;
        },
        timeoutMs,
        signal,
        EVENTS,
      ),
    current,
    subscribe: (listener) => listen(win, EVENTS, onChange(current, listener)),
    set: () =>
      Promise.reject(
        new Error(
          'Borlabs Cookie has no JavaScript API that records the consent for one service; the visitor decides in its dialog',
        ),
      ),
    get openSettings() {
      const dialog = api()?.Dialog;
      const open = dialog?.openDialog?.bind(dialog);
      return open ? () => open() : undefined;
    },
  };
};

export default createBorlabsAdapter;
