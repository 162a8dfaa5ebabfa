// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../lib/content/context';
import { ADDRESS_CHECK_MS, watchAddress } from '../../../lib/content/address-watch';

const withNavigation = (navigation: EventTarget | undefined) => vi.stubGlobal('navigation', navigation);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('watching the address for in-page navigation', () => {
  it("follows the Navigation API's entry changes, once per task of the page, until the extension goes away", () => {
    vi.useFakeTimers();
    const navigation = new EventTarget();
    withNavigation(navigation);
    const ctx = new ContentScriptContext();
    const check = vi.fn();
    watchAddress(ctx, check);
    // The page changes its address many times in one task: one check, after that task.
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
