import type { Kind } from '../detect/kinds';
import type { PagesByKind } from '../explain/situation';
import type { StorageItems } from '../storage/items';
import { tabKinds, withFrameKinds, withoutTab, type TabStates } from '../storage/tab-state';
import { createSerialQueue } from '../storage/lock';

export interface BadgeSetter {
  (tabId: number, kinds: Kind[]): Promise<void>;
}

/**
 * A tab's state is written at most once in this time. A page that flips its banner every
 * frame made its frame report once per round trip: ~180–220 `storage.session` writes a
 * second. Reports that come within it are folded into one write, each frame's latest
 * winning; the first report after a quiet spell is written at once, so the badge follows a
 * banner without delay.
 */
export const TAB_WRITE_MS = 300;

interface FrameReport {
  kinds: Kind[];
  pages?: PagesByKind;
  /** When it came: a tab keeps its newest frames (MAX_FRAMES_PER_TAB). */
  at: number;
}

/** Reports of one tab waiting for its next write, and the senders waiting for it. */
interface PendingTab {
  frames: Map<number, FrameReport>;
  settle: { resolve(): void; reject(error: unknown): void }[];
}

/**
 * What the background worker does, free of event wiring: the one write pages ask for (what
 * each frame shows). Lasting choices are no message: the popup writes the user's ticks and
 * settings itself (user-store.ts), out of the page's reach; readers read storage themselves
 * through the same parsers. Writes run one at a time, so two frames reporting at once never
 * overwrite each other. In memory are only the reports of the last TAB_WRITE_MS: the browser
 * keeps a worker that just had a message running far longer than that.
 */
export function createBackgroundService(items: StorageItems, setBadge: BadgeSetter, now: () => number = Date.now) {
  const serial = createSerialQueue();
  const pending = new Map<number, PendingTab>();
  /** Tabs written less than TAB_WRITE_MS ago: the timer writes what came meanwhile. */
  const quiet = new Map<number, ReturnType<typeof setTimeout>>();

  async function updateTab(tabId: number, change: (states: TabStates) => TabStates) {
    const before = await items.readTabStates();
    const after = change(before);
    await items.writeTabStates(after);
    const kinds = tabKinds(after, tabId);
    if (tabKinds(before, tabId).join() !== kinds.join()) await setBadge(tabId, kinds).catch(() => undefined);
  }

  function write(tabId: number): void {
    const batch = pending.get(tabId);
    if (!batch) return;
    pending.delete(tabId);
    quiet.set(
      tabId,
      setTimeout(() => {
        quiet.delete(tabId);
        write(tabId);
      }, TAB_WRITE_MS),
    );
    serial(() =>
      updateTab(tabId, (states) =>
        [...batch.frames].reduce((s, [frameId, r]) => withFrameKinds(s, tabId, frameId, r.kinds, r.at, r.pages), states),
      ),
    ).then(
      () => batch.settle.forEach((s) => s.resolve()),
      (error: unknown) => batch.settle.forEach((s) => s.reject(error)),
    );
  }

  return {
    /** Resolves once the report is stored (folded with the tab's others, within TAB_WRITE_MS). */
    reportBanners(tabId: number, frameId: number, kinds: Kind[], pages?: PagesByKind): Promise<void> {
      const batch: PendingTab = pending.get(tabId) ?? { frames: new Map(), settle: [] };
      pending.set(tabId, batch);
      // A frame's later report replaces its earlier one: only the latest state matters.
      batch.frames.set(frameId, { kinds, pages, at: now() });
      const stored = new Promise<void>((resolve, reject) => batch.settle.push({ resolve, reject }));
      if (!quiet.has(tabId)) write(tabId);
      return stored;
    },
    /**
     * A tab loading a new document or closing forgets what it showed, with the reports of
     * the old document still waiting: they are answered as handled and dropped.
     */
    forgetTab(tabId: number): Promise<void> {
      pending.get(tabId)?.settle.forEach((s) => s.resolve());
      pending.delete(tabId);
      return serial(() => updateTab(tabId, (states) => withoutTab(states, tabId)));
    },
  };
}
