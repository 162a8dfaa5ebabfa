import type { Kind } from '../detect/kinds';
import { ACTIONS, type ActionId } from './actions';
import type { KnowledgeId } from './entries';
import type { Wait } from './figures';
import { headOf, variantNote, type Line } from './heads';
import type { MessageFacts } from './message-facts';
import { NO_PAGE_FACTS } from './situation';

import type { CaptchaVariant } from '../detect/captcha';
import type { BannerVariant } from '../detect/variants';

/** How an anti-bot interception looks (decided by the detector): what the user can do differs for each. */
export type { CaptchaVariant };

/** What the panel knows about the page it sits on, read once when it is shown. */
export interface PageFacts {
  /** For `captcha` banners: which interception it is (unknown: treated as the slider). */
  captchaVariant?: CaptchaVariant;
  /** A field for a phone number is on the page (a phone login or verification form). */
  hasPhoneField: boolean;
  /** A field for an SMS or verification code is on the page. */
  hasCodeField: boolean;
  /** The banner offers "Appeal for account reactivation" / "Account reactivation". */
  hasAppealButton: boolean;
  /** What the banner's own message says that changes what we say (message-facts.ts): its waiting time… */
  wait?: Wait;
  /** …that it sends the user to another account… */
  asksForOtherAccount?: boolean;
  /** …and that it calls the code wrong. */
  saysCodeRejected?: boolean;
  /** Which message of its kind the banner is, where that changes what helps (lib/detect/variants.ts). */
  variant?: BannerVariant;
}

/**
 * What the panel says, for one kind on one page. The first state shows `meaning`, `note`,
 * `now` and `steps`; causes, support and questions sit behind disclosures.
 */
export interface PanelGuide {
  /** What the page's message means, one short line. */
  meaning: Line;
  /** One reassuring or clarifying line under the meaning, when the fact sheet gives one. */
  note?: Line;
  /** Facts the note says, so nothing below repeats them. */
  noteCovers: KnowledgeId[];
  /** The one thing to do now, on this page. */
  now: ActionId;
  /** What to have ready for `now` (the order details next to the chat route), said with it. */
  nowWith?: ActionId;
  /** Then, at most three numbered steps. */
  steps: ActionId[];
  /**
   * Heading of the steps: what follows `now`, another route when `now` is a shortcut, or
   * what to check when the page keeps coming back.
   */
  stepsAre: 'next' | 'other-route' | 'checks';
  /** The page's own waiting time: the actions that ask to wait say it (see actionText). */
  wait?: Wait;
  /** One line the first state adds because of what the page's message says. */
  caution?: { id: KnowledgeId; line: Line };
  causes: KnowledgeId[];
  /** Support entries not already said by `now` or `steps`. */
  support: KnowledgeId[];
  faq: KnowledgeId[];
}

/** The causes of a lock, likeliest first (the checklist's self-check list starts with them). */
export const LOCK_CAUSES = [
  'cause.new-device',
  'cause.under-review',
  'cause.shared-email',
  'cause.others-card',
  'cause.payment-changes',
  'cause.unpaid-orders',
  'cause.frequent-disputes',
  'cause.buyer-feedback',
  'cause.phone-missing',
] as const satisfies readonly KnowledgeId[];

/**
 * Said in the first state when the site itself sends the user to another account: what a
 * new account costs (support.new-account-tradeoffs), before they rush into one.
 */
const NEW_ACCOUNT_CAUTION: Line = {
  ja: '作り直す前に：同じメールアドレスは再登録できず、同じ端末では断られることもあり、会員レベルも最初からです。',
  en: 'Before making another account: the same e-mail cannot be registered again, the same device may be refused, and your member level starts over.',
};

interface Draft {
  noteCovers?: KnowledgeId[];
  now: ActionId;
  nowWith?: ActionId;
  caution?: PanelGuide['caution'];
  steps?: (ActionId | false)[];
  stepsAre?: PanelGuide['stepsAre'];
  causes?: KnowledgeId[];
  support?: KnowledgeId[];
  faq?: KnowledgeId[];
}

function captchaDraft(variant: CaptchaVariant | undefined): Draft {
  // Which interception it is could not be told: say what holds for all of them.
  if (!variant) return { now: 'page.complete-check', steps: ['page.reload-retry', 'page.vpn-off'] };
  switch (variant) {
    case 'slider':
      return { now: 'page.drag-slider', steps: ['page.reload-retry', 'page.vpn-off'] };
    case 'recaptcha':
      return { now: 'page.solve-recaptcha', steps: ['page.reload-retry', 'page.vpn-off'] };
    case 'failed':
      return { now: 'page.reload-slide', steps: ['page.vpn-off', 'page.wait-retry'] };
    case 'block':
      // Waiting and reloading once is what the page asks and works for most; the rest
      // applies to few users, so it comes as checks for a page that keeps coming back.
      return { now: 'page.wait-retry', steps: ['page.vpn-off', 'page.time-zone', 'page.slow-down'], stepsAre: 'checks' };
    case 'busy':
      return { now: 'page.wait-retry' };
  }
}

function draftFor(kind: Kind, page: PageFacts, message: MessageFacts): Draft {
  switch (kind) {
    case 'locked':
      // The help center answers this message with customer service, and nothing else.
      if (page.variant === 'not-authorized') {
        return {
          now: 'support.not-authorized',
          nowWith: 'support.order-details',
          ...(message.asksForOtherAccount ? { caution: { id: 'support.new-account-tradeoffs', line: NEW_ACCOUNT_CAUTION } } : {}),
          support: ['support.new-account-tradeoffs'],
        };
      }
      return {
        noteCovers: ['faq.stay-calm'],
        ...(message.asksForOtherAccount ? { caution: { id: 'support.new-account-tradeoffs', line: NEW_ACCOUNT_CAUTION } } : {}),
        // The lock screen's own appeal button is the shortest way, when it is there; the
        // temporary-password route is then the other way.
        ...(page.hasAppealButton
          ? { now: 'support.appeal', steps: ['step.forgot-password', 'step.allow-sms', 'step.phone-format'], stepsAre: 'other-route' }
          : { now: 'step.forgot-password', steps: ['step.allow-sms', 'step.phone-format', 'support.no-phone-screen'] }),
        causes: [...LOCK_CAUSES],
        support: ['support.appeal', 'support.no-phone-screen', 'support.chat', 'support.new-account-tradeoffs'],
        faq: ['faq.why-temporary-lock'],
      };
    case 'restricted':
      // No topic form is about restrictions: the chat takes everything else. The lock
      // causes are not shown: the fact sheet gives them as causes of a lock, not of this.
      return {
        now: 'support.chat',
        nowWith: 'support.order-details',
        steps: ['support.topics'],
        stepsAre: 'other-route',
      };
    case 'deleted':
      return {
        noteCovers: ['cause.deleted'],
        now: 'support.chat',
        nowWith: 'support.order-details',
        ...(message.asksForOtherAccount ? { caution: { id: 'support.new-account-tradeoffs', line: NEW_ACCOUNT_CAUTION } } : {}),
        support: ['support.new-account-tradeoffs'],
      };
    case 'verification':
      // A checkout stopped for review: the page's own appeal route, and no rushing the payment.
      if (page.variant === 'checkout-hold') return { now: 'page.hold-appeal', steps: ['page.hold-no-retry', 'support.chat'] };
      // The SMS block is lifted before the number is entered: sending it asks for the code at once.
      return {
        now: page.hasPhoneField || page.hasCodeField ? 'step.allow-sms' : 'page.follow-check',
        steps: [page.hasPhoneField && 'step.phone-format', page.hasCodeField && !page.hasPhoneField && 'page.resend-code'],
        support: ['support.chat'],
      };
    case 'wrong-credentials':
      // The help center's order: what was typed, then a new password, then the browser. No
      // such account: perhaps another one, which the retrieval page finds.
      return {
        now: 'step.check-typing',
        steps:
          page.variant === 'account-not-found'
            ? ['support.retrieve-account', 'step.forgot-password', page.hasPhoneField && 'step.phone-format']
            : ['step.forgot-password', 'step.clear-cookies', page.hasPhoneField && 'step.phone-format'],
        support: ['support.retrieve-account', 'support.topics'],
        faq: ['faq.is-it-locked'],
      };
    case 'too-many-attempts':
      return {
        now: 'page.wait-login',
        steps: ['step.check-typing', 'step.forgot-password'],
        support: ['support.topics', 'support.chat'],
      };
    case 'sms-code':
      // A code the page calls wrong arrived: the newest one is what to enter. Otherwise
      // the likeliest reason it never came is the SMS block, lifted before asking again.
      return message.saysCodeRejected
        ? { now: 'page.resend-code', steps: [page.hasPhoneField && 'step.phone-format', 'support.chat'] }
        : { now: 'step.allow-sms', steps: ['page.resend-code', page.hasPhoneField && 'step.phone-format', 'support.chat'] };
    case 'email-unverified':
      // The verification e-mail is in the inbox (or the spam folder): find it, then open its link.
      return { now: 'step.check-inbox', steps: ['step.verify-email'], support: ['support.topics'] };
    case 'captcha':
      return captchaDraft(page.captchaVariant);
    case 'browser-unsupported':
      return { now: 'step.update-browser', steps: ['step.other-browser'] };
  }
}

/**
 * The panel's content for a kind on a page (its fields and what its message says). Nothing
 * is said twice: support entries that an action or the caution already says, and questions
 * the note already answers, are left out.
 */
export function guideFor(kind: Kind, page: PageFacts = NO_PAGE_FACTS): PanelGuide {
  const facts: MessageFacts = {
    ...(page.wait ? { wait: page.wait } : {}),
    asksForOtherAccount: page.asksForOtherAccount === true,
    saysCodeRejected: page.saysCodeRejected === true,
  };
  const draft = draftFor(kind, page, facts);
  // A caution takes the place of all but the first step: the first state stays short (the
  // popup's checklist keeps the other routes).
  const steps = (draft.steps ?? []).filter((s): s is ActionId => s !== false && s !== draft.now).slice(0, draft.caution ? 1 : 3);
  const actions = [draft.now, ...(draft.nowWith ? [draft.nowWith] : []), ...steps];
  const said = new Set<KnowledgeId>([
    ...(draft.noteCovers ?? []),
    ...(draft.caution ? [draft.caution.id] : []),
    ...actions.flatMap((id) => ACTIONS[id].covers),
  ]);
  const unsaid = (ids: KnowledgeId[] | undefined) => (ids ?? []).filter((id) => !said.has(id));
  return {
    ...headOf(kind, page.captchaVariant),
    ...variantNote(kind, page.variant),
    noteCovers: draft.noteCovers ?? [],
    now: draft.now,
    ...(draft.nowWith ? { nowWith: draft.nowWith } : {}),
    steps,
    stepsAre: draft.stepsAre ?? 'next',
    ...(facts.wait ? { wait: facts.wait } : {}),
    ...(draft.caution ? { caution: draft.caution } : {}),
    causes: unsaid(draft.causes),
    support: unsaid(draft.support),
    faq: unsaid(draft.faq),
  };
}
