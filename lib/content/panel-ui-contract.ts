import type { ScriptContext } from './context';
import type { Kind } from '../detect/kinds';
import type { Banner } from '../detect/tracker';

/**
 * The page UI (Preact, the knowledge base, the shadow-root host, preferences and reports to
 * the background) is a separate file,
 * `panel-ui.js`, that the content script imports only when a page needs it, so every
 * other page pays for the detector alone. Importing it registers this API on the
 * content script's own global (the isolated world, never the page's).
 */
export interface PanelUi {
  /**
   * `storedPrefs`: the raw stored preferences, as the content script last read them.
   * `earlyHeads`: the panel hosts the content script showed while the UI loaded (their
   * early head, lib/content/early-head.ts), by kind: the UI takes them over or removes them.
   */
  createGuide(ctx: ScriptContext, storedPrefs: Promise<unknown>, earlyHeads: Map<Kind, HTMLElement>): PanelManager;
}

export interface PanelManager {
  /** Makes the mounted panels match the banners the page shows now. */
  sync(banners: ReadonlyMap<Kind, Banner>): void;
  removeAll(): void;
}

export const PANEL_UI_FILE = '/panel-ui.js';
export const PANEL_UI_KEY = Symbol.for('ali-lock-guide.panel-ui');

export function registerPanelUi(ui: PanelUi): void {
  (globalThis as Record<symbol, unknown>)[PANEL_UI_KEY] = ui;
}

export function registeredPanelUi(): PanelUi | undefined {
  return (globalThis as Record<symbol, unknown>)[PANEL_UI_KEY] as PanelUi | undefined;
}
