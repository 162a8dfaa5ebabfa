// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../lib/content/context';
import { ADDRESS_CHECK_MS, ADDRESS_SETTLE_MS, watchAddress } from '../../../lib/content/address-watch';

const withNavigation = (navigation: EventTarget | undefined) => vi.stubGlobal('navigation', navigation);

/** A watcher on a page with the Navigation API, under fake timers. */
function watchWithNavigation() {
  vi.useFakeTimers();
  const navigation = new EventTarget();
  withNavigation(navigation);
  const ctx = new ContentScriptContext();
  const check = vi.fn();
  watchAddress(ctx, check);
  return { navigation, ctx, check };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('watching the address for in-page navigation', () => {
  it("follows the Navigation API's entry changes, once for all made together, until the extension goes away", () => {
    const { navigation, ctx, check } = watchWithNavigation();
    // The page changes its address many times in one task: one check, a moment after it.
    for (let i = 0; i < 1000; i++) navigation.dispatchEvent(new Event('currententrychange'));
    expect(check).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(check).toHaveBeenCalledTimes(1);
    // Other navigation events (a navigation that has not happened yet) are not a change.
    navigation.dispatchEvent(new Event('navigate'));
    vi.runAllTimers();
    expect(check).toHaveBeenCalledTimes(1);
    ctx.notifyInvalidated();
    navigation.dispatchEvent(new Event('currententrychange'));
    vi.runAllTimers();
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('compares once a second where there is no Navigation API (Firefox ESR), until the extension goes away', () => {
    vi.useFakeTimers();
    withNavigation(undefined);
    const ctx = new ContentScriptContext();
    const check = vi.fn();
    watchAddress(ctx, check);
    vi.advanceTimersByTime(ADDRESS_CHECK_MS * 3);
    expect(check).toHaveBeenCalledTimes(3);
    ctx.notifyInvalidated();
    vi.advanceTimersByTime(ADDRESS_CHECK_MS * 3);
    expect(check).toHaveBeenCalledTimes(3);
  });
});

describe('an address that flips every frame', () => {
  it('is checked once per settle interval, the last change always (issue 19 item 7)', () => {
    const { navigation, ctx, check } = watchWithNavigation();
    // Login ↔ item each frame for 5 s: each check of another kind of page reads the whole
    // document again (PageWatcher.locationChanged).
    for (let frame = 0; frame < 300; frame++) {
      navigation.dispatchEvent(new Event('currententrychange'));
      vi.advanceTimersByTime(1000 / 60);
    }
    const during = check.mock.calls.length;
    expect(during).toBeLessThanOrEqual(Math.ceil(5_000 / ADDRESS_SETTLE_MS));
    // The last flip is checked when its interval is over; then nothing more.
    vi.advanceTimersByTime(ADDRESS_SETTLE_MS);
    expect(check.mock.calls.length).toBe(during + 1);
    vi.advanceTimersByTime(ADDRESS_SETTLE_MS * 4);
    expect(check.mock.calls.length).toBe(during + 1);
    ctx.notifyInvalidated();
  });
});
