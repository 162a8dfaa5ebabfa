import { normalizeText } from './normalize';
import {
  ACCESS_DENIED,
  FAILED_LINE,
  FRAMED_PUNISH,
  INTERCEPTION_WORDING,
  PUNISH_ROOT,
  PUNISH_VARIANT_CLASSES,
  RECAPTCHA_ACTION,
  RECAPTCHA_SELECTORS,
  SLIDER_ACTION,
  SLIDER_SELECTORS,
} from './rules/interception-rules';
import { PUNISH_PATH, SKIPPED_TAGS } from './rules/banner-rules';
import { saysAny as says } from './rules/text-rule';

/**
 * Which anti-bot interception a `captcha` banner is, so the panel can say what helps there:
 * - `slider`: a slide widget is on the page (drag it);
 * - `block`: the "deny" page, "access denied" / abnormal-network wording (wait, switch a
 *   VPN or proxy off; it is not the account);
 * - `busy`: the "wait" page, "system is busy" (wait and reload);
 * - `failed`: the slide failed or the widget could not load ("Oops… something's wrong",
 *   "Net Err"): reload the page;
 * - `recaptcha`: Google's reCAPTCHA (`action=captcharecaptcha`, or its widget).
 */
export const CAPTCHA_VARIANTS = ['slider', 'block', 'busy', 'failed', 'recaptcha'] as const;
export type CaptchaVariant = (typeof CAPTCHA_VARIANTS)[number];

/** What the markup and address of an interception tell, gathered by `captchaFactsOf`. */
export interface CaptchaFacts {
  /** `action` of the punish address: the page's own, or that of a punish page in a frame. */
  action: string | null;
  /** The variant class of the bundle's root `#baxia-punish` (captcha, deny, wait), if any. */
  punishClass: (typeof PUNISH_VARIANT_CLASSES)[number] | null;
  /** A slide widget, or the container one is rendered into, is present. */
  slider: boolean;
  /** A reCAPTCHA widget is present. */
  recaptcha: boolean;
  /** The slider's failure line (`.errloading`) holds text. */
  failedLine: boolean;
  /** The interception's words. */
  text: string;
}

/**
 * The variant of an interception, from the strongest evidence down: a failure shown inside
 * the widget beats everything (the widget is still there, but dragging it again will not
 * help); the reCAPTCHA action or widget; the bundle's own class; a slide widget; wording.
 * With no evidence at all (a bare "unusual traffic" line) it is `block`: waiting and
 * switching a VPN off help on every variant, while a slider tip would be wrong where
 * there is no slider.
 */
export function captchaVariantOf(facts: CaptchaFacts): CaptchaVariant {
  const text = normalizeText(facts.text);
  if (facts.failedLine || says(INTERCEPTION_WORDING.failed, text)) return 'failed';
  if (facts.action === RECAPTCHA_ACTION || facts.recaptcha) return 'recaptcha';
  if (facts.punishClass === 'deny') return 'block';
  if (facts.punishClass === 'wait') return 'busy';
  if (facts.punishClass === 'captcha' || facts.slider) return 'slider';
  if (says(INTERCEPTION_WORDING.slider, text)) return 'slider';
  if (says(INTERCEPTION_WORDING.recaptcha, text)) return 'recaptcha';
  if (says(INTERCEPTION_WORDING.busy, text)) return 'busy';
  if (says(INTERCEPTION_WORDING.block, text) || says(ACCESS_DENIED, text)) return 'block';
  if (facts.action && SLIDER_ACTION.test(facts.action)) return 'slider';
  return 'block';
}

/** The `action` of a punish address, or null for any other address. */
export function punishActionOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return PUNISH_PATH.test(parsed.pathname) ? (parsed.searchParams.get('action') ?? '') : null;
  } catch {
    return null;
  }
}

const SLIDER = SLIDER_SELECTORS.join(',');
const RECAPTCHA = RECAPTCHA_SELECTORS.join(',');
/** Enough of an interception's text for its wording: its lines are short. */
const MAX_FACT_TEXT = 1000;

/** The words a user can read in a subtree: no scripts, styles or templates (they carry the
 * site's whole translation table), at most MAX_FACT_TEXT characters. */
function readableText(root: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && SKIPPED_TAGS.has((node as Element).tagName) ? 2 /* REJECT */ : 1),
  });
  let text = '';
  for (let node = walker.nextNode(); node && text.length < MAX_FACT_TEXT; node = walker.nextNode()) {
    if (node.nodeType === 3) text += (node as Text).data + ' ';
  }
  return text.slice(0, MAX_FACT_TEXT);
}

function selfOrDescendant(root: Element, selector: string): Element | null {
  return root.matches(selector) ? root : root.querySelector(selector);
}

/**
 * Reads the facts of one interception: the element the banner is (or the body of a punish
 * page) and the page's address. Only the element's own subtree is read, and only for
 * `captcha` banners.
 */
export function captchaFactsOf(anchor: Element, pageUrl: string): CaptchaFacts {
  const root = selfOrDescendant(anchor, PUNISH_ROOT);
  const punishClass = root ? (PUNISH_VARIANT_CLASSES.find((c) => root.classList.contains(c)) ?? null) : null;
  const frame = selfOrDescendant(anchor, FRAMED_PUNISH);
  const action = punishActionOf(pageUrl) ?? (frame ? punishActionOf(frame.getAttribute('src') ?? '') : null);
  const failed = selfOrDescendant(anchor, FAILED_LINE);
  return {
    action,
    punishClass,
    slider: selfOrDescendant(anchor, SLIDER) !== null,
    recaptcha: selfOrDescendant(anchor, RECAPTCHA) !== null,
    failedLine: !!failed?.textContent?.trim(),
    text: readableText(anchor),
  };
}
