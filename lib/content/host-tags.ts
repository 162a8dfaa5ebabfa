/**
 * The elements the extension inserts into pages (the page contract in docs/DESIGN.md). The
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

let inert: Document | undefined;

/**
 * The document our hosts are made by: one without a window, where the page's custom elements
 * do not apply. Custom element definitions are shared with the page, so a page that defines
 * our tag would otherwise run its own constructor on our host (and attach a closed shadow
 * root first, which made ours fail). Put in the page, such an element is upgraded, and that
 * fails harmlessly: it already holds our shadow root.
 */
export function inertDocument(): Document {
  return (inert ??= document.implementation.createHTMLDocument(''));
}
