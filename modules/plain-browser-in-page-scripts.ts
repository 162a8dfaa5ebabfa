import type { InlineConfig } from 'vite';
import { defineWxtModule } from 'wxt/modules';

interface EntrypointLike {
  type: string;
}

/**
 * The content script and its lazily loaded panel UI run on AliExpress pages and their size
 * is budgeted. They use only promise-returning APIs that Chrome MV3 and Firefox both provide
 * natively (`runtime.id`, `runtime.getURL`, `runtime.sendMessage`, `runtime.connect`,
 * `storage`), so they take WXT's plain `browser` instead of the 41 KB webextension-polyfill
 * (aliased in by @wxt-dev/webextension-polyfill), which the popup and background keep.
 * Fails the build if the alias is not where it was, so a WXT upgrade is looked at.
 */
export function usePlainBrowser(entrypoints: readonly EntrypointLike[], config: InlineConfig): void {
  if (!entrypoints.every((entry) => entry.type === 'content-script' || entry.type === 'unlisted-script')) return;
  const aliases = config.resolve?.alias;
  if (!aliases || Array.isArray(aliases) || !('wxt/browser' in aliases)) {
    throw new Error('plain-browser-in-page-scripts: the webextension-polyfill alias moved; review this module');
  }
  delete (aliases as Record<string, string>)['wxt/browser'];
}

export default defineWxtModule({
  name: 'plain-browser-in-page-scripts',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => usePlainBrowser(entrypoints, config));
  },
});
