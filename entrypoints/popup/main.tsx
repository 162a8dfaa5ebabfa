// The popup's entry. Its first view needs what storage holds and which tab it is for: those
// reads start here, at once, while the app's modules (Preact, the checklist's texts, the
// schemas, the polyfill) load and run, instead of after them. Nothing here imports them.
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

// One read per storage area, whole: the app takes its keys from them and parses each value.
const reads: FirstViewReads = Promise.all([targetTabId(), api.storage.local.get(null), api.storage.session.get(null)]);
void import('./app').then(({ start }) => start(reads));
