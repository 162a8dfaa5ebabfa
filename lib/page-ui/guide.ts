import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import type { ScriptContext } from '../content/context';
import type { Kind } from '../detect/kinds';
import type { Banner } from '../detect/tracker';
import { FRAME_PORT, sendMessage } from '../messaging/messages';
import type { PanelManager } from '../content/panel-ui-contract';
import { DEFAULT_PREFS, parsePrefs, resolveLanguage, type Prefs } from '../storage/prefs';
import { collectPageFacts } from './page-facts';
import { bannerQuote } from './banner-quote';
import { isHiddenInBanner } from '../detect/visibility';
import { createReliableSender } from './reliable-send';
import { createPageSituations } from './situations';
import { createFrameReport, frameView } from './frame-report';
import { createHints } from './hints';
import { watchLoginFields } from './login-fields';
import { HINT_TAG, PANEL_TAG } from '../content/host-tags';
import { createPanels } from './panels';
import { PREFS_KEY } from '../storage/keys';
import { createSeenFilter, UNSEEN_RECHECK_MS } from './seen';
import { afterNextPaint } from '../../components/after-paint';

/**
 * The page side of the extension once a page needs it: reads the preferences (and follows
 * their changes at once), shows the panels they allow, and tells the background which
 * kinds this frame shows, so the toolbar badge and the popup know.
 */
export function createGuide(ctx: ScriptContext, storedPrefs: Promise<unknown>, earlyHeads: Map<Kind, HTMLElement>): PanelManager {
  // Firefox unloads the previous copy of an updated extension without letting it clean up,
  // then injects this one: what the old copy showed is ours to take away (Chrome's old copy
  // removes its own, see lib/page-ui/shadow-ui.ts). Of this copy, only the early heads are in the page.
  const ours = new Set<Element>(earlyHeads.values());
  for (const leftover of document.querySelectorAll(`${PANEL_TAG}, ${HINT_TAG}`)) if (!ours.has(leftover)) leftover.remove();

  let prefs: Prefs | null = null;
  let latest: ReadonlyMap<Kind, Banner> = new Map();
  // What the page offers around each banner, decided once for the panel and the report.
  const situations = createPageSituations((banner) =>
    collectPageFacts(document, location.href, banner.anchor, banner.captchaVariant, banner.wholePage ? '' : bannerQuote(banner.message ?? banner.anchor, isHiddenInBanner), banner.kind),
  );
  const report = createFrameReport({
    send: createReliableSender({ isClosed: () => ctx.isInvalid }),
    reportBanners: (message) => sendMessage('reportBanners', message),
    connect: () => browser.runtime.connect({ name: FRAME_PORT }),
    isClosed: () => ctx.isInvalid,
  });

  const lang = () => resolveLanguage((prefs ?? DEFAULT_PREFS).language, browser.i18n.getUILanguage());
  const panels = createPanels(ctx, earlyHeads, () => ({
    lang: lang(),
    pageOf: situations.pageOf,
  }));
  // Until the preferences are read, no hint: they may be switched off.
  const hints = createHints(ctx, () => ({ lang: lang(), allowed: !!prefs && prefs.enabled && prefs.inlineHints }));
  const stopFields = watchLoginFields(document, (inputs) => hints.add(inputs));

  /** Set while a banner the user cannot see waits to be judged again (seen.ts). */
  let recheck: ReturnType<typeof setTimeout> | undefined;
  /** The banners shown now and the kinds to report, for the report that follows the next paint. */
  let shown: { banners: ReadonlyMap<Kind, Banner>; reported: Kind[] } = { banners: new Map(), reported: [] };
  let reportDue = false;

  /**
   * Tells the background what this frame shows, with what the page offers around each banner.
   * Reading the page's fields and buttons takes longer than drawing a panel's head, so it
   * waits for the next paint (the panels read the same facts then, lib/page-ui/situations.ts):
   * the frame that shows a banner carries our head with it, nothing more (issue 22). One
   * report for all the changes until then, with what is shown at that time.
   */
  function reportAfterPaint(): void {
    if (reportDue) return;
    reportDue = true;
    afterNextPaint(() => {
      reportDue = false;
      if (ctx.isInvalid) return;
      for (const banner of shown.banners.values()) situations.pageOf(banner);
      // Kinds and yes/no facts, never page text.
      void report.show({ kinds: shown.reported, pages: situations.pagesOf(shown.reported) });
    });
  }
  const visible = createSeenFilter(() => apply());
  /** Until then, the first sync waits for banners awaiting the browser's first report. */
  let holdUntil: number | undefined;

  function apply(): void {
    if (!prefs || ctx.isInvalid) return;
    // A banner the user cannot see gets no panel and no report: a page could otherwise probe
    // with it which kinds are dismissed, or set the toolbar's badge (seen.ts).
    const { seen, waiting } = visible.seen(latest);
    clearTimeout(recheck);
    recheck = seen.size < latest.size ? setTimeout(apply, UNSEEN_RECHECK_MS) : undefined;
    // In a cross-origin frame, a banner waits for the browser's first report (a frame or
    // two): at the start its early head stays meanwhile, rather than go and come back as the
    // panel; the recheck syncs what was reported by then.
    holdUntil ??= performance.now() + UNSEEN_RECHECK_MS;
    if (waiting && performance.now() < holdUntil) return;
    // Every shown kind's situation is decided, dismissed ones too: the popup still lists them.
    situations.keepOnly(new Set(seen.keys()));
    const view = frameView(seen, prefs);
    panels.sync(new Map(view.panels.map((kind) => [kind, seen.get(kind)!])));
    shown = { banners: seen, reported: view.reported };
    reportAfterPaint();
  }

  ctx.addEventListener(window, 'pagehide', () => report.pageHidden());
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
    clearTimeout(recheck);
    visible.stop();
    stopFields();
    report.close();
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
