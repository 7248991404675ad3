import { del, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { DATABASE } from '../shell/storage/safe-store.js';

/**
 * Writing to the widget's database: loaded at the first write, which only a decision (or the kept
 * forecasts after consent) brings, so what runs before a decision cannot write at all. Creates the
 * database when it does not exist yet. Called in order, one at a time, by writeStored().
 */
let store: UseStore | undefined;

/** idb-keyval's createStore, but letting go of the database as soon as it is opened. */
function openStore(): UseStore {
  const request = indexedDB.open(DATABASE);
  request.onupgradeneeded = () => request.result.createObjectStore('keyval');
  // Let go when another tab (or the page itself) deletes or upgrades the database, instead of
  // blocking that: set in the open's own success event, since a deletion asked for a moment later
  // would otherwise find no one to close this connection and wait for ever.
  request.addEventListener('success', () => {
    const db = request.result;
    db.onversionchange = () => {
      db.close();
      if (store === opened) store = undefined;
    };
  });
  const connection = promisifyRequest(request);
  const opened: UseStore = (mode, callback) =>
    connection.then((db) => callback(db.transaction('keyval', mode).objectStore('keyval')));
  return opened;
}

export async function write(key: string, value: unknown): Promise<boolean> {
  store ??= openStore();
  await (value === undefined ? del(key, store) : set(key, value, store));
  return true;
}
