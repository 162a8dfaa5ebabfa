import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { classifyUrl, isAuthPage } from '../../lib/detect/classify';
import { BannerTracker } from '../../lib/detect/tracker';
import { isShown } from '../../lib/detect/visibility';
import { FIRST_PASS_QUERY, type FirstPassAnswer } from '../../lib/first-pass-query';
import { ALIEXPRESS_MATCHES } from '../../lib/manifest-constants';
import { createPanelLoader } from './panel-loader';

// Attributes through which the site shows and hides its messages.
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden'];

export default defineContentScript({
  matches: ALIEXPRESS_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    // A punish page framed into an overlay (baxia dialog, middleware widget) is explained by
    // the top page, which sees the overlay; a second panel inside the small frame would
    // repeat it where it does not fit.
    if (window !== window.top && classifyUrl(location.href)) return;

    const panels = createPanelLoader(ctx);
    // Login, recovery and anti-bot pages are where banners appear: have the UI ready.
    if (isAuthPage(location.href)) panels.preload();
    const handle = (records: MutationRecord[]) => {
      if (!ctx.isInvalid) tracker.processMutations(records);
    };
    // Observers, all cheap, each batch handled in one pass over its records reading only
    // the nodes that changed. Structure: the whole document. Text edits: the whole document
    // on login pages, only inside message containers elsewhere (no other text can be a
    // banner there). Attributes (shown, hidden): only the tracked banners and their
    // ancestors. Observing every class, style and price change of a busy page costs the page
    // itself, so nothing is observed that cannot matter. `ctx.isInvalid` is a property read:
    // it notices an extension reload or update on the next change, with no timer.
    const observer = new MutationObserver(handle);
    const textObserver = new MutationObserver(handle);
    const visibilityObserver = new MutationObserver(handle);
    const tracker = new BannerTracker(
      {
        isShown,
        render: (banners) => panels.sync(banners),
        inputsFound: (inputs) => panels.addInputs(inputs),
        watchVisibility: (anchors) => {
          visibilityObserver.disconnect();
          for (const anchor of anchors) {
            for (let el: Element | null = anchor; el; el = el.parentElement) {
              visibilityObserver.observe(el, { attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
            }
          }
        },
        watchText: (containers, watchesAllText) => {
          if (containers.length === 0) {
            // A new page (or address): start over with the right scope.
            textObserver.disconnect();
            observer.observe(document.documentElement, { childList: true, subtree: true, characterData: watchesAllText });
          }
          for (const container of containers) textObserver.observe(container, { characterData: true, subtree: true });
        },
      },
      document,
    );
    tracker.scanDocument(location.href);
    // Registered after the first pass, so any answer means it is done. Only the extension's
    // own pages can ask (tests do, before concluding a page shows nothing): invisible to
    // the page's scripts, and nothing on the page changes.
    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (message !== FIRST_PASS_QUERY) return;
      sendResponse({ url: location.href, kinds: [...tracker.banners.keys()] } satisfies FirstPassAnswer);
    });

    // Single-page navigation: the address decides whether this is a login page.
    ctx.addEventListener(window, 'wxt:locationchange', () => tracker.scanDocument(location.href));

    // After the extension is reloaded or updated this copy must go quiet and leave the page
    // as it found it (the panels remove themselves through WXT's UI helper).
    ctx.onInvalidated(() => {
      observer.disconnect();
      visibilityObserver.disconnect();
      textObserver.disconnect();
      panels.removeAll();
    });
  },
});
