import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/**
 * Key-value storage that never throws. IndexedDB when it works; when it is missing, blocked
 * (private modes, sandboxed iframes, storage partitioning) or hangs, this page's memory, so the
 * visit goes on and only persistence is lost.
 */
export interface SafeStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

// A first IndexedDB open can take a few hundred milliseconds; one that takes longer than this is
// treated as unavailable for the rest of the visit rather than leaving the widget undecided.
const IDB_TIMEOUT_MS = 2000;

export function createSafeStore(dbName: string, storeName = 'keyval'): SafeStore {
  const memory = new Map<string, unknown>();
  let idb: UseStore | undefined;
  let broken = false;

  // After one failure, reads come from memory for the rest of the visit; writes and deletes still
  // try IndexedDB every time, so a withdrawal always reaches it when it can (and outranks an
  // earlier write that timed out but lands late: IndexedDB runs them in order).
  async function attempt<T>(operation: (store: UseStore) => Promise<T>, isRead = false): Promise<T | typeof FAILED> {
    if (broken && isRead) return FAILED;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      idb ??= createStore(dbName, storeName);
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(reject, IDB_TIMEOUT_MS);
      });
      return await Promise.race([operation(idb), timeout]);
    } catch {
      broken = true;
      return FAILED;
    } finally {
      clearTimeout(timer);
    }
  }

  // One operation at a time, in call order: a read issued after a delete never sees what was deleted.
  let queue: Promise<unknown> = Promise.resolve();
  function inTurn<T>(operation: () => Promise<T>): Promise<T> {
    const turn = queue.then(operation);
    queue = turn.catch(() => undefined);
    return turn;
  }

  return {
    get: (key) =>
      inTurn(async () => {
        const value = await attempt((store) => get(key, store), true);
        return value === FAILED ? memory.get(key) : value;
      }),
    set: (key, value) =>
      inTurn(async () => {
        memory.set(key, value);
        await attempt((store) => set(key, value, store));
      }),
    delete: (key) =>
      inTurn(async () => {
        memory.delete(key);
        await attempt((store) => del(key, store));
      }),
  };
}

const FAILED = Symbol();

/** Keys of the widget's database: the consent record and the kept forecasts. */
export const CONSENT_KEY = 'consent';
export const FORECASTS_KEY = 'forecasts';

let shared: SafeStore | undefined;

/** The one store all widgets on a page use (database `kreis-wetter`). */
export function widgetStore(): SafeStore {
  return (shared ??= createSafeStore('kreis-wetter'));
}
