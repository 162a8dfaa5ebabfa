// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../../lib/content/context';

afterEach(() => fakeBrowser.reset());

describe('content-script context', () => {
  it('tells the page nothing when it starts: no message, no event', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const windowDispatched = vi.spyOn(window, 'dispatchEvent');
    const listened = vi.spyOn(document, 'addEventListener');
    new ContentScriptContext();
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    expect(windowDispatched).not.toHaveBeenCalled();
    expect(listened).not.toHaveBeenCalled();
  });

  it('when retired, runs its callbacks once and removes the listeners added through it', () => {
    const ctx = new ContentScriptContext();
    const onEnd = vi.fn();
    const removed = vi.fn();
    ctx.onInvalidated(onEnd);
    ctx.onInvalidated(removed)();
    const heard = vi.fn();
    ctx.addEventListener(window, 'pagehide', heard);
    window.dispatchEvent(new Event('pagehide'));
    ctx.notifyInvalidated();
    ctx.notifyInvalidated();
    window.dispatchEvent(new Event('pagehide'));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.signal.aborted).toBe(true);
  });

  it('notices, when asked, that the extension is gone from under it (reloaded or updated)', () => {
    const ctx = new ContentScriptContext();
    const onEnd = vi.fn();
    ctx.onInvalidated(onEnd);
    expect(ctx.isInvalid).toBe(false);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });
});
