import type { ScriptContext } from './context';
import type { Kind } from '../detect/kinds';
import type { Banner } from '../detect/tracker';
import { createEarlyHeadHost, removeEarlyHeads, earlyHeadOf, headKey, mayShowPanel, panelLanguage, type StoredKit, type StoredPrefs } from './early-head';
import { inertDocument, PANEL_TAG } from './host-tags';
import { placePanelHost } from './panel-placement';
import { inSightNow } from './seen';
import { PANEL_UI_FILE, registeredPanelUi, type PanelManager } from './panel-ui-contract';
import { EARLY_HEAD_KIT_NAME, PREFS_NAME } from '../storage/keys';

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

const STORED = [PREFS_NAME, EARLY_HEAD_KIT_NAME];

/**
 * Hands banners to the panel UI, loading that UI the first time it is needed. Until it has
 * loaded, each banner the preferences allow shows its panel's early head (see
 * lib/content/early-head.ts) at once, which the UI then takes over; only the latest banners are
 * kept: what the page showed in between and took away again needs no panel.
 */
export function createPanelLoader(ctx: ScriptContext) {
  let manager: PanelManager | null = null;
  let loading: Promise<void> | null = null;
  let latest: ReadonlyMap<Kind, Banner> = new Map();
  const earlyHeads = new Map<Kind, HTMLElement>();
  /**
   * Kinds whose early head the page took out: it is not shown again (a page that restores
   * its form whenever something is added would loop with us); the UI places their panels
   * under its own limits (lib/page-ui/placement-guard.ts).
   */
  const refused = new Set<Kind>();

  // The preferences and the early-head kit, read when the page starts and again when
  // something in storage.local changes (rarely: a setting, a tick), so that a banner's first
  // state waits for nothing. The browser answers reads in order: the last one is the newest.
  let stored: { [PREFS_NAME]?: StoredPrefs; [EARLY_HEAD_KIT_NAME]?: StoredKit } = {};
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
  // `showEarlyHeads` checks that the script is still valid first). Once the UI has loaded
  // it follows the preferences itself: nothing is read here any more.
  chrome.storage.onChanged.addListener((_, area) => void (area === 'local' && !manager && read().then(showEarlyHeads)));
  // The UI waits for this read, not for the early heads drawn after it: whatever a hostile
  // page makes fail there cannot keep the preferences from the UI.
  const reading = read();
  void reading.then(showEarlyHeads);

  /**
   * Shows the early head of each banner the preferences allow, while the UI is not loaded.
   * Drawn again whenever the banners or the preferences change: that happens a few times
   * per page, and each is a few elements.
   */
  function showEarlyHeads(): void {
    // Ours are taken out only here and by the UI, which empties the map.
    for (const [kind, host] of earlyHeads) if (!host.isConnected) refused.add(kind);
    removeEarlyHeads(earlyHeads);
    if (manager || !storedRead || ctx.isInvalid) return;
    const prefs = stored[PREFS_NAME];
    const lang = panelLanguage(prefs, chrome.i18n.getUILanguage());
    for (const banner of latest.values()) {
      const head = earlyHeadOf(stored[EARLY_HEAD_KIT_NAME], headKey(banner.kind, banner.captchaVariant), lang);
      // No head for a banner the user may not see: a page could tell the dismissed kinds by its
      // absence (seen.ts). Reads style and layout once per head drawn; what is not in sight now
      // gets its panel from the UI, by the whole rule.
      if (!head || !mayShowPanel(prefs, banner.kind) || refused.has(banner.kind) || !inSightNow(banner.anchor)) continue;
      const host = createEarlyHeadHost(inertDocument(), PANEL_TAG, banner.kind, lang, head);
      placePanelHost(host, banner);
      earlyHeads.set(banner.kind, host);
    }
  }

  function load(): Promise<void> {
    loading ??= import(/* @vite-ignore */ chrome.runtime.getURL(PANEL_UI_FILE)).then(
      () => {
        const ui = registeredPanelUi();
        if (!ui || ctx.isInvalid) return removeEarlyHeads(earlyHeads);
        // The UI takes the early heads over (and removes those the preferences do not allow).
        manager = ui.createGuide(ctx, reading.then(() => stored[PREFS_NAME]), new Map(earlyHeads));
        earlyHeads.clear();
        manager.sync(latest);
      },
      // No UI (the file could not be loaded): no half panel stays behind.
      () => removeEarlyHeads(earlyHeads),
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
      showEarlyHeads();
      // The UI's import starts in a task of its own: starting it costs ~2 ms (profile of the
      // item page's first panel), and the page's observers and the next frame, which show the
      // head, need not wait for it.
      if (banners.size > 0) setTimeout(load);
    },
    removeAll(): void {
      latest = new Map();
      removeEarlyHeads(earlyHeads);
      manager?.removeAll();
    },
  };
}
