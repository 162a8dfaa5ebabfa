import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Kind } from '../../lib/detect/kinds';
import type { Banner } from '../../lib/detect/tracker';
import { sendMessage } from '../../lib/messaging';
import type { PanelManager } from '../../lib/panel-ui-contract';
import { DEFAULT_PREFS, parsePrefs, PREFS_KEY, resolveLanguage, type Prefs } from '../../lib/prefs';
import { createHints } from './hints';
import { createPanels } from './panels';

/**
 * The page side of the extension once a page needs it: reads the preferences (and follows
 * their changes at once), shows the panels they allow, and tells the background which
 * kinds this frame shows, so the toolbar badge and the popup know.
 */
export function createGuide(ctx: ContentScriptContext): PanelManager {
  let prefs: Prefs | null = null;
  let latest: ReadonlyMap<Kind, Banner> = new Map();
  let reported = '';

  const lang = () => resolveLanguage((prefs ?? DEFAULT_PREFS).language, browser.i18n.getUILanguage());
  const panels = createPanels(ctx, () => ({
    lang: lang(),
    onDismissKind: (kind) => void sendMessage('dismissKind', { kind }).catch(() => undefined),
  }));
  // Until the preferences are read, no hint: they may be switched off.
  const hints = createHints(ctx, () => ({ lang: lang(), allowed: !!prefs && prefs.enabled && prefs.inlineHints }));

  function apply(): void {
    if (!prefs || ctx.isInvalid) return;
    const allowed = new Map<Kind, Banner>();
    if (prefs.enabled) {
      for (const [kind, banner] of latest) if (!prefs.dismissedKinds.includes(kind)) allowed.set(kind, banner);
    }
    panels.sync(allowed);
    // Only kinds, never page text. Switched off, the extension reports nothing.
    const kinds = prefs.enabled ? [...latest.keys()] : [];
    const key = kinds.join();
    if (key !== reported) {
      reported = key;
      void sendMessage('reportBanners', { kinds }).catch(() => undefined);
    }
  }

  void storage.getItem(PREFS_KEY).then((raw) => {
    prefs = parsePrefs(raw);
    apply();
    hints.refresh();
  });
  const unwatch = storage.watch(PREFS_KEY, (raw) => {
    const next = parsePrefs(raw);
    // Another language means other text in every panel: rebuild them.
    const relabel = prefs !== null && next.language !== prefs.language;
    if (relabel) panels.removeAll();
    prefs = next;
    apply();
    if (relabel) hints.rebuild();
    else hints.refresh();
  });
  ctx.onInvalidated(() => {
    try {
      unwatch();
    } catch {
      // After a reload or update the old extension context is gone, and its listener with it.
    }
  });

  return {
    sync(banners) {
      latest = banners;
      apply();
    },
    addInputs(inputs) {
      hints.add(inputs);
    },
    removeAll() {
      latest = new Map();
      panels.removeAll();
      hints.removeAll();
    },
  };
}
