// Loaded first by the test pages: counts the page's IndexedDB opens, deletions and transactions
// not yet finished, so a test closes the page only once they are (tests/helpers/leave.ts).
(() => {
  const pending = new Set();
  window.storageWorkPending = () => pending.size;
  const track = (target, events) => {
    pending.add(target);
    for (const type of events) target.addEventListener(type, () => pending.delete(target), { once: true });
    return target;
  };
  const { open, deleteDatabase } = IDBFactory.prototype;
  IDBFactory.prototype.open = function (...args) {
    return track(open.apply(this, args), ['success', 'error']);
  };
  IDBFactory.prototype.deleteDatabase = function (...args) {
    return track(deleteDatabase.apply(this, args), ['success', 'error']);
  };
  const { transaction } = IDBDatabase.prototype;
  IDBDatabase.prototype.transaction = function (...args) {
    return track(transaction.apply(this, args), ['complete', 'abort']);
  };
})();
