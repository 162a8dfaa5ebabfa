/**
 * The elements the extension inserts into pages (the page contract in DESIGN.md). The
 * detector skips them, the UI mounts them, the tests look for them: one definition.
 */

/** A panel for a detected banner: `<ali-lock-guide data-kind="…">`. */
export const PANEL_TAG = 'ali-lock-guide';

/** An inline login hint: `<ali-lock-guide-hint data-hint="…">`. */
export const HINT_TAG = 'ali-lock-guide-hint';

/** Every host of ours starts with this tag name, as `Element.tagName` spells it. */
export const OWN_HOST_PREFIX = PANEL_TAG.toUpperCase();

/** Our own hosts: never scanned, and their insertion or removal is not a page change. */
export function isOwnHost(el: Element): boolean {
  return el.tagName.startsWith(OWN_HOST_PREFIX);
}
