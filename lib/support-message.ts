/**
 * The English message for AliExpress's English-only support chat, with its Japanese
 * meaning so the user knows what they send. Built here, copied by the user; nothing is
 * ever sent by the extension.
 */
export const SUPPORT_SITUATIONS = ['locked', 'no-phone-screen', 'deleted-by-mistake', 'appeal', 'cannot-log-in'] as const;
export type SupportSituation = (typeof SUPPORT_SITUATIONS)[number];

export interface SupportDetails {
  /** The e-mail address the account is registered with. */
  email?: string;
  orderNumber?: string;
  /** Since when, in the user's words or as a date (2026-11-20). */
  since?: string;
}

export interface SupportMessage {
  en: string;
  ja: string;
}

interface Body {
  en: string;
  ja: string;
}

const BODIES: Record<SupportSituation, Body> = {
  locked: {
    en: 'My AliExpress account has been locked, and I cannot log in. I believe I have not done anything against the rules. Could you please check my account and help me unlock it?',
    ja: '私の AliExpress アカウントがロックされ、ログインできません。規約に反することはしていないと思います。アカウントを確認し、ロックの解除を手伝っていただけますか。',
  },
  'no-phone-screen': {
    en: 'My AliExpress account is locked. I tried to unlock it with a temporary password, but the screen to enter my phone number never appears, so I cannot finish the unlock. Could you please help me unlock my account?',
    ja: 'AliExpress のアカウントがロックされています。仮パスワードで解除しようとしましたが、電話番号を入力する画面が出てこないため、解除を完了できません。アカウントのロック解除を手伝っていただけますか。',
  },
  'deleted-by-mistake': {
    en: 'I deleted my AliExpress account by mistake. Is it possible to restore it? If not, could you please tell me what I can do?',
    ja: '誤って AliExpress のアカウントを削除してしまいました。元に戻すことはできますか。できない場合、どうすればよいか教えていただけますか。',
  },
  appeal: {
    en: 'I would like to appeal the lock on my AliExpress account and ask for it to be reactivated. I am the owner of this account and can confirm the details of my recent orders. Please review my account.',
    ja: '私の AliExpress アカウントのロックについて異議を申し立て、再開をお願いしたいです。私はこのアカウントの持ち主で、最近の注文の内容を確認できます。アカウントを審査してください。',
  },
  'cannot-log-in': {
    en: 'I cannot log in to my AliExpress account. I have checked my password and tried another browser, but it still does not work. Could you please help me find out what is wrong?',
    ja: 'AliExpress のアカウントにログインできません。パスワードを確かめ、別のブラウザでも試しましたが、まだうまくいきません。原因を調べるのを手伝っていただけますか。',
  },
};

/** Keeps what the user typed to one tidy line: no line breaks, no runs of spaces. */
function clean(value: string | undefined): string {
  return (value ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, 120);
}

export function composeSupportMessage(situation: SupportSituation, details: SupportDetails = {}): SupportMessage {
  const email = clean(details.email);
  const order = clean(details.orderNumber);
  const since = clean(details.since);
  const body = BODIES[situation];
  const en = ['Hello,', '', body.en];
  const ja = ['こんにちは。', '', body.ja];
  const facts: [string, string][] = [];
  if (email) facts.push([`Registered e-mail address: ${email}`, `登録メールアドレス: ${email}`]);
  if (order) facts.push([`A recent order number: ${order}`, `最近の注文番号: ${order}`]);
  if (since) facts.push([`This has been happening since: ${since}`, `この状態が始まった時期: ${since}`]);
  if (facts.length > 0) {
    en.push('', ...facts.map(([e]) => e));
    ja.push('', ...facts.map(([, j]) => j));
  }
  en.push('', 'Thank you for your help.');
  ja.push('', 'よろしくお願いいたします。');
  return { en: en.join('\n'), ja: ja.join('\n') };
}
