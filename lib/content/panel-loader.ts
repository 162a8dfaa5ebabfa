import type { ScriptContext } from './context';
import type { Kind } from '../detect/kinds';
import type { Banner } from '../detect/tracker';
import { createFirstStateHost, removeFirstStates, firstStateHead, headKey, mayShowPanel, panelLanguage } from './first-state';
import { inertDocument, PANEL_TAG } from './host-tags';
import { placePanelHost } from './panel-placement';
import { PANEL_UI_FILE, registeredPanelUi, type PanelManager } from './panel-ui-contract';
import { FIRST_STATE_NAME, PREFS_NAME } from '../storage/keys';

// The global `chrome` (Chrome, and Firefox as an alias of `browser`) rather than an imported
// binding: the minifier keeps a global's name, and Firefox's add-on linter accepts only
// `import(chrome.runtime.getURL(…))` or `import(browser.runtime.getURL(…))` as safe.
declare const chrome: {
  runtime: { getURL(path: string): string };
  i18n: { getUILanguage(): string };
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: (changes: unknown, area: string) => void): void };
  };
};

const STORED = [PREFS_NAME, FIRST_STATE_NAME];

/**
 * Hands banners to the panel UI, loading that UI the first time it is needed. Until it has
 * loaded, each banner the preferences allow shows its panel's first state (its head, see
 * lib/content/first-state.ts) at once, which the UI then takes over; only the latest banners are
 * kept: what the page showed in between and took away again needs no panel.
 */
export function createPanelLoader(ctx: ScriptContext) {
  let manager: PanelManager | null = null;
  let loading: Promise<void> | null = null;
  let latest: ReadonlyMap<Kind, Banner> = new Map();
  const firstStates = new Map<Kind, HTMLElement>();
  /**
   * Kinds whose first state the page took out: it is not shown again (a page that restores
   * its form whenever something is added would loop with us); the UI places their panels
   * under its own limits (lib/page-ui/placement-guard.ts).
   */
  const refused = new Set<Kind>();

  // The preferences and the first-state kit, read when the page starts and again when
  // something in storage.local changes (rarely: a setting, a tick), so that a banner's first
  // state waits for nothing. The browser answers reads in order: the last one is the newest.
  let stored: Record<string, unknown> = {};
  let storedRead = false;
  const read = () =>
    chrome.storage.local
      .get(STORED)
      .catch(() => ({}))
      .then((items) => {
        stored = items;
        storedRead = true;
      });
  // Never removed: when the extension goes away, so does this listener's context (and
  // `showFirstStates` checks that the script is still valid first). Once the UI has loaded
  // it follows the preferences itself: nothing is read here any more.
  chrome.storage.onChanged.addListener((_, area) => void (area === 'local' && !manager && read().then(showFirstStates)));
  // The UI waits for this read, not for the first states drawn after it: whatever a hostile
  // page makes fail there cannot keep the preferences from the UI.
  const reading = read();
  void reading.then(showFirstStates);

  /**
   * Shows the first state of each banner the preferences allow, while the UI is not loaded.
   * Drawn again whenever the banners or the preferences change: that happens a few times
   * per page, and each is a few elements.
   */
  function showFirstStates(): void {
    // Ours are taken out only here and by the UI, which empties the map.
    for (const [kind, host] of firstStates) if (!host.isConnected) refused.add(kind);
    removeFirstStates(firstStates);
    if (manager || !storedRead || ctx.isInvalid) return;
    const prefs = stored[PREFS_NAME];
    const lang = panelLanguage(prefs, chrome.i18n.getUILanguage());
    for (const banner of latest.values()) {
      const head = firstStateHead(stored[FIRST_STATE_NAME], headKey(banner.kind, banner.captchaVariant), lang);
      if (!head || !mayShowPanel(prefs, banner.kind) || refused.has(banner.kind)) continue;
      const host = createFirstStateHost(inertDocument(), PANEL_TAG, banner.kind, lang, head);
      placePanelHost(host, banner);
      firstStates.set(banner.kind, host);
    }
  }

  function load(): Promise<void> {
    loading ??= import(/* @vite-ignore */ chrome.runtime.getURL(PANEL_UI_FILE)).then(
      () => {
        const ui = registeredPanelUi();
        if (!ui || ctx.isInvalid) return removeFirstStates(firstStates);
        // The UI takes the first states over (and removes those the preferences do not allow).
        manager = ui.createGuide(ctx, reading.then(() => stored[PREFS_NAME]), new Map(firstStates));
        firstStates.clear();
        manager.sync(latest);
      },
      // No UI (the file could not be loaded): no half panel stays behind.
      () => removeFirstStates(firstStates),
    );
    return loading;
  }

  return {
    /** Starts loading the UI ahead of need (pages where banners are expected). */
    preload(): void {
      void load();
    },
    sync(banners: ReadonlyMap<Kind, Banner>): void {
      latest = banners;
      if (manager) return manager.sync(banners);
      if (banners.size > 0) void load();
      showFirstStates();
    },
    removeAll(): void {
      latest = new Map();
      removeFirstStates(firstStates);
      manager?.removeAll();
    },
  };
}
