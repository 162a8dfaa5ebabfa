/**
 * Functions that run in an extension context (Chromium's service worker, Firefox's extension
 * page), sent as source by either driver: they must be self-contained.
 */

/**
 * Each test starts from the defaults: preferences, progress and tab state are shared by
 * every page of the browser. What the background keeps for the content scripts (the
 * early-head kit, `storageName`) stays, as it does in a real profile: it is waited for
 * (the worker writes it when it starts) and put back after the clear.
 */
export async function resetStorageKeeping({ storageName, timeoutMs }: { storageName: string; timeoutMs: number }): Promise<void> {
  type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> };
  const api = (globalThis as unknown as { browser?: { storage: { local: Area; session: Area } } }).browser ??
    (globalThis as unknown as { chrome: { storage: { local: Area; session: Area } } }).chrome;
  const deadline = Date.now() + timeoutMs;
  let kept = (await api.storage.local.get(storageName))[storageName];
  while (kept === undefined) {
    if (Date.now() > deadline) throw new Error(`the background stored no ${storageName} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    kept = (await api.storage.local.get(storageName))[storageName];
  }
  await api.storage.local.clear();
  await api.storage.session.clear();
  await api.storage.local.set({ [storageName]: kept });
}
