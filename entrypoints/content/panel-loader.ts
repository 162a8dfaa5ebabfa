import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Kind } from '../../lib/detect/kinds';
import type { Banner } from '../../lib/detect/tracker';
import { PANEL_UI_FILE, PREFS_STORAGE_NAME, registeredPanelUi, type PanelManager } from '../../lib/panel-ui-contract';

// The global `chrome` (Chrome, and Firefox as an alias of `browser`) rather than an imported
// binding: the minifier keeps a global's name, and Firefox's add-on linter accepts only
// `import(chrome.runtime.getURL(…))` or `import(browser.runtime.getURL(…))` as safe.
declare const chrome: {
  runtime: { getURL(path: string): string };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

/**
 * Hands banners to the panel UI, loading that UI the first time it is needed. Until it
 * has loaded, only the latest banners are kept: what the page showed in between and
 * took away again needs no panel.
 */
export function createPanelLoader(ctx: ContentScriptContext) {
  let manager: PanelManager | null = null;
  let loading: Promise<void> | null = null;
  let latest: ReadonlyMap<Kind, Banner> = new Map();
  let pendingInputs: HTMLInputElement[] = [];

  function load(): Promise<void> {
    // The preferences decide what is shown: read them while the UI loads, not after.
    const storedPrefs = chrome.storage.local.get(PREFS_STORAGE_NAME).then(
      (items) => items[PREFS_STORAGE_NAME],
      () => undefined,
    );
    loading ??= import(/* @vite-ignore */ chrome.runtime.getURL(PANEL_UI_FILE)).then(() => {
      const ui = registeredPanelUi();
      if (!ui || ctx.isInvalid) return;
      manager = ui.createGuide(ctx, storedPrefs);
      manager.sync(latest);
      manager.addInputs(pendingInputs);
      pendingInputs = [];
    });
    return loading;
  }

  return {
    /** Starts loading the UI ahead of need (pages where banners are expected). */
    preload(): void {
      void load();
    },
    sync(banners: ReadonlyMap<Kind, Banner>): void {
      latest = banners;
      if (manager) manager.sync(banners);
      else if (banners.size > 0) void load();
    },
    addInputs(inputs: HTMLInputElement[]): void {
      if (manager) manager.addInputs(inputs);
      else {
        pendingInputs.push(...inputs);
        void load();
      }
    },
    removeAll(): void {
      latest = new Map();
      pendingInputs = [];
      manager?.removeAll();
    },
  };
}
