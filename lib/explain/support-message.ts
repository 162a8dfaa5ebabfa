import type { Kind } from '../detect/kinds';
import { glossFor } from './gloss';
import { messageFactsOf } from './message-facts';
import type { BannerVariant } from '../detect/variants';

/**
 * The English message for AliExpress's English-only support chat, with its Japanese
 * meaning so the user knows what they send. Built here, copied by the user; nothing is
 * ever sent by the extension.
 *
 * It must never say anything false: the opening states only what the page showed, every
 * claim about what the user did or saw (that it keeps happening, that something does not
 * work) is a box the user ticks, only what the page's own message says is ticked before
 * the user does, the page's message is quoted or translated (never replaced by our
 * headline), and
 * nothing the user typed reaches the English unless it is plain ASCII (an agent who reads
 * English cannot use Japanese text, and a half-Japanese message looks broken).
 */
export const SUPPORT_SITUATIONS = [
  'locked',
  'restricted',
  'deleted',
  'verification',
  'sms-code',
  'email-unverified',
  'blocked',
  'cannot-log-in',
  'not-authorized',
  'checkout-hold',
] as const;
export type SupportSituation = (typeof SUPPORT_SITUATIONS)[number];

/** When a page shows several kinds, the gravest decides the message. */
const SITUATION_ORDER: readonly [Kind, SupportSituation][] = [
  ['deleted', 'deleted'],
  ['locked', 'locked'],
  ['restricted', 'restricted'],
  ['verification', 'verification'],
  ['sms-code', 'sms-code'],
  ['email-unverified', 'email-unverified'],
  ['too-many-attempts', 'cannot-log-in'],
  ['wrong-credentials', 'cannot-log-in'],
  ['browser-unsupported', 'cannot-log-in'],
  ['captcha', 'blocked'],
];

/** Messages of a kind that have a situation of their own (the panel knows them). */
const VARIANT_SITUATIONS: Partial<Record<BannerVariant, SupportSituation>> = {
  'not-authorized': 'not-authorized',
  'checkout-hold': 'checkout-hold',
};

/** The one place that decides the situation from what the page shows (panel and popup). */
export function situationForKinds(kinds: readonly Kind[], variant?: BannerVariant): SupportSituation {
  const own = variant && VARIANT_SITUATIONS[variant];
  if (own) return own;
  for (const [kind, situation] of SITUATION_ORDER) if (kinds.includes(kind)) return situation;
  return 'cannot-log-in';
}

export interface Bilingual {
  en: string;
  ja: string;
}

/** What the message asks for: a plain statement of what the page shows (and nothing the user would have to tell), then a request. */
const OPENINGS: Record<SupportSituation, Bilingual> = {
  locked: {
    en: 'My AliExpress account is locked, and I cannot log in. Could you please check my account and help me unlock it?',
    ja: '私の AliExpress アカウントがロックされていて、ログインできません。アカウントを確認して、ロックの解除を手伝っていただけますか。',
  },
  restricted: {
    en: 'Some functions of my AliExpress account are restricted. Could you please tell me why, and what I can do to have the restriction lifted?',
    ja: '私の AliExpress アカウントの一部の機能が制限されています。理由と、制限を解除してもらうためにできることを教えていただけますか。',
  },
  deleted: {
    en: 'When I try to log in, AliExpress says that my account has been deleted. Could you please tell me whether it can be restored, and if not, what I can do?',
    ja: 'ログインしようとすると、アカウントが削除されていると表示されます。元に戻せるかどうか、できない場合はどうすればよいかを教えていただけますか。',
  },
  verification: {
    en: 'AliExpress asks me to verify my identity before I can continue. Could you please help me?',
    ja: 'AliExpress で、続けるには本人確認が必要だと表示されます。手伝っていただけますか。',
  },
  'sms-code': {
    en: 'AliExpress shows me an error about the SMS verification code for my account. Could you please help me?',
    ja: 'AliExpress で、SMS の認証コードについてのエラーが表示されます。手伝っていただけますか。',
  },
  'email-unverified': {
    en: 'AliExpress says that my e-mail address is not verified yet. Could you please help me?',
    ja: 'AliExpress で、メールアドレスの確認が済んでいないと表示されます。手伝っていただけますか。',
  },
  blocked: {
    en: 'AliExpress shows me a security check and I cannot continue. Could you please help me?',
    ja: 'AliExpress でロボット対策の確認が表示され、先に進めません。手伝っていただけますか。',
  },
  'cannot-log-in': {
    en: 'I cannot log in to my AliExpress account. Could you please help me find out what is wrong?',
    ja: '私の AliExpress アカウントにログインできません。原因を調べるのを手伝っていただけますか。',
  },  'not-authorized': {
    en: 'When I try to sign in, AliExpress says: "Sorry, you are not authorized to sign into this account". Could you please tell me why, and help me sign in again?',
    ja: 'ログインしようとすると、「Sorry, you are not authorized to sign into this account」（このアカウントへのログインは許可されていません）と表示されます。理由を教えていただき、再びログインできるよう手伝っていただけますか。',
  },
  'checkout-hold': {
    en: 'When I place an order, AliExpress says that the process cannot be continued for security reasons and asks me for documents through "My Appeal". Could you please tell me what I need to do to complete my order?',
    ja: '注文しようとすると、安全上の理由で手続きを続けられないと表示され、「My Appeal」から書類を提出するよう求められます。注文を完了するには何をすればよいか、教えていただけますか。',
  },
};

/** Statements about what the user did or saw. Each goes in only when the user ticks it. */
export const CLAIMS = {
  'no-rules-broken': {
    en: 'As far as I know, I have not done anything against the rules.',
    ja: '私の知るかぎり、規約に反することはしていません。',
  },
  'tried-forgot-password': {
    en: 'I requested a temporary password using "Forgot password".',
    ja: '「Forgot password」で仮パスワードを申し込みました。',
  },
  'no-phone-screen': {
    en: 'The screen to enter my phone number never appeared, so I could not finish unlocking my account.',
    ja: '電話番号を入力する画面が出てこないため、解除を完了できませんでした。',
  },
  'appeal-sent': {
    en: 'I have already appealed through "Appeal for account reactivation".',
    ja: '「Appeal for account reactivation」から、すでに再開を申請しました。',
  },
  'owner-can-confirm-orders': {
    en: 'I am the owner of this account and can confirm the details of my recent orders.',
    ja: '私はこのアカウントの持ち主で、最近の注文の内容をお伝えできます。',
  },
  'deleted-by-me': {
    en: 'I deleted the account myself by mistake.',
    ja: '自分で誤ってアカウントを削除しました。',
  },
  'did-not-delete': {
    en: 'I did not delete the account myself.',
    ja: '自分ではアカウントを削除していません。',
  },
  'code-not-received': {
    en: 'I never receive the SMS code.',
    ja: 'SMS の認証コードが届きません。',
  },
  'code-rejected': {
    en: 'The code arrives, but it is rejected as incorrect.',
    ja: 'コードは届きますが、正しくないと表示されます。',
  },
  'verification-fails': {
    en: 'I cannot complete the verification.',
    ja: '本人確認を最後まで済ませられません。',
  },
  'check-repeats': {
    en: 'The check keeps coming back, even after I complete it.',
    ja: '確認を済ませても、何度も表示されます。',
  },
  'check-fails': {
    en: 'When I try to complete the check, it does not work.',
    ja: '確認を済ませようとしても、うまくいきません。',
  },
  'sms-allowed': {
    en: 'My phone accepts SMS from overseas senders.',
    ja: '私の電話は、海外からの SMS を受け取れる設定です。',
  },
  'phone-plus81': {
    en: 'I entered my phone number in international format (+81).',
    ja: '電話番号は +81 の形で入力しました。',
  },
  'email-not-received': {
    en: 'The verification e-mail has not arrived (I also checked the spam folder).',
    ja: '確認メールが届きません（迷惑メールフォルダも確認しました）。',
  },
  'no-vpn': {
    en: 'I am not using a VPN or proxy.',
    ja: 'VPN やプロキシは使っていません。',
  },
  'password-reset': {
    en: 'I have reset my password using "Forgot password".',
    ja: '「Forgot password」でパスワードを設定し直しました。',
  },
  'browser-updated': {
    en: 'My browser is up to date.',
    ja: 'ブラウザは最新版です。',
  },
  'other-browser-tried': {
    en: 'I also tried another browser.',
    ja: '別のブラウザでも試しました。',
  },
  'checked-typing': {
    en: 'I have checked Caps Lock and spaces in my password.',
    ja: 'Caps Lock と、パスワードの余分なスペースを確かめました。',
  },
  'cookies-cleared': {
    en: "I have deleted my browser's cookies.",
    ja: 'ブラウザの Cookie を削除しました。',
  },
  'documents-sent': {
    en: 'I have already sent the documents through "My Appeal".',
    ja: '「My Appeal」から、書類はすでに提出しました。',
  },
} as const satisfies Record<string, Bilingual>;
export type ClaimId = keyof typeof CLAIMS;

/** Pairs that cannot both be true: ticking one clears the other, and a message never says both. */
export const EXCLUSIVE_CLAIMS: readonly [ClaimId, ClaimId][] = [
  ['deleted-by-me', 'did-not-delete'],
  ['code-not-received', 'code-rejected'],
];

/** The claim that contradicts this one, if any. */
export function contradictionOf(id: ClaimId): ClaimId | undefined {
  for (const [a, b] of EXCLUSIVE_CLAIMS) {
    if (a === id) return b;
    if (b === id) return a;
  }
  return undefined;
}

/** The claims that make sense in each situation, in the order they are offered when the page's message says nothing of them. */
export const CLAIMS_BY_SITUATION: Record<SupportSituation, readonly ClaimId[]> = {
  locked: ['tried-forgot-password', 'no-phone-screen', 'appeal-sent', 'owner-can-confirm-orders', 'no-rules-broken'],
  restricted: ['owner-can-confirm-orders', 'no-rules-broken'],
  deleted: ['did-not-delete', 'deleted-by-me', 'owner-can-confirm-orders'],
  verification: ['verification-fails', 'code-not-received', 'code-rejected', 'sms-allowed', 'phone-plus81', 'owner-can-confirm-orders'],
  'sms-code': ['code-not-received', 'code-rejected', 'sms-allowed', 'phone-plus81'],
  'email-unverified': ['email-not-received'],
  blocked: ['check-repeats', 'check-fails', 'no-vpn', 'browser-updated', 'other-browser-tried'],
  'cannot-log-in': ['checked-typing', 'password-reset', 'cookies-cleared', 'browser-updated', 'other-browser-tried'],
  'not-authorized': ['owner-can-confirm-orders', 'no-rules-broken'],
  'checkout-hold': ['documents-sent', 'owner-can-confirm-orders'],
};

/** The claims the page's own message makes true: said first, and ticked until the user unticks them. */
function claimsTheMessageSays(message: string): ClaimId[] {
  return messageFactsOf(message).saysCodeRejected ? ['code-rejected'] : [];
}

/**
 * The claims offered in a situation and those ticked at first. Nothing but the page's own
 * message orders or ticks them: "the verification code is incorrect" puts "the code was
 * rejected" first, ticked, and its contradiction ("never received") stays unticked.
 */
export function claimsFor(situation: SupportSituation, message: string): { offered: ClaimId[]; ticked: ClaimId[] } {
  const offered = CLAIMS_BY_SITUATION[situation];
  const said = claimsTheMessageSays(message).filter((id) => offered.includes(id));
  return { offered: [...said, ...offered.filter((id) => !said.includes(id))], ticked: said };
}

/**
 * What the composer makes of the page's message: its words, and its translation when we have
 * one (a known wording in another language), in both languages. Never our headline: that
 * is what we think it means, not what the page says. The composer works the translation
 * out itself, from our own table: it is never taken from anywhere the page can write.
 */
export function composerPageMessage(quote: string): { quote: string; pageMessageTranslation?: Bilingual } {
  const en = glossFor(quote, 'en');
  const ja = glossFor(quote, 'ja');
  return en !== null && ja !== null ? { quote, pageMessageTranslation: { en, ja } } : { quote };
}

export const DEVICES = ['this-browser', 'phone-browser', 'app-iphone', 'app-android'] as const;
export type Device = (typeof DEVICES)[number];

export interface SupportDetails {
  /** The page's own error text (quoted by the panel). Only plain English goes in verbatim. */
  errorText?: string;
  /** The translation of the page's error, used when its own text is not English (see composerPageMessage). */
  errorTranslation?: Bilingual;
  claims?: readonly ClaimId[];
  /** What the user logs in with: an e-mail address or a phone number. */
  account?: string;
  device?: Device | '';
  /** For `this-browser`: what the browser says it is, e.g. "Chrome 150 on Windows". */
  browserName?: string;
  /** The date it started, as a date input gives it: YYYY-MM-DD. */
  since?: string;
  orderNumber?: string;
}

/** A typed field whose content was kept out of the English, and why. */
export type RejectedField = { field: 'account' | 'orderNumber' | 'since'; reason: 'not-ascii' | 'not-a-number' | 'not-a-date' };

export interface SupportMessage {
  en: string;
  ja: string;
  rejected: RejectedField[];
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** What the user typed, as one tidy line; full-width letters and digits become ASCII. */
function tidy(value: string | undefined): string {
  return (value ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, 120);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parseDate(value: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return { y, m, d };
}

const DEVICE_TEXT: Record<Device, (browser: string) => Bilingual> = {
  'this-browser': (browser) => (browser ? { en: `a web browser (${browser})`, ja: `ブラウザ（${browser}）` } : { en: 'a web browser', ja: 'ブラウザ' }),
  'phone-browser': () => ({ en: 'a web browser on my phone', ja: 'スマートフォンのブラウザ' }),
  'app-iphone': () => ({ en: 'the AliExpress app on iPhone', ja: 'iPhone の AliExpress アプリ' }),
  'app-android': () => ({ en: 'the AliExpress app on Android', ja: 'Android の AliExpress アプリ' }),
};

export function composeSupportMessage(situation: SupportSituation, details: SupportDetails = {}): SupportMessage {
  const rejected: RejectedField[] = [];
  const en: string[] = ['Hello,', '', OPENINGS[situation].en];
  const ja: string[] = ['こんにちは。', '', OPENINGS[situation].ja];

  const errorText = tidy(details.errorText).slice(0, 300);
  if (errorText && PRINTABLE_ASCII.test(errorText)) {
    en.push('', `The page shows this message: "${errorText}"`);
    ja.push('', `ページにはこう表示されています：「${errorText}」`);
  } else if (errorText && details.errorTranslation && PRINTABLE_ASCII.test(details.errorTranslation.en)) {
    en.push('', `The page shows a message in another language. In English it says: "${details.errorTranslation.en}"`);
    ja.push('', `ページには英語以外の言語でメッセージが出ています。英語に訳すと次の意味です：「${details.errorTranslation.ja}」`);
  }

  const ticked = (id: ClaimId) => !!details.claims?.includes(id);
  const claims = CLAIMS_BY_SITUATION[situation].filter((id) => {
    const other = contradictionOf(id);
    return ticked(id) && !(other && ticked(other));
  });
  if (claims.length > 0) {
    en.push('', ...claims.map((id) => CLAIMS[id].en));
    ja.push('', ...claims.map((id) => CLAIMS[id].ja));
  }

  const facts: Bilingual[] = [];
  const account = tidy(details.account);
  if (account) {
    if (PRINTABLE_ASCII.test(account)) facts.push({ en: `Account (e-mail address or phone number): ${account}`, ja: `アカウント（メールアドレスまたは電話番号）：${account}` });
    else rejected.push({ field: 'account', reason: 'not-ascii' });
  }
  if (details.device) {
    const browser = tidy(details.browserName);
    const text = DEVICE_TEXT[details.device](PRINTABLE_ASCII.test(browser) ? browser : '');
    facts.push({ en: `I am using ${text.en}.`, ja: `使っているのは、${text.ja}です。` });
  }
  const since = tidy(details.since);
  if (since) {
    const date = PRINTABLE_ASCII.test(since) ? parseDate(since) : null;
    if (date) {
      facts.push({
        en: `This started on ${MONTHS[date.m - 1]} ${date.d}, ${date.y}.`,
        ja: `${date.y}年${date.m}月${date.d}日から、この状態です。`,
      });
    } else rejected.push({ field: 'since', reason: 'not-a-date' });
  }
  const order = tidy(details.orderNumber).replace(/[\s-]/g, '');
  if (order) {
    if (/^\d{6,24}$/.test(order)) facts.push({ en: `A recent order number: ${order}`, ja: `最近の注文番号：${order}` });
    else rejected.push({ field: 'orderNumber', reason: PRINTABLE_ASCII.test(order) ? 'not-a-number' : 'not-ascii' });
  }
  if (facts.length > 0) {
    en.push('', ...facts.map((f) => f.en));
    ja.push('', ...facts.map((f) => f.ja));
  }

  en.push('', 'Thank you for your help.');
  ja.push('', 'よろしくお願いいたします。');
  return { en: en.join('\n'), ja: ja.join('\n'), rejected };
}

const BROWSERS: readonly [RegExp, string][] = [
  [/Edg\/(\d+)/, 'Edge'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/Chrom(?:e|ium)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[^]*Safari/, 'Safari'],
];
const SYSTEMS: readonly [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Mac OS X/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** "Chrome 150 on Windows" from a user-agent string, or '' when it cannot tell. */
export function describeBrowser(userAgent: string): string {
  let browser = '';
  for (const [re, name] of BROWSERS) {
    const match = re.exec(userAgent);
    if (match) {
      browser = `${name} ${match[1]}`;
      break;
    }
  }
  const system = SYSTEMS.find(([re]) => re.test(userAgent))?.[1] ?? '';
  return browser && system ? `${browser} on ${system}` : browser;
}
