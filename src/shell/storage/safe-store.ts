/**
 * The widget's IndexedDB database, read without writing. Reading looks before it opens: a database
 * that does not exist is not created by a read (or by deleting from it), so a visitor who has not
 * decided leaves nothing on the device. The code that writes is a chunk of its own (src/decision/),
 * loaded at the first write, which only a decision (or consent) brings. Missing, blocked (private
 * modes, sandboxed iframes) or hung storage reads as empty and reports writes as failed; callers
 * keep what they need in memory.
 */

export const DATABASE = 'kreis-wetter';
/** Keys of the widget's database: the consent record and the kept forecasts. */
export const CONSENT_KEY = 'consent';
export const FORECASTS_KEY = 'forecasts';

// An open or a request that takes longer than this counts as failed: storage that hangs must not
// keep the widget waiting. Each call is bounded on its own; none waits for another's time-out.
const TIMEOUT_MS = 2000;

/** `work()`'s result, or `fallback` when it throws, rejects or takes too long. */
function bounded<T>(work: () => Promise<T>, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(resolve, TIMEOUT_MS, fallback)));
  const done = Promise.resolve()
    .then(work)
    .catch(() => fallback);
  return Promise.race([done, late]).finally(() => clearTimeout(timer));
}

let found: IDBDatabase | undefined;

/** The database if it exists; 'missing' if it does not (and still does not); 'broken' if storage does not answer. */
async function existing(): Promise<IDBDatabase | 'missing' | 'broken'> {
  if (found) return found;
  const db = await bounded(async () => {
    // Look before opening: a database the list does not name is not opened, so not created. An
    // engine without the list (none of the current ones) reads nothing before a decision.
    if (
      !('databases' in indexedDB) ||
      !(await indexedDB.databases()).some((info) => info.name === DATABASE && info.version)
    )
      return undefined;
    return new Promise<IDBDatabase | undefined>((resolve, reject) => {
      const request = indexedDB.open(DATABASE);
      // Listed, but deleted since (another tab, the visitor): the open would create it. Aborting
      // the creation leaves nothing behind, and nothing was there to read.
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => {
        // Never block a deletion (another tab's, the visitor's), even where this open came too
        // late to be used: set at once, as one asked for a moment later would find no one to close it.
        const opened = request.result;
        opened.onversionchange = () => {
          opened.close();
          if (found === opened) found = undefined;
        };
        resolve(opened);
      };
      request.onerror = () =>
        request.error?.name === 'AbortError' ? resolve(undefined) : reject(request.error ?? new Error('IndexedDB'));
    });
  }, null);
  if (!db) return db === null ? 'broken' : 'missing';
  return (found = db);
}

type Write = (key: string, value: unknown) => Promise<boolean>;
let writer: Promise<Write> | undefined;

/** The forecast code brings the writer along, so a withdrawal later in the visit is stored without a download first. */
export function provideWriter(write: Write): void {
  writer = Promise.resolve(write);
}

// Writes go in call order, so a withdrawal always lands after the consent it withdraws; a read
// waits for the writes called before it, so it never sees what was just deleted.
let writes: Promise<unknown> = Promise.resolve();

/** The stored value; undefined when there is none or storage does not work. */
export async function readStored(key: string): Promise<unknown> {
  await writes;
  const value = await lookUp(key);
  return value === UNREADABLE ? undefined : value;
}

const UNREADABLE = Symbol('unreadable');

/** The value under `key` (undefined: no database, or no such key); UNREADABLE when storage failed. */
async function lookUp(key: string): Promise<unknown> {
  const db = await existing();
  if (db === 'missing') return undefined;
  if (db === 'broken') return UNREADABLE;
  // Read as idb-keyval writes it (src/decision/): one object store `keyval`, the key as given.
  return bounded(
    () =>
      new Promise((resolve, reject) => {
        const request = db.transaction('keyval').objectStore('keyval').get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
      }),
    UNREADABLE,
  );
}

/**
 * Stores `value` under `key`, or deletes the key when `value` is undefined. Resolves true once
 * done (or when there was no database to delete from), false when it could not be done.
 */
export function writeStored(key: string, value?: unknown): Promise<boolean> {
  const done = writes.then(async () => {
    // Nothing to delete, nothing written (and no writing code fetched): no database, or surely none
    // of this key in it.
    if (value === undefined && (await lookUp(key)) === undefined) return true;
    try {
      const write = await (writer ??= import('../../decision/store-writes.js').then((module) => module.write));
      return await bounded(() => write(key, value), false);
    } catch {
      writer = undefined; // the writing code could not be downloaded; the next write tries again
      return false;
    }
  });
  writes = done;
  return done;
}
