import type { Lang } from '../i18n/language';
import { laterText, numbersIn, waitIn, type Wait } from './figures';

/**
 * What a banner in another language says, in the reader's language, shown next to the
 * original. Known wordings of the site (docs/ALIEXPRESS.md) get a sentence-for-sentence
 * translation; any other wording gets none: the panel's headline, the meaning of its kind,
 * already says what it means, and saying it twice helps no one.
 */
/** A translation that says "later" with the page's own figure, when the page gave one. */
type Worded = string | ((later: (lang: Lang) => string, text: string) => string);

interface KnownWording {
  re: RegExp;
  ja: Worded;
  en: Worded;
  /**
   * The translation says nothing the panel's headline (the kind's meaning) does not: it is
   * matched, so that a shorter rule below does not give it a gloss, and shown as nothing.
   */
  restatesHeadline?: true;
}

// Matched against the quote lowercased, with runs of white space made one space.
const KNOWN_WORDINGS: readonly KnownWording[] = [
  {
    re: /temporarily unavailable/,
    ja: 'このアカウントは一時的に利用できません。別のアカウントでログインしてください。',
    en: 'Your account is temporarily unavailable. Please use a different account to log in.',
  },
  {
    re: /has been terminated/,
    ja: 'このアカウントは閉鎖されました。別のアカウントでログインしてください。',
    en: 'This account has been terminated. Please use another account to log in.',
  },
  {
    re: /not authorized to sign in/,
    ja: 'このアカウントへのログインは許可されていません。',
    en: 'You are not authorized to sign in to this account.',
  },
  {
    re: /учетная запись была удалена|аккаунт был упразднен/,
    ja: 'このアカウントは削除されました。別のアカウントでログインしてください。',
    en: 'This account has been deleted. Please use another account to log in.',
  },
  {
    re: /请按住滑块.{0,2}拖动到最右边/,
    ja: 'スライダーを押さえたまま、右端までドラッグしてください。',
    en: 'Hold the slider and drag it to the far right.',
  },
  {
    re: /请拖动下方滑块完成验证/,
    ja: '下のスライダーをドラッグして、確認を完了してください。',
    en: 'Drag the slider below to complete the check.',
  },
  {
    re: /验证失败.{0,3}点击框体重试/,
    ja: '確認に失敗しました。枠をクリックして、もう一度お試しください。',
    en: 'The check failed. Click the box to try again.',
  },
  {
    re: /验证失败/,
    ja: '確認に失敗しました。',
    en: 'The check failed.',
    restatesHeadline: true,
  },
  {
    re: /网络不给力/,
    ja: '通信が不安定です。枠をクリックして、もう一度お試しください。',
    en: 'The connection is unstable. Click the box to try again.',
  },
  {
    re: /操作太快/,
    ja: '操作が速すぎます。もう一度お試しください。',
    en: 'You went too fast. Please try again.',
  },
  {
    re: /访问被拒绝/,
    ja: 'アクセスが拒否されました。',
    en: 'Access denied.',
    restatesHeadline: true,
  },
  {
    re: /网络拥堵|请稍后重试/,
    ja: (later) => `混み合っています。${later('ja')}もう一度お試しください。`,
    en: (later) => `The network is busy. Please try again ${later('en')}.`,
  },
  {
    re: /unusual traffic from your network.{0,4}please try again later|unusual traffic detected/,
    ja: (later) => `お使いのネットワークから通常と異なる通信が検出されました。${later('ja')}もう一度お試しください。`,
    en: (later) => `Unusual traffic was detected from your network. Please try again ${later('en')}.`,
  },
  {
    re: /unusual traffic/,
    ja: 'お使いのネットワークから、通常と異なる通信が検出されました。',
    en: 'Unusual traffic was detected from your network.',
  },
  {
    re: /abnormal network request/,
    ja: '通常と異なる通信が検出されました。プロキシや VPN が通信に割り込んでいないか確かめてください。',
    en: 'An abnormal network request was detected. Check whether it is hijacked by a proxy or VPN.',
  },
  {
    re: /server is busy|system is busy/,
    ja: (later) => `サーバーが混み合っています。${later('ja')}もう一度お試しください。`,
    en: (later) => `The server is busy. Please try again ${later('en')}.`,
  },
  {
    re: /something's wrong|something’s wrong/,
    ja: '問題が起きました。ページを再読み込みして、もう一度お試しください。',
    en: 'Something went wrong. Please reload the page and try again.',
  },
  {
    re: /slide to verify/,
    ja: 'スライダーを動かして確認してください。',
    en: 'Please slide to verify.',
  },
  {
    re: /(account|password).{0,30}(incorrect|wrong)/,
    ja: 'アカウントまたはパスワードが正しくありません。',
    en: 'The account or password is incorrect.',
    restatesHeadline: true,
  },
  {
    re: /verification code.{0,20}(incorrect|wrong|invalid)/,
    ja: '認証コードが正しくありません。もう一度お試しください。',
    en: 'The verification code is incorrect. Please try again.',
  },
  {
    re: /e-?mail.{0,40}not (been )?(verified|activated)|verify your e-?mail/,
    ja: 'メールアドレスの確認が済んでいません。送られてきたメールのリンクを開いてください。',
    en: 'Your e-mail address has not been verified. Please open the link in the e-mail we sent.',
  },
  {
    re: /browser.{0,40}(too old|not supported|outdated|update)/,
    ja: 'お使いのブラウザのバージョンが古すぎます。ブラウザを更新してください。',
    en: 'Your browser version is too old. Please update your browser.',
  },
  {
    // "Too many failed attempts. Please try again in 30 minutes." The second sentence only
    // when the page says it, with its figure. In the site's other languages too.
    re: /too many|尝试次数过多|登录次数过多|操作过于频繁|слишком много|너무 많|demasiados intentos|trop de tentatives|zu viele|muitas tentativas/,
    ja: (later, text) => `試行回数が多すぎます。${TRY_AGAIN.test(text) ? `${later('ja')}もう一度お試しください。` : ''}`,
    en: (later, text) => `Too many attempts.${TRY_AGAIN.test(text) ? ` Please try again ${later('en')}.` : ''}`,
  },

];

// "try again", 重试 / 再试, 다시 시도, повторите, réessayez, erneut, intente / tente de novo.
const TRY_AGAIN = /try again|重试|再试|다시 시도|повтор|réessay|erneut|inténtelo|intente|tente novamente/;

const KANA = /[\u3040-\u30ff]/;
// Plain ASCII and typographic punctuation: English as the site writes it.
const ENGLISH_CHARS = /^[\x20-\x7e\s‘’“”…–—]*$/;

/** The language a quote is in, as far as the gloss cares: ours, or not. */
function isInLanguage(text: string, lang: Lang): boolean {
  if (lang === 'ja') return KANA.test(text);
  return ENGLISH_CHARS.test(text);
}

/**
 * The translation of a quoted banner the site words in a way we know, or null: when the
 * quote is already in the reader's language (or empty), when the translation would only
 * repeat the headline, when we do not know the wording, and when it would lose one of
 * the page's numbers. A waiting time the page states ("in 30 minutes") is kept. Then the panel's headline is
 * all we can say of it, and it stands right above.
 */
export function glossFor(quote: string, lang: Lang): string | null {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (!text || isInLanguage(text, lang)) return null;
  const lower = text.toLowerCase();
  const known = KNOWN_WORDINGS.find((w) => w.re.test(lower));
  if (!known || known.restatesHeadline) return null;
  const wait: Wait | undefined = waitIn(text);
  const worded = known[lang];
  const gloss = typeof worded === 'string' ? worded : worded((l) => laterText(wait, l), lower);
  // A translation that would drop one of the page's numbers (a time, a count) is not one:
  // the original, shown with it or right above, keeps them.
  const kept = numbersIn(gloss);
  return numbersIn(text).every((n) => kept.includes(n)) ? gloss : null;
}
