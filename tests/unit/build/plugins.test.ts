import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contentScriptContextWithoutPageMessages } from '../../../wxt.config';

const require = createRequire(import.meta.url);
const CONTEXT_MODULE = require.resolve('wxt/utils/content-script-context').replace(/\.d\.mts$|\.mjs$/, '.mjs');

type Transform = (code: string, id: string) => { code: string } | null;

function transform(code: string, id = CONTEXT_MODULE): { code: string } | null {
  const plugin = contentScriptContextWithoutPageMessages();
  return (plugin.transform as unknown as Transform).call({}, code, id);
}

describe("WXT's content-script context, as we build it", () => {
  const original = readFileSync(CONTEXT_MODULE, 'utf8');

  it('sends and hears nothing a page can see or forge', () => {
    expect(original).toMatch(/window\.postMessage/);
    const out = transform(original)!.code;
    expect(out).not.toMatch(/postMessage|dispatchEvent|addEventListener\(ContentScriptContext\.SCRIPT_STARTED/);
    expect(out).not.toMatch(/stopOldScripts|listenForNewerScripts/);
    // What the content script uses is still there.
    for (const kept of ['get isInvalid()', 'onInvalidated(cb)', 'notifyInvalidated()', 'addEventListener(target, type, handler, options)']) {
      expect(out).toContain(kept);
    }
  });

  it('leaves out the location watcher (a page-visible event), the leaky timer helpers and the messages\' state', () => {
    const out = transform(original)!.code;
    for (const gone of [
      'createLocationWatcher', 'locationWatcher', 'getUniqueEventName', 'wxt:locationchange',
      'block()', 'setInterval(handler, timeout)', 'setTimeout(handler, timeout)', 'requestAnimationFrame(callback)',
      'requestIdleCallback(callback, options)', 'this.id =', 'SCRIPT_STARTED_MESSAGE_TYPE',
    ]) {
      expect(original).toContain(gone);
      expect(out).not.toContain(gone);
    }
    // Listeners still go on the target as asked, and are removed when the context ends.
    expect(out).toContain('target.addEventListener?.(type, handler, {');
  });

  it('fails the build when WXT moved the code, instead of shipping it unchanged', () => {
    expect(() => transform(original.replace('requestIdleCallback(callback, options) {', 'requestIdle(callback, options) {'))).toThrow(/review this plugin/);
    expect(() => transform(original.replace('this.listenForNewerScripts();', 'this.listenForNewerScripts?.();'))).toThrow(/review this plugin/);
  });

  it('leaves every other module alone', () => {
    expect(transform(original, '/x/node_modules/wxt/dist/utils/other.mjs')).toBeNull();
  });
});
