/**
 * Runs read-modify-write tasks on one stored value one at a time, across every page of the
 * extension: two popups open at once (the toolbar popup and a detached one), or a popup and
 * the background worker, would otherwise read the same value and the later write would drop
 * the earlier one's change. `storage.local` has no transactions, so a lock does the job: the
 * Web Locks API, shared by all the extension's pages and its worker (one origin), granted in
 * the order asked, and released when a page or a stopped worker goes away. Where it is
 * missing (unit tests) the tasks queue in this context only.
 */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

/** Runs the tasks given to it one at a time, in the order given; a failed task does not stop the next. */
export function createSerialQueue(): SerialQueue {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
}

const queues = new Map<string, SerialQueue>();

interface LockManagerLike {
  request<T>(name: string, task: () => Promise<T>): Promise<T>;
}

function lockManager(): LockManagerLike | undefined {
  return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
}

export function exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (locks) return locks.request(name, task);
  let queue = queues.get(name);
  if (!queue) queues.set(name, (queue = createSerialQueue()));
  return queue(task);
}
