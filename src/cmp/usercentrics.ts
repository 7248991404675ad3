/**
 * `consent-source="usercentrics:SERVICE_ID"`: Usercentrics, the data processing service with that id
 * (the "template id" shown in the admin), in either generation of its browser script:
 *
 * - Web CMP v3 (`window.__ucCmp`, used when present): `isInitialized()`, `getConsentDetails()` →
 *   `services[id].consent = { given, type: 'EXPLICIT' | 'IMPLICIT' }`, `updateServicesConsents([{ id, consent }])`
 *   then `saveConsents()`, `showSecondLayer()`. Its API is asynchronous; `current()` answers from the
 *   details last read (at `ready()`, on every event below, and after `set()`).
 * - Browser UI v2 (`window.UC_UI`): `isInitialized()`, `getServicesBaseInfo()` →
 *   `[{ id, consent: { status, history: [{ action, status, type: 'explicit' | 'implicit', … }] } }]`,
 *   `acceptService(id)` / `rejectService(id)`, `showSecondLayer()`.
 *
 * Implicit consent is no decision: v3 `type: 'IMPLICIT'`; v2 the newest `history` entry's `type` is
 * 'implicit' (Usercentrics' own definition: consent recorded without the visitor's action, e.g. the
 * `onInitialPageLoad` defaults or a non-EU region); a v2 service without history counts as undecided
 * while `UC_UI.isConsentRequired()` says the banner still needs an answer.
 *
 * Changes: the window events `UC_CONSENT` (v3), `UC_UI_CMP_EVENT` (banner buttons: ACCEPT_ALL, DENY_ALL,
 * SAVE) and `UC_UI_VIEW_CHANGED` (a layer opened or closed), re-read each time, and once more on the next
 * task and after 500 ms, since the button event may come before the consent is stored. The event the site
 * owner may name in the admin ("Window Event", e.g. `ucEvent`) is not needed and not known here.
 */
import type { CmpAdapter, CmpDecision, CreateCmpAdapter } from './cmp-adapter.js';
import { checkName, describe, listen, need, waitFor } from './shared.js';

interface V2Service {
  id: string;
  consent: { status: boolean; history?: { type?: string }[] };
}

interface V2 {
  isInitialized(): boolean;
  getServicesBaseInfo(): V2Service[];
  isConsentRequired?(): boolean;
  acceptService(id: string): Promise<void>;
  rejectService(id: string): Promise<void>;
  showSecondLayer(): void;
}

interface V3Details {
  services?: Record<string, { consent?: { given: boolean; type: string } }>;
}

interface V3 {
  isInitialized(): Promise<boolean>;
  getConsentDetails(): Promise<V3Details>;
  updateServicesConsents(consents: { id: string; consent: boolean }[]): Promise<void>;
  saveConsents(): Promise<void>;
  showSecondLayer(): Promise<void>;
}

const EVENTS = ['UC_CONSENT', 'UC_UI_CMP_EVENT', 'UC_UI_VIEW_CHANGED', 'UC_UI_INITIALIZED'];

const createUsercentricsAdapter: CreateCmpAdapter = (target, win = window): CmpAdapter => {
  const id = checkName('Usercentrics', 'service id', target, /^[\w-]{1,100}$/);
  const globals = win as unknown as { __ucCmp?: V3; UC_UI?: V2 };
  let v3: V3 | undefined;
  let fromV3: CmpDecision = 'unknown';
  /** The subscriptions' checks: set() runs them, as v2's acceptService() announces nothing. */
  const checks = new Set<() => void>();

  const decideV3 = (details: V3Details): CmpDecision => {
    const consent = details.services?.[id]?.consent;
    if (consent?.type.toUpperCase() !== 'EXPLICIT') return 'unknown';
    return consent.given ? 'granted' : 'denied';
  };
  const readV2 = (): CmpDecision => {
    const ui = globals.UC_UI;
    const service = ui?.getServicesBaseInfo().find((s) => s.id === id);
    if (!ui || !service) return 'unknown';
    const latest = service.consent.history?.at(-1);
    if (latest ? latest.type?.toLowerCase() !== 'explicit' : ui.isConsentRequired?.() !== false) return 'unknown';
    return service.consent.status ? 'granted' : 'denied';
  };
  const refresh = async (): Promise<CmpDecision> => (v3 ? (fromV3 = decideV3(await v3.getConsentDetails())) : readV2());

  return {
    name: 'Usercentrics',
    ready: (timeoutMs, signal) =>
      waitFor(
        'Usercentrics',
        win,
        async () => {
          const cmp = globals.__ucCmp;
          const ui = globals.UC_UI;
          let has: boolean;
          try {
            if (typeof cmp?.getConsentDetails === 'function') {
              if (typeof cmp.isInitialized === 'function' && !(await cmp.isInitialized()))
                return 'window.__ucCmp (v3) found, not initialized yet';
              const details = await cmp.getConsentDetails();
              has = !!details.services?.[id];
              if (has) {
                v3 = cmp;
                fromV3 = decideV3(details);
              }
            } else if (typeof ui?.getServicesBaseInfo === 'function') {
              if (!ui.isInitialized()) return 'window.UC_UI (v2) found, not initialized yet';
              has = ui.getServicesBaseInfo().some((s) => s.id === id);
            } else return 'neither window.__ucCmp (v3) nor window.UC_UI (v2) found';
          } catch (error) {
            return `Usercentrics is not answering yet (${describe(error)})`;
          }
          if (!has) throw new Error(`Usercentrics: no service with id "${id}"`);
          return true;
        },
        timeoutMs,
        signal,
        EVENTS,
      ),
    current: () => (v3 ? fromV3 : readV2()),
    subscribe(listener) {
      let last = v3 ? fromV3 : readV2();
      let active = true;
      const isActive = () => active;
      let queue = Promise.resolve();
      const timers = new Set<ReturnType<typeof setTimeout>>();
      const check = () => {
        queue = queue
          .then(async () => {
            if (!active) return;
            const now = await refresh().catch(() => last);
            if (isActive() && now !== last) {
              last = now;
              listener(now);
            }
          })
          .catch((error: unknown) => {
            // A listener's error is reported like one thrown in an event listener, and the queue goes on.
            queueMicrotask(() => {
              throw error;
            });
          });
      };
      const later = (ms: number) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          check();
        }, ms);
        timers.add(timer);
      };
      const remove = listen(win, EVENTS, () => {
        check();
        later(0);
        later(500);
      });
      checks.add(check);
      return () => {
        active = false;
        checks.delete(check);
        remove();
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
      };
    },
    async set(granted) {
      if (v3) {
        await v3.updateServicesConsents([{ id, consent: granted }]);
        await v3.saveConsents();
        await refresh();
      } else {
        const ui = need(globals.UC_UI, 'window.UC_UI');
        await (granted ? ui.acceptService(id) : ui.rejectService(id));
      }
      for (const check of checks) check();
    },
    openSettings: () => {
      void (v3 ?? globals.UC_UI)?.showSecondLayer();
    },
  };
};

export default createUsercentricsAdapter;
