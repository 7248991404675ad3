import { createStore, del, set, type UseStore } from 'idb-keyval';
import { DATABASE } from '../shell/storage/safe-store.js';

/**
 * Writing to the widget's database: loaded at the first write, which only a decision (or the kept
 * forecasts after consent) brings, so what runs before a decision cannot write at all. Creates the
 * database when it does not exist yet. Called in order, one at a time, by writeStored().
 */
let store: UseStore | undefined;

function openStore(): UseStore {
  const opened = createStore(DATABASE, 'keyval');
  // Let go of the database when another tab deletes or upgrades it, instead of blocking that.
  void opened('readonly', (objectStore) => {
    const db = objectStore.transaction.db;
    db.onversionchange = () => {
      db.close();
      if (store === opened) store = undefined;
    };
    return Promise.resolve();
  }).catch(() => undefined);
  return opened;
}

export async function write(key: string, value: unknown): Promise<boolean> {
  store ??= openStore();
  await (value === undefined ? del(key, store) : set(key, value, store));
  return true;
}
