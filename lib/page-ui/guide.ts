import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Kind } from '../detect/kinds';
import type { Banner } from '../detect/tracker';
import { FRAME_PORT, sendMessage, type ProtocolMap } from '../messaging/messages';
import type { PanelManager } from '../content/panel-ui-contract';
import { DEFAULT_PREFS, parsePrefs, PREFS_KEY, resolveLanguage, type Prefs } from '../storage/prefs';
import { collectPageFacts } from './page-facts';
import { bannerQuote } from './banner-quote';
import { isHiddenInBanner } from '../detect/visibility';
import { createReliableSender } from './reliable-send';
import { createPageSituations } from './situations';
import { createHints } from './hints';
import { watchLoginFields } from './login-fields';
import { HINT_TAG, PANEL_TAG } from '../content/host-tags';
import { createPanels } from './panels';

type Report = Parameters<ProtocolMap['reportBanners']>[0];
/** What a frame reports, as a string that is equal when the report is (nothing shown: ''). */
const reportKey = (report: Report): string => (report.kinds.length === 0 ? '' : JSON.stringify(report));
const reportOf = (key: string): Report => (key === '' ? { kinds: [] } : (JSON.parse(key) as Report));

/**
 * The page side of the extension once a page needs it: reads the preferences (and follows
 * their changes at once), shows the panels they allow, and tells the background which
 * kinds this frame shows, so the toolbar badge and the popup know.
 */
export function createGuide(ctx: ContentScriptContext, storedPrefs: Promise<unknown>, firstStates: Map<Kind, HTMLElement>): PanelManager {
  // Firefox unloads the previous copy of an updated extension without letting it clean up,
  // then injects this one: what the old copy showed is ours to take away (Chrome's old copy
  // removes its own, see lib/shadow-ui.ts). Of this copy, only the first states are in the page.
  const ours = new Set<Element>(firstStates.values());
  for (const leftover of document.querySelectorAll(`${PANEL_TAG}, ${HINT_TAG}`)) if (!ours.has(leftover)) leftover.remove();

  let prefs: Prefs | null = null;
  let latest: ReadonlyMap<Kind, Banner> = new Map();
  /** Dismissals sent but not yet in the stored preferences: hidden meanwhile, back on failure. */
  const dismissing = new Set<Kind>();
  const send = createReliableSender({ isClosed: () => ctx.isInvalid });
  // What the page offers around each banner, decided once for the panel and the report.
  const situations = createPageSituations((banner) =>
    collectPageFacts(document, location.href, banner.anchor, banner.captchaVariant, banner.wholePage ? '' : bannerQuote(banner.message ?? banner.anchor, isHiddenInBanner), banner.kind),
  );

  const lang = () => resolveLanguage((prefs ?? DEFAULT_PREFS).language, browser.i18n.getUILanguage());
  const panels = createPanels(ctx, firstStates, () => ({
    lang: lang(),
    pageOf: situations.pageOf,
    onDismissKind: (kind) => {
      dismissing.add(kind);
      // The background accepts a dismissal only for a kind this frame reported showing: the
      // report goes first, in the same attempt, when it is not confirmed yet.
      const shown = wanted;
      const attempt = async () => {
        if (reported !== shown) {
          await sendMessage('reportBanners', reportOf(shown));
          reported = shown;
        }
        return sendMessage('dismissKind', { kind });
      };
      void send(attempt).then(
        (stored) => {
          dismissing.delete(kind);
          prefs = parsePrefs(stored);
          apply();
        },
        () => {
          // Not stored: the panel comes back rather than pretend it was dismissed.
          dismissing.delete(kind);
          apply();
        },
      );
    },
  }));
  // Until the preferences are read, no hint: they may be switched off.
  const hints = createHints(ctx, () => ({ lang: lang(), allowed: !!prefs && prefs.enabled && prefs.inlineHints }));
  const stopFields = watchLoginFields(document, (inputs) => hints.add(inputs));

  // What this frame shows, as the background last confirmed it, and as it is now. Only the
  // latest state is sent, one report at a time: a page that flips its banners fast costs
  // one message per round trip, not one per flip.
  let reported = '';
  let wanted = '';
  let reporting = false;
  async function flushReports(): Promise<void> {
    if (reporting) return;
    reporting = true;
    try {
      while (wanted !== reported && !ctx.isInvalid) {
        const key = wanted;
        await send(() => sendMessage('reportBanners', reportOf(key)));
        reported = key;
        keepPort(key !== '');
      }
    } catch {
      // Undelivered for long or refused: the next change tries again.
    } finally {
      reporting = false;
    }
  }

  // Open while this frame shows something, so that the background hears when it goes away
  // (see FRAME_PORT). A worker that is stopped closes it; the next report opens it again.
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  function keepPort(showing: boolean): void {
    if (showing && !port && !ctx.isInvalid) {
      const opened = browser.runtime.connect({ name: FRAME_PORT });
      opened.onDisconnect.addListener(() => {
        if (port === opened) port = null;
      });
      port = opened;
    } else if (!showing && port) {
      port.disconnect();
      port = null;
    }
  }

  function apply(): void {
    if (!prefs || ctx.isInvalid) return;
    // Every shown kind's situation is decided, dismissed ones too: the popup still lists them.
    situations.keepOnly(new Set(latest.keys()));
    for (const banner of latest.values()) situations.pageOf(banner);
    const allowed = new Map<Kind, Banner>();
    if (prefs.enabled) {
      for (const [kind, banner] of latest) {
        if (!prefs.dismissedKinds.includes(kind) && !dismissing.has(kind)) allowed.set(kind, banner);
      }
    }
    panels.sync(allowed);
    // Kinds and yes/no facts, never page text. Switched off, the extension reports nothing.
    const kinds = prefs.enabled ? [...latest.keys()] : [];
    wanted = reportKey({ kinds, pages: situations.pagesOf(kinds) });
    void flushReports();
  }

  // A frame that goes away (removed iframe, navigation) no longer shows anything. The
  // report is sent at once, outside the queue: there is no later for this document.
  ctx.addEventListener(window, 'pagehide', () => {
    if (reported === '' && wanted === '') return;
    void sendMessage('reportBanners', { kinds: [] }).catch(() => undefined);
    reported = '';
  });
  // Back from the back-forward cache: report again what is shown.
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) apply();
  });

  void storedPrefs.then((raw) => {
    // A change seen by the watcher meanwhile is newer than this read.
    if (prefs !== null) return;
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
    stopFields();
    try {
      port?.disconnect();
    } catch {
      // The extension context is gone, and the port with it.
    }
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
    removeAll() {
      latest = new Map();
      panels.removeAll();
      hints.removeAll();
    },
  };
}
