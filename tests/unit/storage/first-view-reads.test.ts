import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFirstViewReads, takeFirstViewReads } from '../../../lib/storage/first-view-reads';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ prefs: { enabled: false } });
  await fakeBrowser.storage.session.set({ tabs: { 7: [] } });
  // The head script finds the promise-returning API under `browser` (Firefox) or `chrome`.
  vi.stubGlobal('browser', fakeBrowser);
});
afterEach(() => vi.unstubAllGlobals());

describe("the popup's first-view reads", () => {
  it('reads the tab given in the query and each storage area whole, once, for the app to take', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    startFirstViewReads('?tab=7');
    const reads = takeFirstViewReads('?tab=7');
    expect(await reads).toEqual([7, { prefs: { enabled: false } }, { tabs: { 7: [] } }]);
    expect(query).not.toHaveBeenCalled();
    // Taken once: a second take reads anew instead of handing out the same answers.
    expect(takeFirstViewReads('?tab=7')).not.toBe(reads);
  });

  it('starts the reads itself when the head script did not run, and asks for the active tab without a query', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 } as Browser.tabs.Tab]);
    expect(await takeFirstViewReads('')).toEqual([3, { prefs: { enabled: false } }, { tabs: { 7: [] } }]);
  });
});
