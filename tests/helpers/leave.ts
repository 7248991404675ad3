/**
 * Closes a test page the way a visitor leaves one: once the page's IndexedDB work is done, as the
 * browser finishes it when a tab closes. Removing the frame in the middle of an open left that
 * open pending for ever in Firefox, and every later open or deletion of the database in the whole
 * browser waited behind it, without a `blocked` event: tests of later files timed out. Pages count
 * their own work (tests/pages/storage-activity.js); a page that never finishes is removed after 3 s.
 */
export async function leave(frame: HTMLIFrameElement): Promise<void> {
  const page = frame.contentWindow as unknown as { storageWorkPending?: () => number } | null;
  const pending = () => page?.storageWorkPending?.() ?? 0;
  const until = performance.now() + 3000;
  while (pending() > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  frame.remove();
}
