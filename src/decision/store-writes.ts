import { createStore, del, set, type UseStore } from 'idb-keyval';
import { DATABASE } from '../shell/storage/safe-store.js';

/**
 * Writing to the widget's database: loaded at the first write, which only a decision (or the kept
 * forecasts after consent) brings, so what runs before a decision cannot write at all. Creates the
 * database when it does not exist yet. Called in order, one at a time, by writeStored().
 */
let store: UseStore | undefined;

export async function write(key: string, value: unknown): Promise<boolean> {
  store ??= createStore(DATABASE, 'keyval');
  await (value === undefined ? del(key, store) : set(key, value, store));
  return true;
}
