import { BANNER_CONTAINER } from '../detect/rules/banner-rules';
import { ownText } from '../detect/own-text';
import { isHiddenByMarkup } from '../detect/visibility';
import { stripInvisibleControls } from '../detect/text-controls';

/** The longest quote the panel shows; the composer takes at most 300 characters of it. */
export const QUOTE_LIMIT = 280;

/**
 * Things inside a message that are not its words: buttons and links styled as buttons
 * ("Appeal for account reactivation", "OK"), form controls and their labels. The design
 * system's buttons are `comet-btn`; hashed classes are matched by that prefix only.
 */
const CONTROL = [
  'button', 'select', 'option', 'textarea', 'input', 'label',
  '[role="button"]', '[role="link"]', '[role="checkbox"]', '[role="radio"]', '[role="switch"]',
  '[role="menuitem"]', '[role="tab"]', '[role="option"]',
  '[class^="comet-btn"]', '[class*=" comet-btn"]',
].join(',');

/**
 * What the panel quotes of a banner: the words of the message, as the user reads them.
 * `message` is the element whose own text matched a rule (the banner's anchor, or the
 * message line of an interception). Its quote is that own text (own-text.ts) without what
 * is not the message: nested blocks (button rows, lists of links, forms, other dialogs),
 * scripts, styles, templates and our own hosts (never inline, so never read), message
 * containers nested in it (banners of their own), controls and their labels, and hidden
 * elements. Invisible and direction-changing characters are removed, white space is
 * collapsed, and the result is cut to QUOTE_LIMIT characters.
 *
 * `isHidden` is asked once per inline element inside the message (a message has a few):
 * the page passes a computed-style check, tests the markup check.
 */
export function bannerQuote(message: Element, isHidden: (el: Element) => boolean = isHiddenByMarkup): string {
  const raw = ownText(message, (inline) => !inline.matches(BANNER_CONTAINER) && !inline.matches(CONTROL) && !isHidden(inline), QUOTE_LIMIT * 2);
  const text = stripInvisibleControls(raw).replace(/\s+/g, ' ').trim();
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
}
