import { fakeBrowser } from 'wxt/testing/fake-browser';

// The content script reads the global `chrome` (lib/content/context.ts, panel-loader.ts:
// Chrome's, and Firefox's alias of `browser`); in the unit tests WXT's fake browser, which
// the `browser` import gets, stands in for it.
(globalThis as { chrome?: unknown }).chrome ??= fakeBrowser;
