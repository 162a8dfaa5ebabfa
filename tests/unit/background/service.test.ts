import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService, TAB_WRITE_MS } from '../../../lib/background/service';
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
    const restarted = service().bg; // a fresh worker: new items, nothing in memory
    expect(await restarted.getTabKinds(3)).toEqual(['locked']);
  });

  it('keeps tab state in session storage, and writes no preference', async () => {
    const { bg } = service();
    await bg.reportBanners(3, 0, ['locked']);
    expect(await fakeBrowser.storage.session.get('tabs')).toEqual({ tabs: { 3: { frames: { 0: { kinds: ['locked'], at: 1000 } }, updatedAt: 1000 } } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('applies concurrent reports, each frame its latest', async () => {
    const { bg } = service();
    await Promise.all([
      bg.reportBanners(1, 0, ['locked', 'captcha']),
      bg.reportBanners(2, 0, ['captcha']),
      bg.reportBanners(1, 0, ['locked']),
      bg.reportBanners(1, 2, ['sms-code']),
    ]);
    expect(await bg.getTabKinds(1)).toEqual(['locked', 'sms-code']);
    expect(await bg.getTabKinds(2)).toEqual(['captcha']);
  });

  it('drops a corrupted tab entry and keeps the valid ones', async () => {
    await fakeBrowser.storage.session.set({ tabs: { 1: { frames: { 0: ['locked'] }, updatedAt: 1 }, 2: { frames: 'x' }, x: {} } });
    expect(await service().bg.getTabKinds(1)).toEqual(['locked']);
    expect(await service().bg.getTabKinds(2)).toEqual([]);
  });
});

describe('what a page could trigger', () => {
  it('is no way to store a preference: a content script can only report what its frame shows', () => {
    expect(Object.keys(service().bg).filter((name) => !/^get/.test(name)).sort()).toEqual(['forgetTab', 'reportBanners']);
  });

  it('writes a tab whose banner flips every frame a few times a second, the latest state last', async () => {
    vi.useFakeTimers();
    try {
      const items = defineStorageItems();
      const write = vi.spyOn(items, 'writeTabStates');
      const badge = vi.fn(async () => {});
      const bg = createBackgroundService(items, badge, () => Date.now());
      // 200 flips a second for 2 s, as a page flipping its banner each frame made its frame
      // report (one report per round trip), beside a steady second frame.
      const reports: Promise<void>[] = [bg.reportBanners(6, 4, ['captcha'])];
      for (let i = 0; i < 400; i++) {
        reports.push(bg.reportBanners(6, 0, i % 2 === 0 ? ['locked'] : []));
        await vi.advanceTimersByTimeAsync(5);
      }
      reports.push(bg.reportBanners(6, 0, ['wrong-credentials']));
      await vi.advanceTimersByTimeAsync(TAB_WRITE_MS);
      await Promise.all(reports);
      console.log(`402 reports in 2 s: ${write.mock.calls.length} tab-state writes, ${badge.mock.calls.length} badge changes`);
      expect(write.mock.calls.length).toBeLessThanOrEqual(Math.ceil(2_000 / TAB_WRITE_MS) + 2);
      expect(1_000 / TAB_WRITE_MS).toBeLessThanOrEqual(5);
      expect(tabKinds(await items.readTabStates(), 6)).toEqual(['wrong-credentials', 'captcha']);
      // After a quiet spell the next report is written at once.
      write.mockClear();
      await vi.advanceTimersByTimeAsync(TAB_WRITE_MS);
      void bg.reportBanners(6, 0, []);
      await vi.advanceTimersByTimeAsync(0);
      expect(write).toHaveBeenCalledTimes(1);
      // A tab that loads a new document drops the old one's waiting reports.
      void bg.reportBanners(6, 0, ['locked']);
      await bg.forgetTab(6);
      await vi.advanceTimersByTimeAsync(TAB_WRITE_MS);
      expect(tabKinds(await items.readTabStates(), 6)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps at most a bounded number of frames per tab, the top frame and the newest', async () => {
    let now = 0;
    const items = defineStorageItems();
    const bg = createBackgroundService(items, async () => {}, () => ++now);
    const reports = [bg.reportBanners(9, 0, ['locked'])];
    for (let frame = 1; frame <= 300; frame++) reports.push(bg.reportBanners(9, frame, ['captcha']));
    await Promise.all(reports);
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
