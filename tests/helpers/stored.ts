/**
 * The widget's database as the tests look into it and prepare it. Each call opens the database,
 * reads or writes one key the way idb-keyval does (object store `keyval`) and closes it again, so
 * no connection of the tests' own keeps a test from deleting the database.
 */
const DATABASE = 'kreis-wetter';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB'));
  });
}

async function withStore<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const opening = indexedDB.open(DATABASE);
  opening.onupgradeneeded = () => opening.result.createObjectStore('keyval');
  const db = await request(opening);
  // A deletion asked for meanwhile (by the widget's page or a test) is never held up by this one.
  db.onversionchange = () => db.close();
  try {
    const transaction = db.transaction('keyval', mode);
    // Listened for before anything is awaited, so the end of the transaction cannot be missed.
    const done = new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
    const result = await request(use(transaction.objectStore('keyval')));
    await done;
    return result;
  } finally {
    db.close();
  }
}

/** The value the widget keeps under `key` (`consent`, `forecasts`), or undefined. */
export async function storedValue(key: string): Promise<unknown> {
  if (!(await indexedDB.databases()).some((db) => db.name === DATABASE)) return undefined;
  return withStore('readonly', (store) => store.get(key));
}

/** Puts `value` under `key`, as an earlier visit would have left it. */
export async function storeValue(key: string, value: unknown): Promise<void> {
  await withStore('readwrite', (store) => store.put(value, key));
}

/** Deletes the widget's database, as a browser never visited would have none; resolves once it is gone. */
export function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(DATABASE);
    // Says why a test hangs here: a connection somewhere (a page not yet gone) holds the database.
    deleting.onblocked = () => console.warn('deleting the kreis-wetter database waits for a connection still open');
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => reject(deleting.error ?? new Error('IndexedDB'));
  });
}

/** Whether the widget's database exists at all. */
export async function databaseExists(): Promise<boolean> {
  return (await indexedDB.databases()).some((db) => db.name === DATABASE);
}
