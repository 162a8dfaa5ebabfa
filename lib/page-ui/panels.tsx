import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ScriptContext } from '../content/context';
import { Panel, PANEL_CSS } from '../../components/Panel';
import type { Banner } from '../detect/tracker';
import type { Kind } from '../detect/kinds';
import type { Lang } from '../i18n/language';
import { createEarlyHeadHost, removeEarlyHeads } from '../content/early-head';
import { placePanelHost } from '../content/panel-placement';
import type { PanelManager } from '../content/panel-ui-contract';
import { mountShadowUi, type ShadowUi } from './shadow-ui';
import { bannerQuote } from './banner-quote';
import { isHiddenInBanner } from '../detect/visibility';
import { createPanelSync } from './panel-sync';
import { inertDocument, PANEL_TAG } from '../content/host-tags';
import { EARLY_HEAD_CSS, headLines } from '../../components/panel-head';
import { afterNextPaint } from '../../components/after-paint';
import type { PageFacts } from '../explain/guide';
import { COMPOSER_PAGE, type ComposerSituation } from '../messaging/composer-frame';
import { sendMessage } from '../messaging/messages';
import { PlacementGuard } from './placement-guard';

interface MountedPanel {
  /** The banner it is shown for: the last one it followed. */
  banner: Banner;
  host: HTMLElement;
  /**
   * The whole panel once drawn, with what the page offered when it was drawn, or when its
   * interception changed. Null while the host shows the panel's head only.
   */
  full: { ui: ShadowUi; page: PageFacts; draw(): void } | null;
  /** Out of the page on purpose, until the placement guard lets it back (a timer is set). */
  waiting: boolean;
}

export interface PanelOptions {
  lang: Lang;
  /** What the page offers around a banner, decided once for the panel and the frame's report. */
  pageOf(banner: Banner): PageFacts;
}

/**
 * Keeps exactly one panel per banner it is given, as panel-sync.ts decides: mounts new ones,
 * removes the ones whose banner went away or that the user closed, and moves a panel to its
 * re-rendered banner, so whatever the user opened or typed in it stays.
 */
export function createPanels(
  ctx: ScriptContext,
  /** Hosts showing a panel's early head (lib/content/early-head.ts): taken over, or removed at the first sync. */
  earlyHeads: Map<Kind, HTMLElement>,
  options: () => PanelOptions,
): Pick<PanelManager, 'sync' | 'removeAll'> {
  const mounted = new Map<Kind, MountedPanel>();
  // Chrome hands content scripts the per-session address of a `use_dynamic_url` file. What
  // the composer is for goes to the background, never into that address (composer-frame.ts).
  const composer = {
    page: browser.runtime.getURL(COMPOSER_PAGE),
    open: (situation: ComposerSituation) => sendMessage('openComposer', situation),
  };
  const plans = createPanelSync();
  let latest: ReadonlyMap<Kind, Banner> = new Map();
  const guard = new PlacementGuard<Kind>();
  /** One timer per kind whose host waits to be placed again; it syncs with the latest banners. */
  const retries = new Map<Kind, ReturnType<typeof setTimeout>>();

  /**
   * Places a panel's host as the guard allows (placement-guard.ts): next to its banner,
   * as a fixed card, or later, when the page keeps taking it out.
   */
  function place(entry: MountedPanel, kind: Kind, banner: Banner): void {
    if (ctx.isInvalid) return;
    const { fixed, waitMs } = guard.decide(kind);
    entry.waiting = waitMs > 0;
    if (entry.waiting) {
      if (!retries.has(kind)) {
        retries.set(
          kind,
          setTimeout(() => {
            retries.delete(kind);
            if (!ctx.isInvalid) sync(latest);
          }, waitMs),
        );
      }
      return;
    }
    placePanelHost(entry.host, fixed ? { ...banner, wholePage: true } : banner);
    guard.placed(kind);
  }

  function remove(kind: Kind): void {
    const panel = mounted.get(kind);
    if (!panel) return;
    mounted.delete(kind);
    clearTimeout(retries.get(kind));
    retries.delete(kind);
    if (panel.full) panel.full.ui.remove();
    else panel.host.remove();
  }

  function takeEarlyHead(kind: Kind): HTMLElement | undefined {
    const host = earlyHeads.get(kind);
    earlyHeads.delete(kind);
    return host;
  }

  /**
   * A new banner's panel. Its head is in the page at once; the rest (what the page offers
   * around the banner, and the whole panel, most of a panel's cost) is drawn after the next
   * paint, so that the frame that shows the banner is not held up (issue 22). A head the
   * content script drew while this UI loaded is on screen already: it is filled in now.
   */
  function mount(banner: Banner): void {
    const { kind } = banner;
    const early = takeEarlyHead(kind);
    const { lang } = options();
    const entry: MountedPanel = {
      banner,
      host: early ?? createEarlyHeadHost(inertDocument(), PANEL_TAG, kind, lang, { css: EARLY_HEAD_CSS, lines: headLines(kind, banner.captchaVariant, lang) }),
      full: null,
      waiting: false,
    };
    entry.host.dataset.kind = kind;
    // No `lang` on the host (an early head's too): the page could read the chosen language
    // from it (PRIVACY.md). The panel inside says its language.
    entry.host.removeAttribute('lang');
    mounted.set(kind, entry);
    place(entry, kind, banner);
    if (early) fill(entry, lang);
    else afterNextPaint(() => mounted.get(kind) === entry && !ctx.isInvalid && fill(entry, lang));
  }

  /** Draws the whole panel into the host that shows its head, in place. */
  function fill(entry: MountedPanel, lang: Lang): void {
    const { kind } = entry.banner;
    const ui = mountShadowUi(ctx, {
      tag: PANEL_TAG,
      host: entry.host,
      css: PANEL_CSS,
      // In the page already, where the guard put it.
      place: () => undefined,
      onRemove: (container) => render(null, container),
    });
    const full = {
      ui,
      page: options().pageOf(entry.banner),
      draw: () =>
        render(
          <Panel
            kind={kind}
            lang={lang}
            quote={entry.banner.wholePage ? '' : bannerQuote(entry.banner.message ?? entry.banner.anchor, isHiddenInBanner)}
            page={full.page}
            placement={entry.host.dataset.placement === 'fixed' ? 'fixed' : 'inline'}
            composer={composer}
            onClose={() => {
              plans.closed(entry.banner.anchor);
              remove(kind);
            }}
          />,
          ui.container,
        ),
    };
    entry.full = full;
    full.draw();
  }

  /** The banner was replaced by the page or its interception changed: the same panel follows it. */
  function reanchor(entry: MountedPanel, banner: Banner): void {
    entry.banner = banner;
    place(entry, banner.kind, banner);
    // A head alone: the whole panel, still to come, is drawn for this banner.
    if (!entry.full) return;
    entry.full.page = options().pageOf(banner);
    entry.full.draw();
  }

  function sync(banners: ReadonlyMap<Kind, Banner>): void {
    latest = banners;
    const positions = new Map(
      [...mounted].map(([kind, panel]) => {
        // Taken out of the page, not by us: the page rejects where we put it.
        const taken = !panel.waiting && !panel.host.isConnected;
        if (taken) guard.rejected(kind);
        const { anchor, message, captchaVariant } = panel.banner;
        return [kind, { anchor, message: message ?? anchor, captchaVariant, displaced: taken || panel.waiting }];
      }),
    );
    const plan = plans.plan(positions, banners);
    for (const kind of plan.remove) remove(kind);
    for (const kind of plan.follow) reanchor(mounted.get(kind)!, banners.get(kind)!);
    for (const kind of plan.mount) mount(banners.get(kind)!);
    // Early heads of kinds the preferences do not allow (the content script reads them
    // without validating), or whose banner went away while the UI loaded.
    removeEarlyHeads(earlyHeads);
  }

  return {
    sync,
    removeAll(): void {
      removeEarlyHeads(earlyHeads);
      for (const kind of [...mounted.keys()]) remove(kind);
      plans.reset();
      latest = new Map();
    },
  };
}
