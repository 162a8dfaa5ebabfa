import type { Kind } from './kinds';
import { normalizeText } from './normalize';
import { ACCOUNT_NOT_FOUND, CHECKOUT_HOLD, CHECKOUT_HOLD_TRANSLATED, CHECKOUT_PAGE, NOT_AUTHORIZED } from './rules/banner-rules';
import { byLanguage, saysAny, type TextRule } from './rules/text-rule';

/**
 * Banners whose kind does not say what helps first, told apart when their panel is shown
 * (by the panel UI: the content script has no room for it, and the head of the kind fits
 * each of them, so the early head need not wait for it):
 * - `not-authorized` (a `locked` banner): "Sorry, you are not authorized to sign into this
 *   account", which the help center answers with "contact customer service";
 * - `account-not-found` (`wrong-credentials`): no such account, so the user may have
 *   forgotten which one they have (the account retrieval page);
 * - `checkout-hold` (`verification`): an order stopped at checkout "for security reasons",
 *   documents asked for through "My Appeal"; the account is not locked.
 */
export const BANNER_VARIANTS = ['not-authorized', 'account-not-found', 'checkout-hold'] as const;
export type BannerVariant = (typeof BANNER_VARIANTS)[number];

const says = (rules: readonly TextRule[], raw: string) => saysAny(rules, normalizeText(raw));

/**
 * The variant of a banner of `kind` saying `text` on the page at `url`. A hold is told by
 * its shape first (`holdShape`: the banner is in a modal that links to the appeal page; on
 * the checkout, whatever its language), by its words second (they say it anywhere).
 */
export function bannerVariantOf(kind: Kind, text: string, url: string, holdShape: boolean): BannerVariant | undefined {
  switch (kind) {
    case 'locked':
      return says(byLanguage({ en: NOT_AUTHORIZED }), text) ? 'not-authorized' : undefined;
    case 'wrong-credentials':
      return says(byLanguage(ACCOUNT_NOT_FOUND), text) ? 'account-not-found' : undefined;
    case 'verification':
      return (CHECKOUT_PAGE.test(url) && holdShape) || says(byLanguage({ en: CHECKOUT_HOLD, ...CHECKOUT_HOLD_TRANSLATED }), text)
        ? 'checkout-hold'
        : undefined;
    default:
      return undefined;
  }
}
