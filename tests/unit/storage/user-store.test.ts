import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CAUSE_IDS, COUNTED_ITEMS, type ChecklistItemId } from '../../../lib/explain/checklist';
import { DEFAULT_PREFS } from '../../../lib/storage/prefs';
import type { Progress } from '../../../lib/storage/progress';
import { defineStorageItems } from '../../../lib/storage/items';
import { createTickView, createUserStore } from '../../../lib/storage/user-store';

beforeEach(() => fakeBrowser.reset());

/** A popup as it opens: its own storage items and store, nothing shared in memory with others. */
function popup(now: () => number = () => 1_000) {
  const items = defineStorageItems();
  return { items, store: createUserStore(items, now) };
}

const ALL_BOXES: ChecklistItemId[] = [...COUNTED_ITEMS, ...CAUSE_IDS];

describe('the popup writes ticks and settings itself', () => {
  it('to storage.local, where a popup opened later reads them', async () => {
    const { store } = popup();
    await store.setItemChecked('step.allow-sms', true);
    await store.updatePrefs({ language: 'en', inlineHints: false });
    expect(await fakeBrowser.storage.local.get(['progress', 'progress$', 'prefs$'])).toEqual({
      progress: { checked: ['step.allow-sms'], updatedAt: 1000 },
      progress$: { v: 2 },
      prefs$: { v: 2 },
    });
    const reopened = popup().items;
    expect((await reopened.readProgress()).checked).toEqual(['step.allow-sms']);
    expect(await reopened.readPrefs()).toEqual({ ...DEFAULT_PREFS, language: 'en', inlineHints: false });
  });

  it('loses no tick of a burst, nor of two popups ticking at once', async () => {
    const first = popup().store;
    const second = popup().store;
    await Promise.all(ALL_BOXES.map((id, i) => (i % 2 ? first : second).setItemChecked(id, true)));
    expect((await popup().items.readProgress()).checked.sort()).toEqual([...ALL_BOXES].sort());
    await Promise.all([first.setItemChecked(ALL_BOXES[0]!, false), second.setItemChecked(ALL_BOXES[1]!, false), first.resetProgress()]);
    expect((await popup().items.readProgress()).checked).toEqual([]);
  });

  it('stamps every progress write later than the one it replaces, whatever the clock says', async () => {
    const { store } = popup(() => 5);
    const times = [];
    for (const id of ALL_BOXES.slice(0, 4)) times.push((await store.setItemChecked(id, true)).updatedAt);
    times.push((await store.resetProgress()).updatedAt);
    expect(times).toEqual([5, 6, 7, 8, 9]);
  });

  it.each([
    ['a string', 'garbage', 'garbage'],
    ['a number and an array', 42, ['enabled']],
    ['objects with wrong fields', { checked: 'step.allow-sms', updatedAt: -3, extra: { x: 1 } }, { enabled: 'maybe', language: 'fr', dismissedKinds: { 0: 'locked' } }],
  ])('reads %s in storage as the defaults and never writes it back', async (_name, progress, prefs) => {
    await fakeBrowser.storage.local.set({ progress, prefs, 'progress$': 'x', 'prefs$': [2] });
    const { items, store } = popup();
    expect(await items.readProgress()).toEqual({ checked: [], updatedAt: 0 });
    expect(await items.readPrefs()).toEqual(DEFAULT_PREFS);
    await store.setItemChecked('step.allow-sms', true);
    await store.updatePrefs({ language: 'en' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      progress: { checked: ['step.allow-sms'], updatedAt: 1000 },
      'progress$': { v: 2 },
      prefs: { ...DEFAULT_PREFS, language: 'en' },
      'prefs$': { v: 2 },
    });
  });

  it('keeps a tick made while the worker migrates version-1 progress', async () => {
    await fakeBrowser.storage.local.set({ progress: { checked: ['step.allow-sms', 'faq.no-phone-screen'], updatedAt: 3 }, 'progress$': { v: 1 } });
    const worker = defineStorageItems(); // starts its migration
    const { store } = popup(); // a popup opened at the same moment
    await store.setItemChecked('step.phone-format', true);
    await worker.readProgress();
    expect((await popup().items.readProgress()).checked.sort()).toEqual(['step.allow-sms', 'step.phone-format', 'support.no-phone-screen']);
  });

  it('hears of changes made by another page, parsed', async () => {
    const { items } = popup();
    const seen: Progress[] = [];
    const stop = items.watchProgress((p) => seen.push(p));
    await items.readProgress(); // the watch starts once the item is defined
    await popup().store.setItemChecked('step.allow-sms', true);
    await vi.waitFor(() => expect(seen.at(-1)?.checked).toEqual(['step.allow-sms']));
    await fakeBrowser.storage.local.set({ progress: 'garbage' });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ checked: [], updatedAt: 0 }));
    stop();
  });
});

describe('what the popup shows of the ticks', () => {
  it('lays ticks still on their way over an older answer, and rolls back a tick whose write failed', async () => {
    const stored = new Set<ChecklistItemId>();
    const release: (() => void)[] = [];
    let fail = false;
    let at = 0;
    const write = (id: ChecklistItemId, checked: boolean) =>
      new Promise<Progress>((resolve, reject) => {
        release.push(() => {
          if (fail) return reject(new Error('QUOTA_BYTES quota exceeded'));
          if (checked) stored.add(id);
          else stored.delete(id);
          resolve({ checked: [...stored], updatedAt: ++at });
        });
      });
    const view = createTickView(write);
    const a = view.tick('step.allow-sms', true);
    const b = view.tick('step.phone-format', true);
    release[0]!();
    // The answer to the first holds only the first; the second is on its way and stays shown.
    expect((await a).checked.sort()).toEqual(['step.allow-sms', 'step.phone-format']);
    release[1]!();
    expect((await b).checked.sort()).toEqual(['step.allow-sms', 'step.phone-format']);

    fail = true;
    const c = view.tick('step.forgot-password', true);
    release[2]!();
    await expect(c).rejects.toThrow('quota');
    fail = false;
    const d = view.tick('step.allow-sms', false);
    release[3]!();
    expect((await d).checked).toEqual(['step.phone-format']);
  });

  it('tells which ticks are not stored yet, each with its latest state', async () => {
    const release: (() => void)[] = [];
    const view = createTickView((id, checked) => new Promise((resolve) => release.push(() => resolve({ checked: checked ? [id] : [], updatedAt: 1 }))));
    const first = view.tick('step.allow-sms', true);
    void view.tick('step.phone-format', true);
    void view.tick('step.allow-sms', false);
    expect(view.unsettled()).toEqual([
      { id: 'step.allow-sms', checked: false },
      { id: 'step.phone-format', checked: true },
    ]);
    release[0]!();
    await first;
    // The first write's answer settles nothing: a later tick of the same item is still on its way.
    expect(view.unsettled()).toHaveLength(2);
    release.forEach((r) => r());
    await new Promise((r) => setTimeout(r));
    expect(view.unsettled()).toEqual([]);
  });

  it('never goes back to an older stored value that arrives late', () => {
    const view = createTickView(async () => ({ checked: [], updatedAt: 0 }));
    expect(view.shown({ checked: ['step.allow-sms', 'step.phone-format'], updatedAt: 8 }).checked).toEqual(['step.allow-sms', 'step.phone-format']);
    expect(view.shown({ checked: ['step.allow-sms'], updatedAt: 7 }).checked).toEqual(['step.allow-sms', 'step.phone-format']);
    expect(view.shown({ checked: [], updatedAt: 9 }).checked).toEqual([]);
  });
});
