import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ScriptContext } from '../content/context';
import { Panel, PANEL_CSS } from '../../components/Panel';
import type { Banner } from '../detect/tracker';
import type { Kind } from '../detect/kinds';
import type { Lang } from '../i18n/language';
import { removeEarlyHeads } from '../content/early-head';
import { placePanelHost } from '../content/panel-placement';
import type { PanelManager } from '../content/panel-ui-contract';
import { mountShadowUi, type ShadowUi } from './shadow-ui';
import { bannerQuote } from './banner-quote';
import { isHiddenInBanner } from '../detect/visibility';
import { createPanelSync } from './panel-sync';
import { PANEL_TAG } from '../content/host-tags';
import type { PageFacts } from '../explain/guide';
import { COMPOSER_PAGE, type ComposerSituation } from '../messaging/composer-frame';
import { sendMessage } from '../messaging/messages';
import { PlacementGuard } from './placement-guard';

interface MountedPanel {
  anchor: Element;
  /** The element whose words are quoted: the interception's message line, else the anchor. */
  message: Element;
  wholePage: boolean;
  /** What the page offered when the panel was shown, or when its interception changed. */
  page: PageFacts;
  ui: ShadowUi;
  /** Out of the page on purpose, until the placement guard lets it back (a timer is set). */
  waiting: boolean;
  draw(): void;
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
    placePanelHost(entry.ui.host, fixed ? { ...banner, wholePage: true } : banner);
    guard.placed(kind);
  }

  function remove(kind: Kind): void {
    const panel = mounted.get(kind);
    if (!panel) return;
    mounted.delete(kind);
    clearTimeout(retries.get(kind));
    retries.delete(kind);
    panel.ui.remove();
  }

  function takeEarlyHead(kind: Kind): HTMLElement | undefined {
    const host = earlyHeads.get(kind);
    earlyHeads.delete(kind);
    return host;
  }

  function mount(banner: Banner): void {
    const { kind } = banner;
    const { lang, pageOf } = options();
    const entry: MountedPanel = {
      anchor: banner.anchor,
      message: banner.message ?? banner.anchor,
      wholePage: banner.wholePage,
      page: pageOf(banner),
      waiting: false,
      ui: mountShadowUi(ctx, {
        tag: PANEL_TAG,
        host: takeEarlyHead(kind),
        css: PANEL_CSS,
        // Placed below, as the guard allows, once the entry exists.
        place: () => undefined,
        onRemove: (container) => render(null, container),
      }),
      draw: () =>
        render(
          <Panel
            kind={kind}
            lang={lang}
            quote={entry.wholePage ? '' : bannerQuote(entry.message, isHiddenInBanner)}
            page={entry.page}
            placement={entry.ui.host.dataset.placement === 'fixed' ? 'fixed' : 'inline'}
            composer={composer}
            onClose={() => {
              plans.closed(entry.anchor);
              remove(kind);
            }}
          />,
          entry.ui.container,
        ),
    };
    entry.ui.host.dataset.kind = kind;
    // No `lang` on the host (an early head's too): the page could read the chosen language
    // from it (PRIVACY.md). The panel inside says its language.
    entry.ui.host.removeAttribute('lang');
    mounted.set(kind, entry);
    place(entry, kind, banner);
    entry.draw();
  }

  /** The banner was replaced by the page or its interception changed: the same panel follows it. */
  function reanchor(entry: MountedPanel, banner: Banner): void {
    entry.anchor = banner.anchor;
    entry.message = banner.message ?? banner.anchor;
    entry.wholePage = banner.wholePage;
    entry.page = options().pageOf(banner);
    place(entry, banner.kind, banner);
    entry.draw();
  }

  function sync(banners: ReadonlyMap<Kind, Banner>): void {
    latest = banners;
    const positions = new Map(
      [...mounted].map(([kind, panel]) => {
        // Taken out of the page, not by us: the page rejects where we put it.
        const taken = !panel.waiting && !panel.ui.host.isConnected;
        if (taken) guard.rejected(kind);
        return [kind, { anchor: panel.anchor, message: panel.message, captchaVariant: panel.page.captchaVariant, displaced: taken || panel.waiting }];
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
