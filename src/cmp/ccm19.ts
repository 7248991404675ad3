/**
 * `consent-source="ccm19:EMBEDDING"`: CCM19 (closed; its documented global `window.CCM`, docs-en.ccm19.com
 * "Javascript APIs"), the embedding with that id or name.
 *
 * - Ready once `CCM.acceptedEmbeddings` (a list of `{ id, name }`) and `CCM.consent` are there. CCM19 lists
 *   only the *accepted* embeddings, so a misspelt embedding cannot be told from a refused one.
 * - `current()`: 'unknown' while `CCM.consent` is false (the visitor has not saved a choice; true also when
 *   they rejected everything), else whether `acceptedEmbeddings` has one whose id or name is EMBEDDING.
 * - `subscribe()`: the window events `ccm19WidgetClosed` (also after a rejection), `ccm19WidgetLoaded` and
 *   `ccm19EmbeddingAccepted`, deduplicated: `ccm19EmbeddingAccepted` fires for each accepted embedding on
 *   every page load, which is no change by itself.
 * - `set()`: CCM19 documents no function that records the consent for one embedding, so `set()` rejects
 *   with an Error saying so and changes nothing; `openSettings()` opens CCM19's purpose dialog
 *   (`CCM.openControlPanel()`, or `CCM.openWidget()` where that is missing).
 */
import type { CmpAdapter, CmpDecision, CreateCmpAdapter } from './cmp-adapter.js';
import { checkName, listen, onChange, waitFor } from './shared.js';

interface Ccm {
  consent?: boolean;
  acceptedEmbeddings?: { id: string; name: string }[];
  openWidget?(): void;
  openControlPanel?(): void;
}

const EVENTS = ['ccm19WidgetClosed', 'ccm19WidgetLoaded', 'ccm19EmbeddingAccepted'];

const createCcm19Adapter: CreateCmpAdapter = (target, win = window): CmpAdapter => {
  const embedding = checkName(
    'CCM19',
    'embedding id or name',
    target,
    /^[\p{L}\p{N}](?:[\p{L}\p{N} ._&+()-]{0,98}[\p{L}\p{N}._)-])?$/u,
  );
  const api = () => (win as unknown as { CCM?: Ccm }).CCM;

  const current = (): CmpDecision => {
    const ccm = api();
    if (!ccm?.consent) return 'unknown';
    return ccm.acceptedEmbeddings?.some((e) => e.id === embedding || e.name === embedding) ? 'granted' : 'denied';
  };

  return {
    name: 'CCM19',
    ready: (timeoutMs, signal) =>
      waitFor(
        'CCM19',
        win,
        () => {
          const ccm = api();
          if (!ccm) return 'window.CCM not found';
          if (!Array.isArray(ccm.acceptedEmbeddings) || typeof ccm.consent !== 'boolean')
            return 'window.CCM found, without acceptedEmbeddings and consent yet';
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
          'CCM19 has no JavaScript API that records the consent for one embedding; the visitor decides in its dialog',
        ),
      ),
    openSettings: () => {
      const ccm = api();
      if (ccm?.openControlPanel) ccm.openControlPanel();
      else ccm?.openWidget?.();
    },
  };
};

export default createCcm19Adapter;
