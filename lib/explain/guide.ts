import type { Kind } from '../detect/kinds';
import { ACTIONS, type ActionId } from './actions';
import type { KnowledgeId } from './entries';
import { headOf, type Line } from './heads';

import type { CaptchaVariant } from '../detect/captcha';

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
}

export const NO_PAGE_FACTS: PageFacts = { hasPhoneField: false, hasCodeField: false, hasAppealButton: false };

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
  /** Then, at most three numbered steps. */
  steps: ActionId[];
  /** Heading of the steps: what follows `now`, or another route when `now` is a shortcut. */
  stepsAre: 'next' | 'other-route';
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

interface Draft {
  noteCovers?: KnowledgeId[];
  now: ActionId;
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
      return { now: 'page.vpn-off', steps: ['page.wait-retry'] };
    case 'busy':
      return { now: 'page.wait-retry' };
  }
}

function draftFor(kind: Kind, page: PageFacts): Draft {
  switch (kind) {
    case 'locked':
      return {
        noteCovers: ['faq.stay-calm'],
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
      return {
        now: 'support.topics',
        steps: ['support.chat'],
        causes: ['cause.frequent-disputes', 'cause.buyer-feedback', 'cause.unpaid-orders', 'cause.payment-changes', 'cause.under-review'],
      };
    case 'deleted':
      return {
        noteCovers: ['cause.deleted'],
        now: 'support.chat',
        support: ['support.new-account-tradeoffs'],
      };
    case 'verification':
      return {
        now: page.hasPhoneField ? 'step.phone-format' : page.hasCodeField ? 'page.resend-code' : 'page.follow-check',
        steps: [(page.hasPhoneField || page.hasCodeField) && 'step.allow-sms'],
        causes: ['cause.new-device', 'cause.under-review'],
        support: ['support.chat'],
      };
    case 'wrong-credentials':
      return {
        now: 'page.retype-login',
        steps: ['step.forgot-password', page.hasPhoneField && 'step.phone-format'],
        stepsAre: 'other-route',
        support: ['support.topics'],
        faq: ['faq.is-it-locked'],
      };
    case 'too-many-attempts':
      return {
        now: 'page.wait-login',
        steps: ['step.forgot-password'],
        support: ['support.topics', 'support.chat'],
      };
    case 'sms-code':
      return {
        // What fixes a code that does not arrive or does not work comes first.
        now: 'page.resend-code',
        steps: ['step.allow-sms', page.hasPhoneField && 'step.phone-format', 'support.chat'],
      };
    case 'email-unverified':
      return { now: 'step.verify-email', support: ['support.topics'] };
    case 'captcha':
      return captchaDraft(page.captchaVariant);
    case 'browser-unsupported':
      return { now: 'step.update-browser', steps: ['step.other-browser'] };
  }
}

/**
 * The panel's content for a kind on a page. Nothing is said twice: support entries that an
 * action already says, and questions the note already answers, are left out.
 */
export function guideFor(kind: Kind, page: PageFacts = NO_PAGE_FACTS): PanelGuide {
  const draft = draftFor(kind, page);
  const steps = (draft.steps ?? []).filter((s): s is ActionId => s !== false && s !== draft.now).slice(0, 3);
  const said = new Set<KnowledgeId>([...(draft.noteCovers ?? []), ...[draft.now, ...steps].flatMap((id) => ACTIONS[id].covers)]);
  const unsaid = (ids: KnowledgeId[] | undefined) => (ids ?? []).filter((id) => !said.has(id));
  return {
    ...headOf(kind, page.captchaVariant),
    noteCovers: draft.noteCovers ?? [],
    now: draft.now,
    steps,
    stepsAre: draft.stepsAre ?? 'next',
    causes: unsaid(draft.causes),
    support: unsaid(draft.support),
    faq: unsaid(draft.faq),
  };
}
