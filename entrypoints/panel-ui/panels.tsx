import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel, PANEL_CSS } from '../../components/Panel';
import type { Banner } from '../../lib/detect/tracker';
import type { Kind } from '../../lib/detect/kinds';
import type { Lang } from '../../lib/knowledge/entries';
import { BANNER_CONTAINER } from '../../lib/detect/rules';
import type { PanelManager } from '../../lib/panel-ui-contract';
import { mountShadowUi, type ShadowUi } from '../../lib/shadow-ui';
import { stripInvisibleControls } from '../../lib/text-controls';
import { collectPageFacts } from '../../lib/page-facts';
import { PANEL_TAG } from '../../lib/hosts';
import type { PageFacts } from '../../lib/knowledge/guide';
import { COMPOSER_PAGE } from '../../lib/composer-frame';
const QUOTE_LIMIT = 280;
const MODAL_DIALOG = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"], [class*="modal" i]';

interface MountedPanel {
  anchor: Element;
  wholePage: boolean;
  /** What the page offered when the panel was shown, or when its interception changed. */
  page: PageFacts;
  ui: ShadowUi;
  draw(): void;
}

export interface PanelOptions {
  lang: Lang;
  /** The user asked never to see this kind's panel again. */
  onDismissKind(kind: Kind): void;
}

/**
 * Keeps exactly one panel per banner it is given: mounts new ones, removes the ones whose
 * banner went away, and remembers the banners the user closed a panel for. A banner the
 * page re-renders (a new element of the same kind in its place) keeps its panel, moved to
 * the new element, so whatever the user opened or typed in it stays.
 */
export function createPanels(ctx: ContentScriptContext, options: () => PanelOptions): Pick<PanelManager, 'sync' | 'removeAll'> {
  const mounted = new Map<Kind, MountedPanel>();
  const composerPage = browser.runtime.getURL(COMPOSER_PAGE);
  // Chrome hands content scripts the per-session address of a `use_dynamic_url` file, but
  // the page loaded from it runs at the extension's own origin, named by its id. Firefox's
  // addresses carry the origin itself.
  const composer = {
    page: composerPage,
    origin: import.meta.env.FIREFOX ? new URL(composerPage).origin : `chrome-extension://${browser.runtime.id}`,
  };
  const closedFor = new WeakSet<Element>();
  /** Each kind's banner element at the last sync, to tell a re-render from a new banner. */
  let previous = new Map<Kind, Element>();

  function remove(kind: Kind): void {
    const panel = mounted.get(kind);
    if (!panel) return;
    mounted.delete(kind);
    panel.ui.remove();
  }

  function placeHost(host: HTMLElement, banner: Banner): void {
    const fixed = banner.wholePage || needsFixedCard(banner.anchor);
    host.dataset.placement = fixed ? 'fixed' : 'inline';
    // A centred message (punish pages, dialogs) gets a centred panel under it.
    if (!fixed && getComputedStyle(banner.anchor).textAlign === 'center') host.dataset.align = 'center';
    else delete host.dataset.align;
    if (fixed) {
      if (host.parentElement !== document.body) document.body.append(host);
    } else if (banner.anchor.nextElementSibling !== host) {
      // Moving a host that is already in place would take the focus from the user's field.
      banner.anchor.after(host);
    }
  }

  function mount(banner: Banner): void {
    const { kind } = banner;
    const { lang, onDismissKind } = options();
    const entry: MountedPanel = {
      anchor: banner.anchor,
      wholePage: banner.wholePage,
      page: collectPageFacts(document, location.href, banner.anchor, banner.captchaVariant),
      ui: mountShadowUi(ctx, {
        tag: PANEL_TAG,
        css: PANEL_CSS,
        place: (host) => placeHost(host, banner),
        onRemove: (container) => render(null, container),
      }),
      draw: () =>
        render(
          <Panel
            kind={kind}
            lang={lang}
            quote={entry.wholePage ? '' : quoteOf(entry.anchor)}
            page={entry.page}
            placement={entry.ui.host.dataset.placement === 'fixed' ? 'fixed' : 'inline'}
            composer={composer}
            onClose={() => {
              closedFor.add(entry.anchor);
              remove(kind);
            }}
            onDismissKind={() => {
              remove(kind);
              onDismissKind(kind);
            }}
          />,
          entry.ui.container,
        ),
    };
    entry.ui.host.dataset.kind = kind;
    entry.ui.host.lang = lang;
    mounted.set(kind, entry);
    entry.draw();
  }

  /** The banner was replaced by the page or its interception changed: the same panel follows it. */
  function reanchor(entry: MountedPanel, banner: Banner): void {
    entry.anchor = banner.anchor;
    entry.wholePage = banner.wholePage;
    entry.page = { ...entry.page, captchaVariant: banner.captchaVariant };
    placeHost(entry.ui.host, banner);
    entry.draw();
  }

  return {
    sync(banners: ReadonlyMap<Kind, Banner>): void {
      for (const banner of banners.values()) {
        // A closed panel stays closed when the page only re-rendered its banner.
        const before = previous.get(banner.kind);
        if (before && before !== banner.anchor && !before.isConnected && closedFor.has(before)) closedFor.add(banner.anchor);
      }
      previous = new Map([...banners].map(([kind, banner]) => [kind, banner.anchor]));

      for (const [kind, panel] of mounted) {
        const banner = banners.get(kind);
        if (!banner || closedFor.has(banner.anchor)) remove(kind);
        // A re-rendered banner, or an interception that changed under it (a slide that
        // failed): the same panel follows, with what to do now.
        else if (banner.anchor !== panel.anchor || banner.captchaVariant !== panel.page.captchaVariant) reanchor(panel, banner);
      }
      for (const banner of banners.values()) {
        if (mounted.has(banner.kind) || closedFor.has(banner.anchor)) continue;
        mount(banner);
      }
    },
    removeAll(): void {
      for (const kind of [...mounted.keys()]) remove(kind);
      previous = new Map();
    },
  };
}

/**
 * Overlays (toasts, fixed captcha dialogs, iframes laid over the page) get a fixed card:
 * a panel placed in their flow would sit inside a box that is about to vanish or under
 * the page's mask. Only the anchor and the message containers around it are read, once
 * per panel: a handful of style reads, never the whole ancestry.
 */
function needsFixedCard(anchor: Element): boolean {
  if (anchor.tagName === 'IFRAME') return true;
  // A modal dialog stays until the user answers it, and its mask covers the page: the
  // panel belongs inside it, under the message, even though the dialog is fixed.
  if (anchor.closest(MODAL_DIALOG)) return false;
  for (let el: Element | null = anchor; el; el = el.parentElement?.closest(BANNER_CONTAINER) ?? null) {
    if (getComputedStyle(el).position === 'fixed') return true;
  }
  return false;
}

/** The banner's words as the user saw them: no invisible or direction-changing characters. */
export function quoteOf(anchor: Element): string {
  const text = stripInvisibleControls(anchor.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
}
