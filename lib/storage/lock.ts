/**
 * Runs read-modify-write tasks on one stored value one at a time, across every page of the
 * extension: two popups open at once (the toolbar popup and a detached one), or a popup and
 * the background worker, would otherwise read the same value and the later write would drop
 * the earlier one's change. `storage.local` has no transactions, so a lock does the job: the
 * Web Locks API, shared by all the extension's pages and its worker (one origin), granted in
 * the order asked, and released when a page or a stopped worker goes away. Where it is
 * missing (unit tests) the tasks queue in this context only.
 */
const queues = new Map<string, Promise<unknown>>();

interface LockManagerLike {
  request<T>(name: string, task: () => Promise<T>): Promise<T>;
}

function lockManager(): LockManagerLike | undefined {
  return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
}

export function exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (locks) return locks.request(name, task);
  const run = (queues.get(name) ?? Promise.resolve()).then(task, task);
  queues.set(name, run.catch(() => undefined));
  return run;
}
