/**
 * Whether the user can see an element. The site's overlays are `position: fixed`, so
 * `offsetParent` is null even when they are visible: judge by computed style and size.
 * This reads layout, so callers use it only on elements whose text already matched.
 */
export function isShown(el: Element): boolean {
  // (Every browser we support has checkVisibility: Chrome 105, Firefox 106.)
  if (!el.isConnected || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by its own markup: the `hidden` attribute, `aria-hidden`, or an inline style. */
export function isHiddenByMarkup(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDING_STYLE.test(el.getAttribute('style') ?? '');
}

/**
 * Whether an element inside a shown banner is hidden, by its markup or by a style sheet.
 * Reads computed style, not layout (no box is measured), and only for the few inline
 * elements of a message that is being quoted.
 */
export function isHiddenInBanner(el: Element): boolean {
  if (isHiddenByMarkup(el)) return true;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0';
}
