import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel, PANEL_CSS } from '../../components/Panel';
import type { Banner } from '../../lib/detect/tracker';
import type { Kind } from '../../lib/detect/kinds';
import type { Lang } from '../../lib/knowledge/entries';
import { BANNER_CONTAINER } from '../../lib/detect/rules';
import type { PanelManager } from '../../lib/panel-ui-contract';
import { collectPageFacts } from '../../lib/page-facts';

import { PANEL_TAG } from '../../lib/hosts';
const QUOTE_LIMIT = 280;
const MODAL_DIALOG = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"], [class*="modal" i]';

interface MountedPanel {
  anchor: Element;
  ui: ShadowRootContentScriptUi<void> | null;
  /** Set when the banner went away while the UI was still being created. */
  cancelled: boolean;
}

export interface PanelOptions {
  lang: Lang;
  /** The user asked never to see this kind's panel again. */
  onDismissKind(kind: Kind): void;
}

/**
 * Keeps exactly one panel per banner it is given: mounts new ones, removes the ones whose
 * banner went away, and remembers the banners the user closed a panel for.
 */
export function createPanels(ctx: ContentScriptContext, options: () => PanelOptions): Pick<PanelManager, 'sync' | 'removeAll'> {
  const mounted = new Map<Kind, MountedPanel>();
  const closedFor = new WeakSet<Element>();

  function remove(kind: Kind): void {
    const panel = mounted.get(kind);
    if (!panel) return;
    panel.cancelled = true;
    panel.ui?.remove();
    mounted.delete(kind);
  }

  async function mount(banner: Banner): Promise<void> {
    const entry: MountedPanel = { anchor: banner.anchor, ui: null, cancelled: false };
    mounted.set(banner.kind, entry);
    const fixed = banner.wholePage || needsFixedCard(banner.anchor);
    const { lang, onDismissKind } = options();
    const quote = banner.wholePage ? '' : quoteOf(banner.anchor);
    const page = collectPageFacts(document, location.href, banner.anchor, banner.captchaVariant);
    const ui = await createShadowRootUi<void>(ctx, {
      name: PANEL_TAG,
      position: 'inline',
      css: PANEL_CSS,
      isolateEvents: true,
      anchor: banner.anchor,
      append: fixed
        ? (_anchor, host) => document.body.append(host)
        : (anchor, host) => anchor.after(host),
      onMount(container, _shadow, host) {
        host.dataset.kind = banner.kind;
        host.dataset.placement = fixed ? 'fixed' : 'inline';
        // A centred message (punish pages, dialogs) gets a centred panel under it.
        if (!fixed && getComputedStyle(banner.anchor).textAlign === 'center') host.dataset.align = 'center';
        host.lang = lang;
        render(
          <Panel
            kind={banner.kind}
            lang={lang}
            quote={quote}
            page={page}
            placement={fixed ? 'fixed' : 'inline'}
            onClose={() => {
              closedFor.add(banner.anchor);
              remove(banner.kind);
            }}
            onDismissKind={() => {
              remove(banner.kind);
              onDismissKind(banner.kind);
            }}
          />,
          container,
        );
      },
      onRemove() {
        render(null, ui.uiContainer);
      },
    });
    if (entry.cancelled || ctx.isInvalid) return;
    entry.ui = ui;
    ui.mount();
  }

  return {
    sync(banners: ReadonlyMap<Kind, Banner>): void {
      for (const [kind, panel] of mounted) {
        if (banners.get(kind)?.anchor !== panel.anchor) remove(kind);
      }
      for (const banner of banners.values()) {
        if (mounted.has(banner.kind) || closedFor.has(banner.anchor)) continue;
        void mount(banner);
      }
    },
    removeAll(): void {
      for (const kind of [...mounted.keys()]) remove(kind);
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

function quoteOf(anchor: Element): string {
  const text = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
}
