import type { Banner } from '../detect/tracker';
import { BANNER_CONTAINER, MODAL } from '../detect/rules/banner-rules';

/**
 * Puts a panel's host where its banner is read: right after the banner, or as a fixed card
 * when the banner is the whole page or an overlay. Used for the early head (content
 * script) and by the panel UI, which takes the same host over without moving it.
 */
export function placePanelHost(host: HTMLElement, banner: Banner): void {
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
  if (anchor.closest(MODAL)) return false;
  for (let el: Element | null = anchor; el; el = el.parentElement?.closest(BANNER_CONTAINER) ?? null) {
    if (getComputedStyle(el).position === 'fixed') return true;
  }
  return false;
}
