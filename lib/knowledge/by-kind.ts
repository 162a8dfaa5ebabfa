import type { Kind } from '../detect/kinds';
import type { KnowledgeId, Lang } from './entries';

export interface KindGuide {
  /** One line: what the page is saying, in plain words. */
  headline: Record<Lang, string>;
  /** Each list is ordered likeliest / most useful first. */
  causes: KnowledgeId[];
  steps: KnowledgeId[];
  support: KnowledgeId[];
  faq: KnowledgeId[];
}

export const GUIDE_BY_KIND: Record<Kind, KindGuide> = {
  locked: {
    headline: {
      ja: 'アカウントが一時的にロック（利用停止）されています。',
      en: 'Your account is locked (temporarily suspended).',
    },
    causes: [
      'cause.new-device',
      'cause.under-review',
      'cause.shared-email',
      'cause.others-card',
      'cause.payment-changes',
      'cause.unpaid-orders',
      'cause.frequent-disputes',
      'cause.buyer-feedback',
      'cause.phone-missing',
    ],
    steps: ['step.forgot-password', 'step.phone-format', 'step.allow-sms'],
    support: ['support.appeal', 'support.no-phone-screen', 'support.chat', 'support.new-account-tradeoffs'],
    faq: ['faq.why-temporary-lock', 'faq.no-phone-screen', 'faq.stay-calm'],
  },
  restricted: {
    headline: {
      ja: 'アカウントの一部の機能が制限されています（完全なロックではありません）。',
      en: 'Some functions of your account are restricted; it is not fully locked.',
    },
    causes: [
      'cause.frequent-disputes',
      'cause.buyer-feedback',
      'cause.unpaid-orders',
      'cause.payment-changes',
      'cause.under-review',
    ],
    steps: [],
    support: ['support.topics', 'support.chat', 'support.appeal'],
    faq: ['faq.stay-calm'],
  },
  deleted: {
    headline: {
      ja: 'このアカウントは削除（閉鎖）されています。',
      en: 'This account has been deleted (closed).',
    },
    causes: ['cause.deleted'],
    steps: [],
    support: ['support.chat', 'support.new-account-tradeoffs'],
    faq: ['faq.stay-calm'],
  },
  verification: {
    headline: {
      ja: '先に進むには本人確認（セキュリティ確認）が必要です。',
      en: 'A security check is needed before you can go on.',
    },
    causes: ['cause.new-device', 'cause.network-mismatch', 'cause.under-review'],
    steps: ['step.phone-format', 'step.allow-sms', 'step.verify-email'],
    support: ['support.no-phone-screen', 'support.chat'],
    faq: ['faq.why-temporary-lock'],
  },
  'wrong-credentials': {
    headline: {
      ja: 'アカウント名かパスワードが違う、またはアカウントが見つかりません。',
      en: 'The account or password is wrong, or the account was not found.',
    },
    causes: [],
    steps: ['step.forgot-password', 'step.phone-format', 'step.try-browser', 'step.update-browser'],
    support: ['support.topics'],
    faq: ['faq.is-it-locked'],
  },
  'too-many-attempts': {
    headline: {
      ja: '試行回数が多すぎます。しばらく待ってからもう一度お試しください。',
      en: 'Too many tries. Wait a while, then try again.',
    },
    causes: ['cause.new-device'],
    steps: ['step.forgot-password', 'step.other-browser'],
    support: ['support.topics', 'support.chat'],
    faq: ['faq.stay-calm'],
  },
  'sms-code': {
    headline: {
      ja: 'SMS の確認コードがうまく使えていません（届かない・違う・期限切れ・番号の形式）。',
      en: 'The SMS code did not work: not received, wrong, expired, or a bad number.',
    },
    causes: ['cause.phone-missing'],
    steps: ['step.phone-format', 'step.allow-sms'],
    support: ['support.no-phone-screen', 'support.chat'],
    faq: [],
  },
  'email-unverified': {
    headline: {
      ja: 'メールアドレスの確認が済んでいないため、アカウントがまだ有効になっていません。',
      en: 'Your e-mail address is not verified yet, so the account is not active.',
    },
    causes: ['cause.shared-email'],
    steps: ['step.verify-email'],
    support: ['support.topics'],
    faq: [],
  },
  captcha: {
    headline: {
      ja: 'ロボット対策の確認です。アカウントのロックではありません。',
      en: 'This is an anti-bot check, not an account lock.',
    },
    causes: ['cause.network-mismatch'],
    steps: ['step.update-browser', 'step.other-browser', 'step.try-browser'],
    support: ['support.chat'],
    faq: ['faq.is-it-locked'],
  },
  'browser-unsupported': {
    headline: {
      ja: 'お使いのブラウザは古いか、対応していません。',
      en: 'Your browser is too old or not supported.',
    },
    causes: [],
    steps: ['step.update-browser', 'step.other-browser', 'step.try-browser'],
    support: ['support.chat'],
    faq: ['faq.is-it-locked'],
  },
};
