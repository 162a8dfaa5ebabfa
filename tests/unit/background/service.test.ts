import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService, NotShownError } from '../../../lib/background/service';
import type { PageFacts } from '../../../lib/explain/guide';
import { NO_PAGE_FACTS } from '../../../lib/explain/situation';
import { defineStorageItems } from '../../../lib/storage/items';
import { MAX_FRAMES_PER_TAB, parseTabStates, tabKinds, tabSituations } from '../../../lib/storage/tab-state';

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

  it("keeps what each frame's page offers with its kinds, for the popup to tell the panel's story", async () => {
    const { bg } = service();
    const appeal: PageFacts = { ...NO_PAGE_FACTS, hasAppealButton: true };
    const slider: PageFacts = { ...NO_PAGE_FACTS, captchaVariant: 'slider' };
    await bg.reportBanners(5, 2, ['captcha'], { captcha: slider });
    // Facts of a kind the frame does not say it shows are not kept.
    await bg.reportBanners(5, 0, ['locked'], { locked: appeal, restricted: NO_PAGE_FACTS });
    const states = await defineStorageItems().readTabStates();
    expect(states[5]!.frames[0]!.pages).toEqual({ locked: appeal });
    expect(tabSituations(states, 5)).toEqual([
      { kind: 'locked', page: appeal },
      { kind: 'captcha', page: slider },
    ]);
    // A frame that reported only kinds (an older page UI): the kind with no page facts.
    await bg.reportBanners(5, 0, ['locked']);
    expect(tabSituations(await defineStorageItems().readTabStates(), 5)[0]).toEqual({ kind: 'locked', page: NO_PAGE_FACTS });
  });

  it('takes the top frame\'s facts when frames show the same kind, and drops facts that do not validate', () => {
    const appeal = { ...NO_PAGE_FACTS, hasAppealButton: true };
    const states = parseTabStates({
      1: {
        frames: {
          4: { kinds: ['locked'], pages: { locked: NO_PAGE_FACTS }, at: 1 },
          0: { kinds: ['locked'], pages: { locked: appeal }, at: 1 },
          7: { kinds: ['sms-code'], pages: { 'sms-code': { hasPhoneField: 'yes' } }, at: 1 },
        },
        updatedAt: 1,
      },
    });
    expect(tabSituations(states, 1)).toEqual([
      { kind: 'locked', page: appeal },
      { kind: 'sms-code', page: NO_PAGE_FACTS },
    ]);
    expect(states[1]!.frames[7]).toEqual({ kinds: ['sms-code'], at: 1 });
  });

  it('reads the first tab-state shape (kinds only) of a session that began before an update', () => {
    expect(parseTabStates({ 3: { frames: { 0: ['locked'], 2: { kinds: ['captcha'], at: 5 } }, updatedAt: 4 } })).toEqual({
      3: { frames: { 0: { kinds: ['locked'], at: 4 }, 2: { kinds: ['captcha'], at: 5 } }, updatedAt: 4 },
    });
    expect(parseTabStates({ 3: { frames: { top: ['locked'] }, updatedAt: 4 } })).toEqual({});
  });
});
