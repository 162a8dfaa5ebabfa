// What the popup's first view needs: which tab it is for, and what storage holds. Imported
// first by main.tsx, so these reads start before the app's own modules (the checklist's
// texts, the polyfill, the storage items, the views) run, and overlap with them. It
// imports none of them.
import type { FirstViewReads } from './app';

/** The promise-returning extension API both browsers have in an extension page (Firefox's `browser`, Chrome MV3's `chrome`). */
interface FirstViewApi {
  storage: Record<'local' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
  tabs: { query(info: { active: true; currentWindow: true }): Promise<{ id?: number }[]> };
}
const scope = globalThis as unknown as { browser?: FirstViewApi; chrome: FirstViewApi };
const api = scope.browser ?? scope.chrome;

/** The tab to describe: `?tab=<id>` when given (tests, a detached popup), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** One read per storage area, whole: the app takes its keys from them and parses each value. */
export const firstViewReads: FirstViewReads = Promise.all([targetTabId(), api.storage.local.get(null), api.storage.session.get(null)]);
