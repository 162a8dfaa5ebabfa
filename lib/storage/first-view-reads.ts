// What the popup's first view needs: which tab it is for, and what storage holds. Started by
// a classic script in the popup's head (entrypoints/popup-reads.ts) while the page is still
// being parsed, so the answers are in by the time the app's modules have loaded and run. It
// imports nothing: that script stays a few hundred bytes.

/** The tab, then all of storage.local and storage.session. */
export type FirstViewReads = Promise<[tabId: number | null, local: Record<string, unknown>, session: Record<string, unknown>]>;

/** The promise-returning extension API both browsers have in an extension page (Firefox's `browser`, Chrome MV3's `chrome`). */
interface FirstViewApi {
  storage: Record<'local' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
  tabs: { query(info: { active: true; currentWindow: true }): Promise<{ id?: number }[]> };
}

/** Where the head script leaves its reads for the app (one page, one realm). */
const HANDOVER = '__aliLockGuideFirstViewReads';
type Scope = { browser?: FirstViewApi; chrome: FirstViewApi; [HANDOVER]?: FirstViewReads };

/** The tab to describe: `?tab=<id>` in the page's query (`search`) when given (tests, a detached popup), else the active tab. */
async function targetTabId(api: FirstViewApi, search: string): Promise<number | null> {
  const param = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Starts the reads, one per storage area, whole (the app takes its keys from them and parses each value), and leaves them for the app. */
export function startFirstViewReads(search: string): void {
  const scope = globalThis as unknown as Scope;
  const api = scope.browser ?? scope.chrome;
  scope[HANDOVER] = Promise.all([targetTabId(api, search), api.storage.local.get(null), api.storage.session.get(null)]);
}

/** The reads the head script started; started now if it did not run. */
export function takeFirstViewReads(search: string): FirstViewReads {
  const scope = globalThis as unknown as Scope;
  if (!scope[HANDOVER]) startFirstViewReads(search);
  const reads = scope[HANDOVER]!;
  delete scope[HANDOVER];
  return reads;
}
