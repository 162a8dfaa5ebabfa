import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptDefinition } from 'wxt';
import { classifyUrl, isAuthPage } from '../../lib/detect/classify';
import { watchAddress } from '../../lib/content/address-watch';
import { PageWatcher } from '../../lib/detect/page-watcher';
import { isShown } from '../../lib/detect/visibility';
import { FIRST_PASS_QUERY, type FirstPassReply } from '../../lib/content/first-pass-query';
import { ALIEXPRESS_MATCHES } from '../../lib/manifest-constants';
import { createPanelLoader } from '../../lib/content/panel-loader';

// The global `chrome` (Firefox's alias of `browser`): see lib/content/context.ts.
declare const chrome: {
  runtime: { onMessage: { addListener(listener: (message: unknown, sender: unknown, sendResponse: (reply: FirstPassReply) => void) => void): void } };
};

const contentScript: ContentScriptDefinition = {
  main(ctx) {
    // A punish page framed into an overlay (baxia dialog, middleware widget) is explained by
    // the top page, which sees the overlay; a second panel inside the small frame would
    // repeat it where it does not fit.
    if (window !== window.top && classifyUrl(location.href)) return;

    const panels = createPanelLoader(ctx);
    // Login, recovery and anti-bot pages are where banners appear: have the UI ready.
    if (isAuthPage(location.href)) panels.preload();

    const watcher = new PageWatcher(document, {
      isShown,
      render: (banners) => panels.sync(banners),
      // A property read: it notices an extension reload or update on the next change.
      stillValid: () => !ctx.isInvalid,
    });
    watcher.startPage(location.href);
    // Registered after the first pass, so any answer means it is done. Only the extension's
    // own pages can ask (tests do, before concluding a page shows nothing): invisible to
    // the page's scripts, and nothing on the page changes.
    chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (message === FIRST_PASS_QUERY) sendResponse([location.href, ...watcher.banners.keys()] satisfies FirstPassReply);
    });

    // Single-page navigation: the address decides whether this is a login page (whose UI,
    // with its hints, is loaded ahead of need).
    watchAddress(ctx, () => {
      watcher.locationChanged(location.href);
      if (isAuthPage(location.href)) panels.preload();
    });

    // After the extension is reloaded or updated this copy must go quiet and leave the page
    // as it found it (the panels remove themselves through WXT's UI helper).
    ctx.onInvalidated(() => {
      watcher.stop();
      panels.removeAll();
    });
  },
};

// Read by WXT for the manifest, and left out of the bundle, where nothing reads them
// (modules/content-script-options.ts): ~70 bytes of the every-page budget.
if (import.meta.env.MANIFEST_ONLY_OPTIONS_READ !== false) {
  Object.assign(contentScript, { matches: ALIEXPRESS_MATCHES, allFrames: true, runAt: 'document_idle', cssInjectionMode: 'manual' });
}

export default defineContentScript(contentScript);
