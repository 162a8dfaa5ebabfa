import type { CaptchaVariant } from '../detect/captcha';
import type { BannerVariant } from '../detect/variants';
import type { Kind } from '../detect/kinds';
import type { Lang } from '../i18n/language';

export type Line = Record<Lang, string>;

/**
 * The head of a panel: what the message means, and one reassuring or clarifying line under
 * it where the fact sheet gives one. It depends on the kind (and, for `captcha`, on the
 * interception) only, never on the page's fields, so it can be shown before anything else
 * of the panel is ready (see lib/content/early-head.ts).
 */
export interface PanelHead {
  meaning: Line;
  note?: Line;
}

/** What each kind means, in one line: the panel's headline and the popup's summary. */
export const KIND_MEANING: Record<Kind, Line> = {
  locked: { ja: 'アカウントがロックされています', en: 'Your account is locked' },
  restricted: { ja: 'アカウントの一部の機能が制限されています', en: 'Some functions of your account are restricted' },
  deleted: { ja: 'このアカウントは削除されています', en: 'This account has been deleted' },
  verification: { ja: '続けるには本人確認が必要です', en: 'You need to confirm it is you to go on' },
  'wrong-credentials': { ja: 'メールアドレスまたは電話番号と、パスワードのどちらかが違います', en: 'Either the e-mail address or phone number, or the password, is wrong' },
  'too-many-attempts': { ja: 'ログインを試した回数が多すぎます', en: 'Too many login attempts' },
  'sms-code': { ja: 'SMS 認証がうまくいっていません', en: 'The SMS verification is not working' },
  'email-unverified': { ja: 'メールアドレスの確認がまだ済んでいません', en: 'Your e-mail address is not verified yet' },
  captcha: { ja: 'ロボット対策の確認です', en: 'This is a robot check' },
  'browser-unsupported': { ja: 'お使いのブラウザは古いか、AliExpress に対応していません', en: 'Your browser is too old or not supported by AliExpress' },
};

const CAPTCHA_MEANING: Record<CaptchaVariant, Line> = {
  slider: KIND_MEANING.captcha,
  recaptcha: KIND_MEANING.captcha,
  failed: { ja: 'ロボット対策の確認に失敗しました', en: 'The robot check did not go through' },
  block: { ja: 'ロボット対策の確認でアクセスが止められています', en: 'Access is blocked by the robot check' },
  busy: { ja: 'サーバーが混み合っています', en: 'The server is busy' },
};

/** The one-line meaning of a kind (of an interception, for `captcha`). */
export function meaningOf(kind: Kind, variant?: CaptchaVariant): Line {
  return kind === 'captcha' && variant ? CAPTCHA_MEANING[variant] : KIND_MEANING[kind];
}

const NOT_THE_ACCOUNT: Line = { ja: 'アカウントのロックではありません。', en: 'This is not an account lock.' };

function noteOf(kind: Kind, variant?: CaptchaVariant): Line | undefined {
  switch (kind) {
    case 'deleted':
      return { ja: 'これまでどおりには使えません。', en: 'It cannot be used as before.' };
    case 'captcha':
      return variant === 'busy' ? { ja: 'アカウントの問題ではありません。', en: 'This is not about your account.' } : NOT_THE_ACCOUNT;
    default:
      return undefined;
  }
}

export function headOf(kind: Kind, variant?: CaptchaVariant): PanelHead {
  const note = noteOf(kind, variant);
  return note ? { meaning: meaningOf(kind, variant), note } : { meaning: meaningOf(kind, variant) };
}

/**
 * The notes that only fit some messages of a kind, added when the panel UI has told which
 * message it is (lib/detect/variants.ts): the early head shows the kind's head alone (the
 * content script knows the kind only, so its head must be true of every message of it), and
 * the note joins the headline in the same element.
 *
 * A lock's reassurance (faq.stay-calm, with the source's condition: with the right steps) is
 * not said of "not authorized to sign into this account", which the help center answers with
 * customer service and nothing more.
 */
const LOCK_NOTE: Line = { ja: '適切に対処すれば、多くの場合は元に戻ります。', en: 'With the right steps, in most cases the account comes back.' };

/** What a checkout hold is, under the verification's headline. */
const HOLD_NOTE: Line = {
  ja: 'この注文の手続きは、安全上の理由で止められています。アカウントのロックではありません。',
  en: 'This order was stopped for security reasons. Your account is not locked.',
};

/** The note the message (`variant`) of a kind adds to its head, if any. */
export function variantNote(kind: Kind, variant: BannerVariant | undefined): { note?: Line } {
  if (kind === 'locked') return variant === 'not-authorized' ? {} : { note: LOCK_NOTE };
  return kind === 'verification' && variant === 'checkout-hold' ? { note: HOLD_NOTE } : {};
}
