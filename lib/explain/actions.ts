import type { KnowledgeId, KnowledgeSource } from './entries';
import { waitText, type Wait } from './figures';
import type { Lang } from '../i18n/language';

/**
 * Things a user can do, each as one short imperative line (what the panel's first state
 * and the checklist show) and an optional sentence of detail. Where an action is one fact
 * of the fact sheet, its id is that fact's id, so a tick stored under the fact id stays
 * a tick. Actions that only restate what the page itself asks (drag the slider, wait and
 * try again, send the code again) have ids of their own under `page.`.
 */
export interface ActionText {
  title: string;
  detail?: string;
}

export interface Action {
  ja: ActionText;
  en: ActionText;
  /** The facts this action says; a panel never shows the same fact twice. */
  covers: readonly KnowledgeId[];
  /** Set when what it says is the help center's advice (shown as such, as its entry is). */
  source?: KnowledgeSource;
}

export const ACTIONS = {
  // ── From the fact sheet ───────────────────────────────────────────────
  'support.appeal': {
    ja: {
      title: 'ロック画面の「Appeal for account reactivation」から再開の申請をする',
      detail:
        '最近の注文の番号・日付・金額・使ったカードを用意すると、本人だと示しやすいそうです（購入者のブログでの報告）。',
    },
    en: {
      title: 'Use “Appeal for account reactivation” on this screen',
      detail:
        'Having a recent order at hand (order number, date, amount, the card used) makes it easier to prove the account is yours (reported by shoppers, not by AliExpress).',
    },
    covers: ['support.appeal'],
  },
  'step.forgot-password': {
    ja: {
      title: '「Forgot password」で仮パスワードを受け取る',
      detail: 'ログインできたら、新しいパスワードを設定してください。「Forgot password」はアプリにもパソコン版サイトにもあります。',
    },
    en: {
      title: 'Get a temporary password by e-mail via “Forgot password”',
      detail: 'Once you are in, set a new password. The screen exists in the app and on the PC site.',
    },
    covers: ['step.forgot-password'],
  },
  'step.phone-format': {
    ja: {
      title: '電話番号は +81 の形で入力する',
      detail: '先頭の 0 を取って、国番号 +81 を付けます。080-1234-5678 なら +81 80-1234-5678（区切りなしなら +818012345678）です。',
    },
    en: {
      title: 'Enter the phone number with +81',
      detail: 'The country code +81 replaces the leading 0: 080-1234-5678 becomes +81 80-1234-5678 (without separators: +818012345678).',
    },
    covers: ['step.phone-format'],
  },
  'step.allow-sms': {
    ja: {
      title: 'コードを送ってもらう前に、海外からの SMS を受け取れるようにする',
      detail: '海外や知らない番号からの SMS を拒否する設定のままだと、認証コードが届きません。コードを送ってもらう前に、その設定を解除してください。方法は携帯会社（ドコモ・au・ソフトバンクなど）ごとに違います。',
    },
    en: {
      title: 'Before asking for the code, allow SMS from overseas senders',
      detail: 'If your phone rejects SMS from overseas or unknown senders, the code never arrives: lift that block before you ask for the code. How depends on your carrier (docomo, au, SoftBank, …).',
    },
    covers: ['step.allow-sms'],
  },
  'support.no-phone-screen': {
    ja: {
      title: '電話番号の入力画面が出なければ、カスタマーサービスのチャットで問い合わせる',
      detail: 'ページ下部の「Help」の中にある「Customer service」から開けます。英語で書いてください。',
    },
    en: {
      title: 'If the phone-number screen never appears, ask the chat',
      detail: 'At the bottom of the page, under “Help”, open “Customer service” and write in English.',
    },
    covers: ['support.no-phone-screen', 'faq.no-phone-screen'],
  },
  'step.verify-email': {
    ja: {
      title: '届いた確認メールのリンクを開く',
      detail: 'リンクを開くまで、アカウントが有効にならないことがよくあります。見つからなければ、迷惑メールフォルダも見てください（一般的なメールの注意です）。',
    },
    en: {
      title: 'Open the link in the verification e-mail',
      detail: 'Until it is opened, the account often does not become active. If you cannot find it, check the spam folder too (general e-mail advice).',
    },
    covers: ['step.verify-email'],
  },
  'step.update-browser': {
    ja: {
      title: 'ブラウザを最新版に更新する',
      detail: '古いバージョンには対応していないことがあり、更新すればすぐに直ります。',
    },
    en: {
      title: 'Update your browser to the latest version',
      detail: 'The site may not support old versions; updating fixes that at once.',
    },
    covers: ['step.update-browser'],
  },
  'step.other-browser': {
    ja: {
      title: '最新版でもログインできなければ、別のブラウザで試す',
      detail: 'AliExpress はよく変わり、ブラウザとの相性でログインに失敗したり、画面が固まったりすることがあります。',
    },
    en: {
      title: 'If an up-to-date browser still fails, try another browser',
      detail: 'AliExpress changes often, and some browsers do not get along with it: the login fails or the page freezes.',
    },
    covers: ['step.other-browser'],
  },
  'step.try-browser': {
    ja: {
      title: 'アプリでログインできないときは、ブラウザで試す',
      detail:
        'ブラウザでログインできれば、アカウントには問題がなく、原因はアプリです。アプリの設定を見直すか、入れ直してください。',
    },
    en: {
      title: 'If the app will not log in, try a browser',
      detail: 'If the browser works, the account is fine and the app is the problem: check its settings or reinstall it.',
    },
    covers: ['step.try-browser'],
  },
  'support.topics': {
    ja: {
      title: 'ヘルプセンターの項目別フォームから問い合わせる',
      detail: '「登録とログイン」「アカウント設定」「評価」「通知」には、それぞれ専用の問い合わせフォームがあります。',
    },
    en: {
      title: 'Use the help center’s form for your topic',
      detail: 'Registration and login, account settings, ratings and notifications each have their own inquiry form.',
    },
    covers: ['support.topics'],
  },
  'support.chat': {
    ja: {
      title: 'カスタマーサービスのチャットで、英語で問い合わせる',
      detail: 'ページ下部の「Chat Now」から開けます。日本語は使えません。送る英文は、このガイドの「英文を作る」ボタンで作れます。',
    },
    en: {
      title: 'Ask the customer-service chat, in English',
      detail: 'Open it with “Chat Now” at the bottom of the page. It has no Japanese; this guide’s composer writes the English for you.',
    },
    covers: ['support.chat'],
  },
  'support.order-details': {
    ja: {
      title: '最近の注文の番号・日付・金額・使ったカードを手元に用意する',
      detail: '本人だと示しやすくなるそうです（AliExpress ではなく、購入者のブログでの報告です）。',
    },
    en: {
      title: 'Have a recent order at hand: its number, date, amount and the card used',
      detail: 'It makes it easier to prove the account is yours (reported by shoppers, not by AliExpress).',
    },
    covers: ['support.appeal'],
  },
  'support.new-account-tradeoffs': {
    ja: {
      title: 'アカウントを作り直す前に、失うものを確かめる',
      detail: '同じメールアドレスは再登録できず、同じ端末では断られることもあり、会員レベルも最初からになります。',
    },
    en: {
      title: 'Before making a new account, know what you lose',
      detail: 'The same e-mail cannot be registered again, the same device may be refused, and your member level starts over.',
    },
    covers: ['support.new-account-tradeoffs'],
  },

  // ── From AliExpress's help center ─────────────────────────────────────
  'step.check-typing': {
    ja: {
      title: 'Caps Lock と余分なスペースを確かめて、入力し直す',
      detail: 'パスワードは大文字と小文字が区別されます。ログインには、登録したメールアドレス（または会員 ID）を使います。',
    },
    en: {
      title: 'Check Caps Lock and stray spaces, then type it again',
      detail: 'The password is case-sensitive. Sign in with your registered e-mail address (or member ID).',
    },
    covers: ['step.check-typing'],
    source: 'help-center',
  },
  'step.clear-cookies': {
    ja: {
      title: '何度も失敗するなら、Cookie を削除するか、別のブラウザで試す',
      detail: 'ログインに何度も失敗するときに、ヘルプセンターがすすめている方法です。',
    },
    en: {
      title: 'If it keeps failing, delete cookies or try another browser',
      detail: 'What the help center suggests when sign-in keeps failing.',
    },
    covers: ['step.clear-cookies'],
    source: 'help-center',
  },
  'step.check-inbox': {
    ja: {
      title: 'メールの受信箱に、AliExpress からのお知らせがないか確かめる',
      detail: 'アカウントについての大切なお知らせが、メールで届いていることがあります。',
    },
    en: {
      title: 'Look in your inbox for e-mail from AliExpress',
      detail: 'Important information about your account may have been sent there.',
    },
    covers: ['step.check-inbox'],
    source: 'help-center',
  },
  'support.not-authorized': {
    ja: {
      title: '「not authorized」と出たら、カスタマーサービスのチャットで問い合わせる',
      detail: 'ページ下部の「Chat Now」から開けます。日本語は使えません。送る英文は、このガイドの「英文を作る」ボタンで作れます。',
    },
    en: {
      title: 'If it says “not authorized”, ask the customer-service chat',
      detail: 'The help center says this message means contacting customer service. The chat is under “Chat Now” at the bottom of the page; this guide can write the English for you.',
    },
    covers: ['support.not-authorized', 'support.chat'],
    source: 'help-center',
  },
  'support.retrieve-account': {
    ja: {
      title: 'どのアカウントか分からなければ、アカウントを探すページを使う',
      detail: 'accounts.aliexpress.com/user/account/retrieve_account.htm で、1 年以内にした買い物の支払日・金額・使ったカードから探せます。',
    },
    en: {
      title: 'Not sure which account it is? Use the account retrieval page',
      detail: 'accounts.aliexpress.com/user/account/retrieve_account.htm finds it through a purchase within the last year: its payment date, amount and card.',
    },
    covers: ['support.retrieve-account'],
    source: 'help-center',
  },

  // ── What the page itself asks for ─────────────────────────────────────
  'page.drag-slider': {
    ja: { title: 'スライダーのつまみを押したまま、右端までドラッグする' },
    en: { title: 'Hold the slider handle and drag it all the way to the right' },
    covers: [],
  },
  'page.complete-check': {
    ja: { title: '画面のロボット対策の確認（スライダーなど）を最後まで済ませる' },
    en: { title: 'Complete the check shown on the page (a slider, for example)' },
    covers: [],
  },
  'page.solve-recaptcha': {
    ja: { title: '「私はロボットではありません」にチェックを入れ、画像の問題が出たら答える' },
    en: { title: 'Tick “I’m not a robot” and answer the picture question if one appears' },
    covers: [],
  },
  'page.reload-retry': {
    ja: { title: 'うまくいかなければ、ページを再読み込みしてやり直す' },
    en: { title: 'If it fails, reload the page and try again' },
    covers: [],
  },
  'page.reload-slide': {
    ja: { title: 'ページを再読み込みして、もう一度スライダーを動かす' },
    en: { title: 'Reload the page and slide again' },
    covers: [],
  },
  'page.wait-retry': {
    ja: { title: 'しばらく待ってから、ページを一度だけ再読み込みする' },
    en: { title: 'Wait a while, then reload the page once' },
    covers: [],
  },
  'page.vpn-off': {
    ja: {
      title: 'VPN・プロキシを使っていれば、オフにする',
      detail: 'VPN やプロキシの利用、接続元と合わないタイムゾーン、短い時間に何度もページを読み込むことで、この確認は出やすくなるそうです（この確認を調べている人たちの報告です）。',
    },
    en: {
      title: 'If you use a VPN or proxy, switch it off',
      detail: 'People who study this check report that a VPN or proxy, a time zone that does not match where you connect from, and many page loads in a short time make it likelier.',
    },
    covers: ['cause.network-mismatch'],
  },
  // The other two things people who study the check name (cause.network-mismatch, said by page.vpn-off).
  'page.time-zone': {
    ja: { title: 'ブラウザのタイムゾーンが、接続元の地域と合っているか確かめる' },
    en: { title: 'Check that the browser’s time zone matches where you connect from' },
    covers: [],
  },
  'page.slow-down': {
    ja: { title: '短い時間に、ページを何度も読み込まない' },
    en: { title: 'Do not reload pages many times in a short time' },
    covers: [],
  },
  'page.wait-login': {
    ja: { title: 'しばらく待ってから、もう一度ログインする' },
    en: { title: 'Wait a while, then log in again' },
    covers: [],
  },
  // A checkout stopped "for security reasons" (a `verification` banner on the checkout): the
  // page's own appeal link, and what not to do meanwhile.
  'page.hold-appeal': {
    ja: {
      title: '画面の「My Appeal」から、求められた書類を提出する',
      detail: '必要な書類は、画面の表示とリンク先で確かめてください。',
    },
    en: {
      title: 'Send the documents it asks for through “My Appeal” on this screen',
      detail: 'See the screen and the page it links to for which documents are needed.',
    },
    covers: [],
  },
  'page.hold-no-retry': {
    ja: {
      title: '短い間に、支払い方法（カード）を何度も替えない',
      detail: '支払い方法を何度も変えると、カードの不正利用のように見えて、アカウントが一時的にロックされることがあります。',
    },
    en: {
      title: 'Do not keep switching the payment method (card) in a short time',
      detail: 'Changing the payment method very often can look like payment fraud and trigger a temporary lock.',
    },
    covers: ['cause.payment-changes'],
  },
  'page.resend-code': {
    ja: { title: 'コードをもう一度送ってもらい、いちばん新しいコードを入力する' },
    en: { title: 'Send the code again and enter the newest one' },
    covers: [],
  },
  'page.follow-check': {
    ja: { title: '画面の案内に沿って、本人確認を進める' },
    en: { title: 'Follow the screen’s instructions to confirm it is you' },
    covers: [],
  },
} as const satisfies Record<string, Action>;

export type ActionId = keyof typeof ACTIONS;

/**
 * Actions that ask to wait, said with the page's own figure when it gave one: 「30 分待ってから」,
 * never 「しばらく」 when the page said how long.
 */
const WITH_WAIT: Partial<Record<ActionId, Record<Lang, (wait: string) => string>>> = {
  'page.wait-login': { ja: (w) => `${w}待ってから、もう一度ログインする`, en: (w) => `Wait ${w}, then log in again` },
  'page.wait-retry': { ja: (w) => `${w}待ってから、ページを一度だけ再読み込みする`, en: (w) => `Wait ${w}, then reload the page once` },
};

/** An action's line and detail, with the page's waiting time in it when the page gave one. */
export function actionText(id: ActionId, lang: Lang, wait?: Wait): ActionText {
  const text: ActionText = ACTIONS[id][lang];
  const withWait = WITH_WAIT[id];
  return wait && withWait ? { ...text, title: withWait[lang](waitText(wait, lang)) } : text;
}
