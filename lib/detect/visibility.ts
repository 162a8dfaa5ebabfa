/**
 * Whether the user can see an element. The site's overlays are `position: fixed`, so
 * `offsetParent` is null even when they are visible: judge by computed style and size.
 * This reads layout, so callers use it only on elements whose text already matched.
 */
export function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  if (
    typeof el.checkVisibility === 'function' &&
    !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  ) {
    return false;
  }
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}
