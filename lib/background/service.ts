import type { Kind } from '../detect/kinds';
import type { PagesByKind } from '../explain/situation';
import { applyPrefsPatch, type Prefs } from '../storage/prefs';
import type { StorageItems } from '../storage/items';
import { frameKinds, tabKinds, withFrameKinds, withoutTab } from '../storage/tab-state';
import { createUserStore } from '../storage/user-store';
import { createSerialQueue } from '../storage/lock';

/** A frame asked to dismiss a kind it does not show: not something its user clicked. */
export class NotShownError extends Error {
  constructor(kind: Kind) {
    super(`Refused to dismiss "${kind}": the frame does not show it`);
    this.name = 'NotShownError';
  }
}

export interface BadgeSetter {
  (tabId: number, kinds: Kind[]): Promise<void>;
}

/**
 * What the background worker does, free of event wiring: the writes that pages ask for (what
 * each frame shows, and a dismissal it may make). The user's ticks and settings are written
 * by the popup itself (user-store.ts); readers read storage themselves through the same
 * parsers. These writes run one at a time, so two frames reporting at once never overwrite
 * each other, and a dismissal takes the preferences' lock like the popup's changes. Nothing
 * is kept in memory between calls: the worker may be stopped at any moment.
 */
export function createBackgroundService(items: StorageItems, setBadge: BadgeSetter, now: () => number = Date.now) {
  const user = createUserStore(items, now);
  const serial = createSerialQueue();

  async function updateTab(tabId: number, change: (states: Awaited<ReturnType<StorageItems['readTabStates']>>) => ReturnType<typeof withoutTab>) {
    const before = await items.readTabStates();
    const after = change(before);
    await items.writeTabStates(after);
    const kinds = tabKinds(after, tabId);
    if (tabKinds(before, tabId).join() !== kinds.join()) await setBadge(tabId, kinds).catch(() => undefined);
  }

  return {
    reportBanners: (tabId: number, frameId: number, kinds: Kind[], pages?: PagesByKind) =>
      serial(() => updateTab(tabId, (states) => withFrameKinds(states, tabId, frameId, kinds, now(), pages))),
    /** A tab loading a new document or closing forgets what it showed. */
    forgetTab: (tabId: number) => serial(() => updateTab(tabId, (states) => withoutTab(states, tabId))),
    /**
     * The panel's "don't show again". A page cannot message us, and our panel acts only on
     * the user's own clicks; still, a frame may dismiss only a kind it reported showing, so
     * whatever went wrong on a page could never silence the kinds it does not show.
     */
    dismissKind: (tabId: number, frameId: number, kind: Kind): Promise<Prefs> =>
      serial(async () => {
        if (!frameKinds(await items.readTabStates(), tabId, frameId).includes(kind)) throw new NotShownError(kind);
        return user.changePrefs((prefs) => applyPrefsPatch(prefs, { dismissedKinds: [...prefs.dismissedKinds, kind] }));
      }),

  };
}
