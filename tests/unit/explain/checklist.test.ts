import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService, NotShownError } from '../../../lib/background/service';
import { buildChecklist, CAUSE_IDS, COUNTED_ITEMS } from '../../../lib/explain/checklist';
import { KNOWLEDGE } from '../../../lib/explain/entries';
import { guideFor } from '../../../lib/explain/guide';
import { InvalidMessageError, validateMessage } from '../../../lib/messaging/messages';
import { defineStorageItems } from '../../../lib/storage/items';
import { MAX_FRAMES_PER_TAB, parseTabStates, tabKinds } from '../../../lib/storage/tab-state';

beforeEach(() => fakeBrowser.reset());

/** A worker as it starts: fresh storage items, nothing in memory; plus the readers' view. */
function service() {
  const badge = vi.fn(async () => {});
  const items = defineStorageItems();
  const bg = {
    ...createBackgroundService(items, badge, () => 1_000),
    getTabKinds: async (tabId: number) => tabKinds(await items.readTabStates(), tabId),
    getPrefs: () => items.readPrefs(),
    getProgress: () => items.readProgress(),
  };
  return { badge, bg };
}

describe('background service', () => {
  it('keeps per-tab kinds across frames, and marks the badge on change only', async () => {
    const { bg, badge } = service();
    await bg.reportBanners(7, 0, ['wrong-credentials']);
    await bg.reportBanners(7, 3, ['captcha']);
    await bg.reportBanners(7, 3, ['captcha']);
    expect(await bg.getTabKinds(7)).toEqual(['wrong-credentials', 'captcha']);
    expect(badge.mock.calls).toEqual([
      [7, ['wrong-credentials']],
      [7, ['wrong-credentials', 'captcha']],
    ]);
    await bg.reportBanners(7, 0, []);
    expect(await bg.getTabKinds(7)).toEqual(['captcha']);
    await bg.forgetTab(7);
    expect(await bg.getTabKinds(7)).toEqual([]);
    expect(badge).toHaveBeenLastCalledWith(7, []);
  });

  it('loses nothing when the worker is stopped and started again', async () => {
    const first = service().bg;
    await first.reportBanners(3, 0, ['locked']);
    await first.dismissKind(3, 0, 'locked');
    const restarted = service().bg; // a fresh worker: new items, nothing in memory
    expect(await restarted.getTabKinds(3)).toEqual(['locked']);
    expect((await restarted.getPrefs()).dismissedKinds).toEqual(['locked']);
  });

  it('keeps tab state in session storage and the dismissals in local storage', async () => {
    const { bg } = service();
    await bg.reportBanners(3, 0, ['locked']);
    await bg.dismissKind(3, 0, 'locked');
    expect(await fakeBrowser.storage.session.get('tabs')).toEqual({ tabs: { 3: { frames: { 0: { kinds: ['locked'], at: 1000 } }, updatedAt: 1000 } } });
    expect((await fakeBrowser.storage.local.get('prefs')).prefs).toMatchObject({ dismissedKinds: ['locked'] });
  });

  it('applies concurrent writes one after the other', async () => {
    const { bg } = service();
    await Promise.all([
      bg.reportBanners(1, 0, ['locked', 'captcha']),
      bg.dismissKind(1, 0, 'captcha'),
      bg.dismissKind(1, 0, 'locked'),
      bg.reportBanners(1, 0, ['locked']),
      bg.reportBanners(1, 2, ['sms-code']),
    ]);
    expect((await bg.getPrefs()).dismissedKinds).toEqual(['captcha', 'locked']);
    expect(await bg.getTabKinds(1)).toEqual(['locked', 'sms-code']);
  });

  it('drops a corrupted tab entry and keeps the valid ones', async () => {
    await fakeBrowser.storage.session.set({ tabs: { 1: { frames: { 0: ['locked'] }, updatedAt: 1 }, 2: { frames: 'x' }, x: {} } });
    expect(await service().bg.getTabKinds(1)).toEqual(['locked']);
    expect(await service().bg.getTabKinds(2)).toEqual([]);
  });
});

describe('what a page could trigger', () => {
  it('refuses to dismiss a kind the frame does not show', async () => {
    const { bg } = service();
    await bg.reportBanners(4, 2, ['captcha']);
    await expect(bg.dismissKind(4, 2, 'locked')).rejects.toThrow(NotShownError);
    await expect(bg.dismissKind(4, 0, 'captcha')).rejects.toThrow(NotShownError);
    await expect(bg.dismissKind(5, 2, 'captcha')).rejects.toThrow(NotShownError);
    expect((await bg.getPrefs()).dismissedKinds).toEqual([]);
    expect((await bg.dismissKind(4, 2, 'captcha')).dismissedKinds).toEqual(['captcha']);
  });

  it('keeps at most a bounded number of frames per tab, the top frame and the newest', async () => {
    let now = 0;
    const items = defineStorageItems();
    const bg = createBackgroundService(items, async () => {}, () => ++now);
    await bg.reportBanners(9, 0, ['locked']);
    for (let frame = 1; frame <= 300; frame++) await bg.reportBanners(9, frame, ['captcha']);
    const frames = (await items.readTabStates())[9]!.frames;
    expect(Object.keys(frames)).toHaveLength(MAX_FRAMES_PER_TAB);
    expect(frames[0]!.kinds).toEqual(['locked']);
    expect(frames[300]!.kinds).toEqual(['captcha']);
    expect(frames[300 - MAX_FRAMES_PER_TAB + 2]).toBeDefined();
    expect(frames[300 - MAX_FRAMES_PER_TAB + 1]).toBeUndefined();
  });

  it('reads the first tab-state shape (kinds only) of a session that began before an update', () => {
    expect(parseTabStates({ 3: { frames: { 0: ['locked'], 2: { kinds: ['captcha'], at: 5 } }, updatedAt: 4 } })).toEqual({
      3: { frames: { 0: { kinds: ['locked'], at: 4 }, 2: { kinds: ['captcha'], at: 5 } }, updatedAt: 4 },
    });
    expect(parseTabStates({ 3: { frames: { top: ['locked'] }, updatedAt: 4 } })).toEqual({});
  });
});

describe('messages', () => {
  it.each([
    ['reportBanners', { kinds: ['locked', 'captcha'] }],
    ['reportBanners', { kinds: [] }],
    ['dismissKind', { kind: 'captcha' }],
    ['finishTicks', { ticks: [{ id: 'step.allow-sms', checked: true }, { id: 'cause.new-device', checked: false }] }],
    ['finishTicks', { ticks: [] }],
  ] as const)('accepts a well-formed %s', (type, data) => {
    expect(() => validateMessage(type, data)).not.toThrow();
  });

  it.each([
    ['reportBanners', { kinds: ['hacked'] }],
    ['reportBanners', { kinds: 'locked' }],
    ['reportBanners', { kinds: ['locked'], text: 'Your account has been locked' }],
    ['reportBanners', undefined],
    ['dismissKind', { kind: 'locked', extra: 1 }],
    ['dismissKind', { kind: 'everything' }],
    ['finishTicks', { ticks: [{ id: 'faq.stay-calm', checked: true }] }],
    ['finishTicks', { ticks: [{ id: 'step.allow-sms', checked: 'yes' }] }],
    ['finishTicks', { ticks: [{ id: 'step.allow-sms', checked: true, note: 'x' }] }],
    ['finishTicks', { ticks: Array.from({ length: 100 }, () => ({ id: 'step.allow-sms', checked: true })) }],
  ] as const)('rejects a malformed %s: %j', (type, data) => {
    expect(() => validateMessage(type, data)).toThrow(InvalidMessageError);
  });
});

describe('checklist', () => {
  it('counts actions only: every step and support action once, no cause, no question', () => {
    const steps = Object.keys(KNOWLEDGE).filter((id) => /^step\./.test(id));
    for (const id of steps) expect(COUNTED_ITEMS).toContain(id);
    expect(new Set(COUNTED_ITEMS).size).toBe(COUNTED_ITEMS.length);
    for (const id of COUNTED_ITEMS) expect(id).not.toMatch(/^(cause|faq)\./);
    expect(COUNTED_ITEMS.length).toBe(12);
  });

  it("puts the current tab's actions first without repeating them, and keeps page-only actions out of the count", () => {
    const list = buildChecklist(['sms-code']);
    const guide = guideFor('sms-code');
    expect(list.pageActions).toEqual(['page.resend-code']);
    expect(list.thisTab).toEqual(guide.steps.filter((id) => (COUNTED_ITEMS as readonly string[]).includes(id)));
    const all = [...list.thisTab, ...list.sections.flatMap((s) => s.items)];
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...COUNTED_ITEMS].sort());
  });

  it("lists the tab's causes first, every cause once", () => {
    const list = buildChecklist(['restricted']);
    expect(list.causes.slice(0, 5)).toEqual(guideFor('restricted').causes);
    expect([...list.causes].sort()).toEqual([...CAUSE_IDS].sort());
  });

  it('has no tab items when the tab shows nothing', () => {
    const list = buildChecklist([]);
    expect(list.thisTab).toEqual([]);
    expect(list.pageActions).toEqual([]);
    expect(list.sections.map((s) => s.id)).toEqual(['unlock', 'login', 'support']);
  });
});
