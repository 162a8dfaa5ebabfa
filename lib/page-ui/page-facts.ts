import type { Kind } from '../detect/kinds';
import { APPEAL_LINK, MODAL } from '../detect/rules/banner-rules';
import { bannerVariantOf } from '../detect/variants';
import { factsOf, hintForField, isRegistrationPage } from '../hints/fields';
import type { CaptchaVariant, PageFacts } from '../explain/guide';
import { messageFactsOf } from '../explain/message-facts';

// Enough for any login or verification form; a page with more inputs is not one.
const MAX_INPUTS_READ = 40;
const APPEAL_WORDS = /reactivat|appeal|再開|申し立て|申诉|解封/i;
// A banner's message is short; its first characters say which one it is.
const MAX_VARIANT_TEXT = 1000;
const DIALOG = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';

/**
 * What the panel needs to know about the page around a banner, read once when the panel is
 * shown: which fields the page offers, whether the banner carries an appeal button, which
 * anti-bot interception it is, what its message (`quote`) says that changes what we say, and
 * which message of its kind it is (`kind`, when given: lib/detect/variants.ts). Reads at most
 * a few dozen elements; of the message, only yes/no facts, a waiting time and a variant name.
 */
export function collectPageFacts(doc: Document, url: string, anchor: Element, captchaVariant?: CaptchaVariant, quote = '', kind?: Kind): PageFacts {
  const registration = isRegistrationPage(url);
  let hasPhoneField = false;
  let hasCodeField = false;
  const inputs = doc.getElementsByTagName('input');
  for (let i = 0; i < inputs.length && i < MAX_INPUTS_READ; i++) {
    const input = inputs[i]!;
    if (input.type === 'hidden' || input.disabled) continue;
    const hint = hintForField(factsOf(input), registration);
    if (hint === 'phone-format') hasPhoneField = true;
    else if (hint === 'sms') hasCodeField = true;
  }
  // The appeal button sits in the lock dialog, or next to the message.
  const around = anchor.closest(DIALOG) ?? anchor.parentElement?.parentElement ?? anchor.parentElement;
  let hasAppealButton = false;
  for (const el of around?.querySelectorAll('button, a, [role="button"]') ?? []) {
    if (APPEAL_WORDS.test(el.textContent ?? '')) {
      hasAppealButton = true;
      break;
    }
  }
  const said = messageFactsOf(quote);
  // A hold's shape (lib/detect/variants.ts): in a modal, with a link to the appeal page (by
  // its address, as the detector finds it, or by its words).
  const holdShape = anchor.closest(MODAL) !== null && (hasAppealButton || around?.querySelector(APPEAL_LINK) != null);
  const variant = kind && bannerVariantOf(kind, quote || (anchor.textContent ?? '').slice(0, MAX_VARIANT_TEXT), url, holdShape);
  return {
    captchaVariant,
    hasPhoneField,
    hasCodeField,
    hasAppealButton,
    ...(said.wait ? { wait: said.wait } : {}),
    ...(said.asksForOtherAccount ? { asksForOtherAccount: true } : {}),
    ...(said.saysCodeRejected ? { saysCodeRejected: true } : {}),
    ...(variant ? { variant } : {}),
  };
}
