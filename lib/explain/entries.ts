/**
 * One entry per fact ID of the project's fact sheet (docs/KNOWLEDGE.md). The wording is ours:
 * short, polite Japanese for first-time buyers, and plain English as the second locale.
 * Keys are the fact IDs exactly, so a test can prove none is missing.
 */

export interface Text {
  title: string;
  body: string;
}

/**
 * Where an entry's fact comes from, when it is not the seed article: `help-center` is
 * AliExpress's own help center (as quoted by shoppers' blogs), which the UI marks as such.
 */
export type KnowledgeSource = 'help-center';

export interface KnowledgeEntry {
  ja: Text;
  en: Text;
  source?: KnowledgeSource;
}

export const KNOWLEDGE = {
  // ── Causes: why an account gets locked ────────────────────────────────
  'cause.shared-email': {
    ja: {
      title: '同じメールアドレスで複数のアカウントを作った',
      body: '1 つのメールアドレスは、1 人・1 アカウントのためのものです。同じアドレスで複数のアカウントを登録すると、不正と判断されてロックされることがあります。',
    },
    en: {
      title: 'More than one account with the same e-mail',
      body: 'One e-mail address is meant for one person and one account. Registering several accounts with the same address can be treated as fraud and lead to a lock.',
    },
  },
  'cause.under-review': {
    ja: {
      title: '登録情報を確認中',
      body: 'AliExpress は、アカウントの登録情報を確認することがあります。その確認の間、アカウントが一時的にロックされることがあります。',
    },
    en: {
      title: 'Your details are being checked',
      body: 'AliExpress sometimes reviews an account’s personal details. While that review runs, the account can be locked for a while.',
    },
  },
  'cause.payment-changes': {
    ja: {
      title: '支払い方法を何度も変えた',
      body: '短い間に支払い方法を何度も変更すると、カードの不正利用のように見えて、一時的にロックされることがあります。',
    },
    en: {
      title: 'Payment method changed very often',
      body: 'Changing the payment method again and again can look like payment fraud and trigger a temporary lock.',
    },
  },
  'cause.buyer-feedback': {
    ja: {
      title: '出品者からの低い評価が多い',
      body: '理不尽なクレームや安易なキャンセルを繰り返し、出品者から悪い評価を多く受けると、問題のある購入者と見なされて一時的にロックされることがあります。',
    },
    en: {
      title: 'Many negative ratings from sellers',
      body: 'Unreasonable complaints or repeated careless cancellations can earn many negative ratings from sellers. The buyer can then be marked as abusive and locked for a while.',
    },
  },
  'cause.unpaid-orders': {
    ja: {
      title: '未払いの注文を重ねた',
      body: '支払っていない注文が残ったまま次の注文をすること自体はできますが、何度も繰り返すと不審な動きとして扱われることがあります。急いでまとめ買いをするときに起こりがちです。',
    },
    en: {
      title: 'Many unpaid orders placed in a row',
      body: 'Placing order after order while earlier ones are still unpaid is allowed, but doing it a lot can get flagged. Hurried bulk buying is the typical trap.',
    },
  },
  'cause.frequent-disputes': {
    ja: {
      title: '「紛争を開始」を何度も使った',
      body: '紛争を開始する回数が多すぎると、問題のある購入者と見なされます。基準は公開されていませんが、注文の半分を超えて紛争を開始すると、そう見なされるという報告があります。',
    },
    en: {
      title: 'Disputes opened very often',
      body: 'Opening disputes too often marks the buyer as abusive. The threshold is not published; disputing more than half of one’s orders is reported to be enough.',
    },
  },
  'cause.others-card': {
    ja: {
      title: '他人名義のカードで支払った',
      body: '自分以外の名義のカードで支払うと、取引の安全のためにロックされることがあります（日本の多くのサービスでも、他人名義のカードは断られます）。1 つのアカウントのパスワードを何人かで共有するのも、同じ危険があります。',
    },
    en: {
      title: 'Paid with a card in someone else’s name',
      body: 'Paying with a card in another person’s name can lead to a lock, for the safety of the transaction (many Japanese services refuse such cards too). Sharing one account’s password among several people carries the same risk.',
    },
  },
  'cause.deleted': {
    ja: {
      title: 'アカウントが削除されている',
      body: '削除されたアカウントは、これまでどおりには使えません。カスタマーサービスのチャットに英語で問い合わせるのが、すすめられている方法です。',
    },
    en: {
      title: 'The account has been deleted',
      body: 'A deleted account cannot be used as before. The recommended route is the customer-service chat, in English.',
    },
  },
  'cause.new-device': {
    ja: {
      title: 'いつもと違う端末からログインした',
      body: '登録したときの端末や、ふだん使っている端末とは違うスマホ・パソコンからログインすると、不正や乗っ取りを防ぐために、自動で一時的にロックされることがあります。1 つのアカウントを多くの端末で使ったり、何人かで使ったりすると、起こりやすくなります。',
    },
    en: {
      title: 'Logged in from a new or unusual device',
      body: 'Logging in from a device other than the one used at sign-up, or other than the usual one, can trigger an automatic temporary lock against fraud and hijacking. Using one account from many devices or by several people makes it likelier.',
    },
  },
  'cause.network-mismatch': {
    ja: {
      title: 'VPN・プロキシ、タイムゾーン、短時間の大量アクセス',
      body: 'スライダーや「unusual traffic」の画面は、アカウントのロックではなく、ロボット対策の確認です。VPN やプロキシの利用、接続元と合わないブラウザのタイムゾーン、短い時間に多くのページを開くことで出やすくなると、この確認を調べている人たちが報告しています。',
    },
    en: {
      title: 'VPN or proxy, time zone, many page loads',
      body: 'The slider or “unusual traffic” screen is an anti-bot check, not an account lock. People who study the check report that a VPN or proxy, a browser time zone that does not match where you connect from, or very many page loads in a short time make it likelier.',
    },
  },
  'cause.phone-missing': {
    ja: {
      title: '電話番号を登録していない',
      body: '仮パスワードを申し込んだあと、登録した電話番号を入力する画面があります。電話番号を登録していないと、アカウントが一時的にロックされることがあります。',
    },
    en: {
      title: 'No phone number registered',
      body: 'After you request a temporary password there is a step that asks for the registered phone number. Without a registered number the account can be locked for a while.',
    },
  },

  // ── Steps: what to try when you cannot log in ─────────────────────────
  'step.try-browser': {
    ja: {
      title: 'アプリではなくブラウザからログインしてみる',
      body: 'アプリでログインできないときは、パソコンやスマホのブラウザで試してください。ブラウザでログインできれば、アカウントには問題がなく、原因はアプリです。アプリの設定を見直すか、入れ直してください。ブラウザでもログインできない場合は、ほかの原因を確かめてください。',
    },
    en: {
      title: 'Try a browser instead of the app',
      body: 'If the app will not log in, try a browser on a PC or phone. If that works, the account is fine and the app is the problem: check its settings or reinstall it. If the browser fails too, look at the other causes.',
    },
  },
  'step.update-browser': {
    ja: {
      title: 'ブラウザを最新版にする',
      body: 'AliExpress は、古いバージョンのブラウザに対応していないことがあります。その場合は、最新版に更新すればすぐに直ります。',
    },
    en: {
      title: 'Update your browser',
      body: 'The site may not support old browser versions. If so, updating to the latest version fixes it at once.',
    },
  },
  'step.other-browser': {
    ja: {
      title: '別のブラウザで試す',
      body: '最新版でもログインできないときは、別のブラウザを入れて試してください。AliExpress はよく変わり、ブラウザとの相性で、ログインに失敗したり画面が固まったりすることがあります。',
    },
    en: {
      title: 'Try a different browser',
      body: 'If an up-to-date browser still fails, install another browser and try there. AliExpress changes often, and some browsers do not get along with it: the login fails or the page freezes.',
    },
  },
  'step.forgot-password': {
    ja: {
      title: '「パスワードを忘れた」から仮パスワードを受け取る',
      body: 'ログイン画面の「Forgot password（パスワードを忘れた）」から、仮パスワードをメールで受け取れます。ログインできたら、新しいパスワードを設定してください。この画面は、アプリにもパソコン版サイトにもあります。',
    },
    en: {
      title: 'Get a temporary password via “Forgot password”',
      body: 'Use “Forgot password” on the login screen to receive a temporary password by e-mail, then set a proper new password. The screen exists in the app and on the PC site.',
    },
  },
  'step.phone-format': {
    ja: {
      title: '電話番号は +81 の形で入力する',
      body: '先頭の 0 を取り、国番号 +81 を付けます。080-1234-5678 なら +81 80-1234-5678（区切りなしなら +818012345678）です。初めての人がよく間違えるところです。',
    },
    en: {
      title: 'Enter the phone number in +81 form',
      body: 'The country code +81 replaces the leading 0: 080-1234-5678 becomes +81 80-1234-5678 (without separators: +818012345678). Beginners often get this wrong.',
    },
  },
  'step.allow-sms': {
    ja: {
      title: '海外や知らない番号からの SMS を受け取れるようにする',
      body: 'AliExpress は、本人確認のために SMS で認証コードを送ります。知らない番号や海外からの SMS を拒否する設定だと、コードが届きません。電話番号を入力してコードを送ってもらう前に、その設定を解除してください。方法は携帯会社（ドコモ・au・ソフトバンクなど）ごとに違います。',
    },
    en: {
      title: 'Allow SMS from overseas or unknown senders',
      body: 'AliExpress sends a verification code by SMS. If your phone rejects SMS from unknown or overseas senders, the code never arrives: lift that block before you enter the number and ask for the code. How depends on your carrier (docomo, au, SoftBank, …).',
    },
  },
  'step.verify-email': {
    ja: {
      title: '確認メールのリンクを開く',
      body: '新しいアカウントを作ると、確認メールが届きます。そのメールのリンクを開くまで、アカウントが有効にならないことがよくあります。見つからなければ、迷惑メールフォルダも見てください（一般的なメールの注意です）。',
    },
    en: {
      title: 'Open the link in the verification e-mail',
      body: 'A new account gets a verification e-mail. Until its link is opened, the account often does not become active. If you cannot find it, check the spam folder too (general e-mail advice).',
    },
  },

  // ── Steps from AliExpress's help center ───────────────────────────────
  'step.check-typing': {
    source: 'help-center',
    ja: {
      title: 'メールアドレスとパスワードの入力を確かめる',
      body: 'AliExpress のヘルプセンターによると、ログインには登録したメールアドレス（または会員 ID）とパスワードを使います。パスワードは大文字と小文字が区別されるため、Caps Lock がオフか、余分なスペースが入っていないかを確かめてください。',
    },
    en: {
      title: 'Check the e-mail address and password you typed',
      body: 'According to AliExpress’s help center, you sign in with your registered e-mail address (or member ID) and password. The password is case-sensitive: check that Caps Lock is off and that no extra spaces slipped in.',
    },
  },
  'step.clear-cookies': {
    source: 'help-center',
    ja: {
      title: 'Cookie を削除するか、ブラウザを替えて試す',
      body: 'AliExpress のヘルプセンターによると、ログインに何度も失敗するときは、ブラウザの Cookie（クッキー）を削除するか、別のブラウザで試すとよいそうです。',
    },
    en: {
      title: 'Delete cookies or change the browser',
      body: 'According to AliExpress’s help center, when sign-in keeps failing, delete the browser’s cookies or change to another browser.',
    },
  },
  'step.check-inbox': {
    source: 'help-center',
    ja: {
      title: 'メールの受信箱を確かめる',
      body: 'AliExpress のヘルプセンターによると、アカウントについての大切なお知らせが、メールで届いていることがあります。受信箱を確かめてください。迷惑メールフォルダも見てください（ヘルプセンターの案内ではなく、一般的なメールの注意です）。',
    },
    en: {
      title: 'Check your e-mail inbox',
      body: 'According to AliExpress’s help center, important information about your account may have been sent to you by e-mail: check your inbox. Look in the spam folder too (general e-mail advice, not the help center’s).',
    },
  },

  // ── Support: getting help ─────────────────────────────────────────────
  'support.topics': {
    ja: {
      title: 'ヘルプセンターの項目別フォーム',
      body: '「登録とログイン」「アカウント設定」「評価」「通知」は、ヘルプセンターにそれぞれ専用の問い合わせフォームがあります。',
    },
    en: {
      title: 'Help-center forms by topic',
      body: 'Registration and login, account settings, ratings (feedback) and notifications each have their own inquiry form in the help center.',
    },
  },
  'support.chat': {
    ja: {
      title: 'カスタマーサービスのチャット（英語）',
      body: '項目別のフォームがない相談は、カスタマーサービスのチャットでできます。ページ下部の「Chat Now」から開けます。日本語は使えないため、英語で書いてください。',
    },
    en: {
      title: 'Customer-service chat (English)',
      body: 'Anything without its own form goes through “Chat Now” at the bottom of the page, the customer-service chat. Japanese is not available: write in English.',
    },
  },
  'support.no-phone-screen': {
    ja: {
      title: '電話番号の入力画面が出ないとき',
      body: 'ロックを解除しようとしても電話番号の入力画面が出ない場合は、カスタマーサービスのチャットに問い合わせてください。ページ下部の「Help」の中に「Customer service」があります。',
    },
    en: {
      title: 'When the phone-number screen never appears',
      body: 'If unlocking never shows the phone-number input screen, contact the customer-service chat: at the bottom of the page, under “Help”, there is “Customer service”.',
    },
  },
  'support.appeal': {
    ja: {
      title: '「Account reactivation」から再開の申請をする',
      body: 'ロック画面に「Appeal for account reactivation」や「Account reactivation」のボタンが出ることがあります。そこから申請するときは、最近の注文の番号・日付・金額・使ったカードを手元に用意すると、本人だと示しやすいそうです（AliExpress ではなく、購入者のブログでの報告です）。',
    },
    en: {
      title: 'Appeal with “Account reactivation”',
      body: 'A lock screen can carry a button such as “Appeal for account reactivation”. Ownership is easier to prove with a recent order at hand: order number, date, amount and the card used (reported by shoppers, not by AliExpress).',
    },
  },
  'support.new-account-tradeoffs': {
    ja: {
      title: '新しいアカウントを作る前に',
      body: '新しいアカウントを作り直すこともできます。ただし、同じメールアドレスは再登録できません。同じ端末では断られることもあり、これまでの会員レベルも最初からになります。',
    },
    en: {
      title: 'Before making a new account',
      body: 'Starting over is possible, but the same e-mail cannot be registered again, the same device may still be refused, and your member level starts from zero.',
    },
  },

  'support.not-authorized': {
    source: 'help-center',
    ja: {
      title: '「not authorized to sign into this account」と出たら',
      body: 'AliExpress のヘルプセンターによると、「Sorry, you are not authorized to sign into this account」（このアカウントへのログインは許可されていません）と表示されたときは、カスタマーサービスへの問い合わせが案内されています。',
    },
    en: {
      title: 'When it says “not authorized to sign into this account”',
      body: 'According to AliExpress’s help center, the message “Sorry, you are not authorized to sign into this account” means you should contact customer service.',
    },
  },
  'support.retrieve-account': {
    source: 'help-center',
    ja: {
      title: 'どのアカウントか分からないときは、アカウントを探すページへ',
      body: 'AliExpress のヘルプセンターによると、どのメールアドレスや SNS でログインしていたかを忘れたときは、アカウントを探すページ（accounts.aliexpress.com/user/account/retrieve_account.htm）が使えます。1 年以内の買い物の支払日・金額・使ったカードを手がかりに、アカウントを探します。その期間に買い物がなければ、探す方法はありません。',
    },
    en: {
      title: 'Forgot which account you have? Use the account retrieval page',
      body: 'According to AliExpress’s help center, if you forgot the account itself (which e-mail address, which SNS login), the account retrieval page (accounts.aliexpress.com/user/account/retrieve_account.htm) can help. It links you to the account through a purchase made within the last year: its payment date, the amount and the card used. Without such a purchase there is no way to link them.',
    },
  },

  // ── Questions people ask ──────────────────────────────────────────────
  'faq.why-temporary-lock': {
    ja: {
      title: '「一時的にロック」とはどういうこと？',
      body: 'いつもと違う端末からのログインなど、不審に見える動きをシステムが見つけ、不正や乗っ取りを防ぐために自動でロックした、という意味です。',
    },
    en: {
      title: 'What does “temporarily locked” mean?',
      body: 'The system saw something it found suspicious, such as a login from a new device, and locked the account automatically to protect it from fraud and hijacking.',
    },
  },
  'faq.no-phone-screen': {
    ja: {
      title: '解除したいのに電話番号の画面が出ない',
      body: 'カスタマーサービスのチャットに問い合わせてください。ページ下部の「Help」→「Customer service」から開けます。',
    },
    en: {
      title: 'I want to unlock, but no phone-number screen appears',
      body: 'Contact the customer-service chat: at the bottom of the page, “Help” → “Customer service”.',
    },
  },
  'faq.is-it-locked': {
    ja: {
      title: '本当にロックされている？',
      body: '「locked」などのロックの表示が出ていれば、ロックされています。そうした表示がなく、ログインだけが失敗する場合は、まず、ブラウザが古くないか、AliExpress と相性が悪くないかを確かめてください。',
    },
    en: {
      title: 'Is my account really locked?',
      body: 'If a “locked” message is shown, it is. If login fails with no such message, suspect the browser first: an old or incompatible one.',
    },
  },
  'faq.stay-calm': {
    ja: {
      title: '落ち着いて、ひとつずつ確かめる',
      body: 'ロックされると不安になりますが、考えられることをひとつずつ確かめてください。そのうえで適切に対処すれば、多くの場合、アカウントは戻ってきます。',
    },
    en: {
      title: 'Stay calm and go step by step',
      body: 'A lock is alarming, but check the possibilities one at a time; with the right steps taken, in most cases the account comes back.',
    },
  },
} as const satisfies Record<string, KnowledgeEntry>;

export type KnowledgeId = keyof typeof KNOWLEDGE;
