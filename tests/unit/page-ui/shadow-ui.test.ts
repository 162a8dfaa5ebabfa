// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../lib/content/context';
import { GUARDED_EVENTS, mountShadowUi } from '../../../lib/page-ui/shadow-ui';

afterEach(() => {
  document.body.replaceChildren();
});

function mountButton(ctx: ContentScriptContext, onRemove = vi.fn()) {
  const ui = mountShadowUi(ctx, { tag: 'test-ui', css: 'p{}', place: (host) => document.body.append(host), onRemove });
  const button = document.createElement('button');
  ui.container.append(button);
  return { ui, button, onRemove };
}

describe('shadow UI', () => {
  it('is an open shadow root with the reset and the given styles', () => {
    const { ui } = mountButton(new ContentScriptContext());
    expect(ui.host.shadowRoot).toBe(ui.shadow);
    expect(ui.shadow.querySelector('style')!.textContent).toBe(':host{all:initial !important;}\np{}');
    expect(ui.container.tagName).toBe('BODY');
  });

  it.each(GUARDED_EVENTS)('stops a made-up %s before any control of ours sees it', (type) => {
    const { button } = mountButton(new ContentScriptContext());
    const heard = vi.fn();
    button.addEventListener(type, heard);
    const event = new Event(type, { bubbles: true, composed: true, cancelable: true });
    expect(event.isTrusted).not.toBe(true);
    button.dispatchEvent(event);
    expect(heard).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
  });

  it("lets the browser's own events through, until the extension is gone", () => {
    const ctx = new ContentScriptContext();
    const { button } = mountButton(ctx);
    const heard = vi.fn();
    button.addEventListener('click', heard);
    // happy-dom makes no trusted events; a real browser sets this for the user's input.
    const trusted = () => {
      const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      Object.defineProperty(event, 'isTrusted', { value: true });
      return event;
    };
    button.dispatchEvent(trusted());
    expect(heard).toHaveBeenCalledTimes(1);
    ctx.notifyInvalidated();
    button.dispatchEvent(trusted());
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('releases what it registered on the context when removed', () => {
    const ctx = new ContentScriptContext();
    const release = vi.spyOn(ctx.signal, 'removeEventListener');
    const { ui, onRemove } = mountButton(ctx);
    ui.remove();
    ui.remove();
    expect(release).toHaveBeenCalledWith('abort', expect.any(Function));
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(ui.host.isConnected).toBe(false);
    ctx.notifyInvalidated();
    expect(onRemove).toHaveBeenCalledTimes(1);
  });

  it('leaves the page when the content script is invalidated, even when made afterwards', () => {
    const ctx = new ContentScriptContext();
    const { ui, onRemove } = mountButton(ctx);
    ctx.notifyInvalidated();
    expect(ui.host.isConnected).toBe(false);
    expect(onRemove).toHaveBeenCalledTimes(1);
    const late = mountButton(ctx);
    expect(late.ui.host.isConnected).toBe(false);
    expect(late.onRemove).toHaveBeenCalledTimes(1);
  });
});
