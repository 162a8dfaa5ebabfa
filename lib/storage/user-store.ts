import type { ChecklistItemId } from '../explain/checklist';
import { exclusive } from './lock';
import { applyPrefsPatch, type Prefs, type PrefsPatch } from './prefs';
import { applyProgressChange, EMPTY_PROGRESS, type Progress } from './progress';
import type { StorageItems } from './items';
import { PREFS_KEY, PROGRESS_KEY } from './keys';

/**
 * The user's own changes: ticks and settings. Extension pages write them to `storage.local`
 * themselves, through the validated storage items (storage-items.ts); a stopped or hung
 * background worker cannot lose them. Each change reads the stored value, applies itself and
 * writes the result under the value's lock (exclusive.ts), so concurrent changes from two
 * popups, or a popup and the ticks the worker stores as a popup closes, never overwrite each other. What
 * is read is parsed first: a damaged value becomes the defaults and is never written back.
 */
export function createUserStore(items: Pick<StorageItems, 'readPrefs' | 'writePrefs' | 'readProgress' | 'writeProgress'>, now: () => number = Date.now) {
  // Every write's time is later than the one it replaces, whichever page wrote that: a view
  // can tell an older stored value (a late change event) from a newer one.
  const changeProgress = (change: (progress: Progress, at: number) => Progress): Promise<Progress> =>
    exclusive(PROGRESS_KEY, async () => {
      const stored = await items.readProgress();
      const next = change(stored, Math.max(now(), stored.updatedAt + 1));
      await items.writeProgress(next);
      return next;
    });
  const changePrefs = (change: (prefs: Prefs) => Prefs): Promise<Prefs> =>
    exclusive(PREFS_KEY, async () => {
      const next = change(await items.readPrefs());
      await items.writePrefs(next);
      return next;
    });
  return {
    changePrefs,
    updatePrefs: (patch: PrefsPatch) => changePrefs((prefs) => applyPrefsPatch(prefs, patch)),
    setItemChecked: (id: ChecklistItemId, checked: boolean) => changeProgress((progress, at) => applyProgressChange(progress, id, checked, at)),
    resetProgress: () => changeProgress((_, at) => ({ ...EMPTY_PROGRESS, updatedAt: at })),
  };
}


/**
 * What a popup shows of the stored progress. Every stored value it learns of passes here: a
 * write's answer, or a change event (its own writes', another page's). The newest stored
 * value wins (a change event can arrive after the answer to a later write), and the ticks
 * asked for and not yet stored are laid over it: the answer to one tick is what storage held
 * after it, and the ticks made after it, still on their way, do not flicker off and on
 * again. A tick whose write fails is dropped (the view rolls back).
 */
export function createTickView(write: (id: ChecklistItemId, checked: boolean) => Promise<Progress>) {
  const pending = new Map<ChecklistItemId, { checked: boolean; serial: number }>();
  let serial = 0;
  let newest: Progress | null = null;
  const shown = (stored: Progress): Progress => {
    if (!newest || stored.updatedAt >= newest.updatedAt) newest = stored;
    const checked = new Set(newest.checked);
    for (const [id, p] of pending) {
      if (p.checked) checked.add(id);
      else checked.delete(id);
    }
    return { ...newest, checked: [...checked] };
  };
  const tick = (id: ChecklistItemId, checked: boolean): Promise<Progress> => {
    const mine = ++serial;
    pending.set(id, { checked, serial: mine });
    const settle = () => {
      if (pending.get(id)?.serial === mine) pending.delete(id);
    };
    return write(id, checked).then(
      (stored) => (settle(), shown(stored)),
      (error: unknown) => {
        settle();
        throw error;
      },
    );
  };
  /** The ticks asked for and not stored yet: each id's latest state (handed on as the popup closes). */
  const unsettled = () => [...pending].map(([id, p]) => ({ id, checked: p.checked }));
  return { tick, shown, unsettled };
}
