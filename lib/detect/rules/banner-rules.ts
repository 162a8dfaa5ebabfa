import { FRAMED_PUNISH, INTERCEPTION_TEXT_RULES, PUNISH_ROOT, RECAPTCHA_WIDGET, SLIDER_ROOTS } from './interception-rules';
import type { Kind } from '../kinds';
import { anyOf, byLanguage, type TextRule } from './text-rule';

/**
 * The detector's knowledge of wording and structure, kept as data.
 *
 * Text rules are matched against normalised text (see normalize.ts): lower case, NFKC,
 * single spaces. Rules tagged ja/zh/ko/th run on the compact form (no spaces at all), so
 * they never need to allow for spacing; the others run on the spaced form (text-rule.ts).
 *
 * A rule describes a meaning (the account is locked), not a sentence: the site words each
 * message differently across versions and languages. Keep each rule narrow enough that
 * product titles, reviews and help articles do not match it; the page-context gate in
 * tracker.ts is the second line of defence, not the first.
 */

/**
 * Wordings whose kind is not the whole story: the panel gives them their own first step
 * (lib/detect/variants.ts reads them again when it shows the panel).
 *
 * "Sorry, you are not authorized to sign into this account" (docs/ALIEXPRESS.md): the help center
 * says it means contacting customer service. Not when a text quotes it ("If you see “Sorry,
 * you are…”"): a help article does that, a banner does not.
 */
export const NOT_AUTHORIZED = /(?<!["“].{0,20})not authori[sz]ed to (?:sign|log) ?in(?:to)? (?:this|your) account/;
/** No such account: the user may not know which account they have. */
export const ACCOUNT_NOT_FOUND = {
  en: /(?:account|user|email address) (?:does not|doesn't|did not|not) (?:exist|found)|no account (?:found|exists|is associated)|account not found|not a registered (?:account|email)/,
  ja: /(?:アカウント|ユーザー|メールアドレス).{0,6}(?:見つかりません|存在しません|登録されていません)/,
  zh: /[账帐]号不存在/,
};
/**
 * A checkout stopped for review (docs/ALIEXPRESS.md, reported 2018): the process "can not be
 * continued" for security reasons, documents asked for through "My Appeal". A verification:
 * the order goes on once the user has proved who they are.
 */
export const CHECKOUT_HOLD = /(?=.*security).*can ?not be continued/; // the two in either order
/**
 * The same meaning in the checkout's other languages, for telling a verification that is a
 * hold (the panel UI only: on every page the structure below finds these, not the words).
 */
export const CHECKOUT_HOLD_TRANSLATED = {
  // セキュリティ上の理由により、この手続きを続行できません / 続けることが… / 完了できませんでした
  ja: /(?:セキュリティ|安全)上の理由.{0,30}(?:続行|継続|続け|完了)(?:すること|ること)?が?(?:でき|られ)ません/,
  // 出于安全原因，此流程无法继续
  zh: /安全.{0,12}(?:无法|不能)继续/,
  // по соображениям безопасности этот процесс не может быть продолжен
  ru: /(?=.*безопасност).*(?:не может быть продолжен|невозможно продолжить)/,
};
/**
 * The hold by its structure, in any language (the checkout is often half translated): on the
 * checkout (`/p/trade/confirm.html`), a line in a modal that links to the appeal page. The
 * link's address names the appeal whatever its text ("My Appeal", a translation).
 */
export const CHECKOUT_PAGE = /^[^?#]*\/p\/trade\/confirm\./; // not in a query (a login's return address)
export const APPEAL_LINK = 'a[href*=appeal]';

/**
 * The wording of each kind, by language: each language's patterns are one rule, one regex
 * whose alternatives (`|`) are the wordings (`anyOf` joins a shared pattern in), which
 * keeps the every-page script small.
 *
 * When one text matches several kinds, the first kind here wins (KIND_PRIORITY). Specific
 * situations come before general ones: "too many attempts, account locked" is about
 * waiting, "verification code is wrong" is about the SMS, not about verification.
 */
export const TEXT_RULES: Record<Kind, readonly TextRule[]> = {
  captcha: [
    // The anti-bot interception in every site language: interception-rules.ts.
    ...INTERCEPTION_TEXT_RULES,
    ...byLanguage({
      en: /(?:verify|confirm|prove) (?:that )?you(?:'re| are) (?:a )?human|complete the (?:security )?(?:puzzle|captcha)/,
      zh: /滑块|请拖动|人机验证/,
    }),
  ],
  deleted: byLanguage({
    en: /acc(?:oun)?t (?:has been |was |is )?(?:permanently )?(?:deleted|closed|terminated|removed|cancell?ed)|account (?:no longer exists|is no longer active)/,
    ja: /アカウント.{0,12}(?:削除|退会|閉鎖|解約)/,
    zh: /[账帐][号户].{0,6}已(?:注销|删除|关闭)/,
    ru: /(?:аккаунт|уч[её]тн\S* запис\S*) .{0,30}(?:удал|упраздн)[её]н/,
  }),
  'too-many-attempts': byLanguage({
    en: /too many (?:failed |incorrect |unsuccessful |login |sign-?in |password |verification )?(?:attempts|tries|requests|times|login attempts)|(?:exceeded|reached) (?:the )?(?:maximum|max|daily|allowed)? ?(?:number of )?(?:attempts|tries|limit|login attempts)|(?:attempt|retry|login) limit/,
    ja: /(?:試行|ログイン|入力|失敗|送信|認証)(?:の)?回数.{0,8}(?:上限|超え|多すぎ|超過)|(?:回数|試行|アクセス)が多すぎ/,
    zh: /(?:尝试|登录|操作)(?:次数)?(?:过多|过于频繁|太频繁)/,
    ko: /(?:시도|로그인)횟수.{0,8}(?:초과|너무많)|너무많은시도/,
  }),
  locked: byLanguage({
    // In order: "Your account has been (temporarily) locked / frozen / suspended / disabled",
    // but not what a settings page says would happen: "Once your account is deactivated, …";
    // "We have temporarily locked your account"; the site's usual lock message: "Your account
    // is temporarily unavailable. Please use a different account"; a reactivation appeal.
    en: anyOf(/(?<!(?:once|if|when) your )acc(?:oun)?t (?:has been |have been |is |was |got |is being )?(?:temporarily |permanently |currently )?(?:locked|frozen|suspended|disabled|blocked|deactivated)|\b(?:locked|froze|frozen|suspended|disabled|blocked) (?:your|this) account|acc(?:oun)?t (?:is |has been )?(?:temporarily |currently )?(?:unavailable|not available)|(?:appeal for )?account reactivation/, NOT_AUTHORIZED),
    // ロックされています / 凍結 / 利用停止 / 一時的にご利用いただけません / 使用不可
    ja: /アカウント.{0,15}(?:ロック|凍結|停止|無効|使用不可|利用不可|一時的に(?:ご)?(?:利用|使用)(?:でき|いただけ)(?:ません|ない))|(?:ロック|凍結|停止)(?:されました|されています|中です)|別のアカウントで(?:ログイン|サインイン)/,
    zh: /[账帐][号户].{0,8}(?:锁定|冻结|停用|暂时不可用|被封)/,
    // 계정이 잠겼습니다 / 일시적으로 정지 / 동결
    ko: /계정.{0,12}(?:잠금|잠겼|잠김|정지|동결|일시적으로사용할수없)/,
    es: /cuenta .{0,30}(?:bloquead|suspendid|congelad|desactivad|inhabilitad|temporalmente no disponible|no est[aá] disponible)/,
    fr: /compte .{0,30}(?:bloqué|verrouillé|suspendu|gelé|désactivé|temporairement indisponible)/,
    de: /(?:konto|account|benutzerkonto) .{0,30}(?:gesperrt|eingefroren|deaktiviert|suspendiert|vorübergehend nicht verfügbar)/,
    pt: /conta .{0,30}(?:bloquead|suspens|congelad|desativad|temporariamente indisponível)/,
    ru: /(?:аккаунт|уч[её]тн\S* запис\S*|профиль) .{0,30}(?:заблокирован|заморожен|приостановлен|временно недоступ|отключен)/,
  }),
  restricted: byLanguage({
    en: /acc(?:oun)?t (?:has been |is |was )?(?:temporarily )?(?:restricted|limited)|restrictions? (?:on|to|placed on) (?:your|this) account|(?:some|certain) (?:functions|features|services) (?:of your account )?(?:are|have been) (?:restricted|limited|disabled)/,
    ja: /アカウント.{0,12}制限|一部の機能.{0,12}(?:制限|ご?利用(?:でき|いただけ)ません)/,
    zh: /[账帐][号户].{0,6}受限|功能受限/,
  }),
  'sms-code': byLanguage({
    en: /(?:sms|verification|security|otp|phone|check|confirmation) code .{0,30}(?:incorrect|wrong|invalid|expired|not (?:received|valid|correct|match)|failed|error)|(?:incorrect|wrong|invalid|expired) (?:sms |verification |security |otp |confirmation )?code|\b(?:the|this|your) code (?:has |is )?(?:expired|invalid|incorrect|wrong)|(?:did|have)(?:n't| not) (?:receive|get) (?:the |a |your )?(?:sms|code|text message|verification code)|(?:failed|unable) to send (?:the |an? )?(?:sms|code|text message|verification code)|(?:invalid|incorrect|wrong) (?:phone|mobile) number|(?:phone|mobile) number (?:is )?(?:invalid|incorrect|not valid|format)/,
    ja: /(?:認証|確認|sms|ショートメッセージ|セキュリティ|ワンタイム)コード.{0,12}(?:間違|正しくありません|無効|期限|届|一致|誤り|失敗)|(?:電話|携帯)番号.{0,10}(?:正しくありません|無効|間違|形式|誤り)|(?:sms|ショートメッセージ).{0,8}(?:送信|届).{0,6}(?:でき|失敗|ません)/,
    zh: /验证码.{0,6}(?:错误|不正确|已过期|失效)|手机号码?.{0,6}(?:错误|无效|格式)/,
  }),
  'email-unverified': byLanguage({
    // \b before "activate your account": not "deactivate your account" (a settings page).
    en: /(?:email|e-mail)(?: address)? (?:is |has )?(?:not|has not been|hasn't been|not yet|un)(?: yet)? ?(?:verified|confirmed|activated)|(?:verify|confirm|activate) your (?:email|e-mail)|account (?:is |has )?not (?:yet |been )?(?:activated|verified)|\bactivate your account|unverified (?:email|e-mail|account)/,
    ja: /メール(?:アドレス)?.{0,10}(?:未認証|未確認|認証されていません|確認されていません|認証が完了していません)|(?:確認|認証)メール.{0,25}(?:リンク|クリック|開いて|確認して)|アカウント.{0,8}(?:有効化|アクティブ化|有効に)(?:されていません|してください|が完了していません)/,
    zh: /邮箱(?:未验证|未激活)|[账帐]号未激活/,
  }),
  'browser-unsupported': byLanguage({
    en: /browser(?: version)? (?:is )?(?:not supported|unsupported|too old|outdated|no longer supported|not compatible|isn't supported|is not compatible)|(?:update|upgrade) (?:your|to the latest) browser|(?:use|switch to) a (?:newer|different|supported|modern|compatible) browser|(?:unsupported|outdated|old) browser/,
    ja: /ブラウザ.{0,15}(?:サポートされていません|対応していません|非対応|古い|最新(?:版|バージョン)に(?:更新|アップデート))|(?:対応|推奨)していないブラウザ/,
    zh: /浏览器.{0,8}(?:不支持|版本过低|过旧)/,
  }),
  'wrong-credentials': byLanguage({
    // The second: "Your account name or password is incorrect." (also the older passport form's English line)
    en: anyOf(/(?:incorrect|wrong|invalid) (?:account|password|email|e-mail|username|user name|login|credentials|member id)|(?:account|email|e-mail|username|user name|member id|phone number)(?: name)? (?:or|and|\/) password (?:is |are |you entered is )?(?:incorrect|wrong|invalid|not (?:correct|match))|password (?:is |you entered is )?(?:incorrect|wrong|not correct)/, ACCOUNT_NOT_FOUND.en),
    ja: anyOf(/パスワード.{0,8}(?:間違|正しくありません|誤り|一致しません|違います|不正)/, ACCOUNT_NOT_FOUND.ja),
    // The older passport form says the password and the account name do not match:
    // 您输入的密码和账户名不匹配.
    zh: anyOf(/(?:[账帐]号|密码|用户名).{0,6}(?:错误|不正确)|(?:密码|账户名|会员名).{0,6}不匹配/, ACCOUNT_NOT_FOUND.zh),
  }),
  verification: byLanguage({
    // The second and third: a request, not a mention: "please verify your identity", "verify
    // your account to continue".
    en: anyOf(/(?:security|identity|account|additional|extra|2-step|two-step) verification (?:is )?(?:required|needed)|(?:please|need to|must|required to|have to|continue,?) (?:verify|confirm) (?:your identity|it'?s (?:really )?you|that it'?s you|your account)|(?:verify|confirm) (?:your identity|your account) (?:to|before) (?:continue|continuing|proceed|log ?in|sign ?in)|for (?:your )?(?:account'?s? )?security,? (?:please )?(?:verify|complete)|unusual (?:login|sign-?in) (?:activity|attempt|location)/, CHECKOUT_HOLD),
    ja: /(?:本人|身元|セキュリティ|安全)(?:確認|認証)(?:が必要|を(?:行|完了|お願い)|してください|のため)|(?:追加の)?認証が必要/,
    zh: /(?:身份|安全)验证/,
  }),
};

/** TEXT_RULES' kinds in the order they are tried: the first that matches wins. */
export const KIND_PRIORITY = Object.keys(TEXT_RULES) as Kind[];

/**
 * Elements that are captcha widgets by their structure alone, whatever their text
 * (the slider's wording comes from the server and is often Chinese).
 */
export const CAPTCHA_SELECTORS: readonly string[] = [
  // The anti-bot bundle's root, appended to <body> of whatever page is intercepted:
  // `div#baxia-punish.baxia-punish.{captcha|deny|wait}` (interception-rules.ts).
  PUNISH_ROOT,
  '#nc-verify-form', // the slider's hidden form (nc_token, x5secdata, x5step)
  FRAMED_PUNISH, // a punish page in a frame: its own script stays quiet, the frame's page explains it
  ...SLIDER_ROOTS, // the slide widget, its containers and the overlays that host it
  'iframe#baxia-dialog-content',
  RECAPTCHA_WIDGET, // the reCAPTCHA variant of the punish page
];

/**
 * Containers that a site shows a message in. On ordinary pages (product, search, cart)
 * only text inside one of these can be a banner: a review or a title that says
 * "my account was locked" is not one.
 */
const MESSAGE_CONTAINERS =
  // One string (terser joins the literals), not an array joined at run time: fewer bytes.
  '[role=alert],[role=alertdialog],[role=dialog],[aria-live=assertive],dialog,' +
  '.nfm-login-input-error-text,' + // login form error line
  // The design system's toast, modal and notification (comet-message, comet-modal-wrap…).
  '[class*=comet-message],[class*=comet-modal],[class*=comet-notification],' +
  '[class*="error" i],' + // hashed module classes keep a readable prefix: loginForm-error-3pcZm
  '[class*="toast" i],[class*="alert" i],[class*="warning" i],' +
  '[class*="login" i],' + // login popups and forms embedded in ordinary pages
  '.warnning-text,' + // (sic) the anti-bot bundle's message line
  '.errloading'; // the slider's failure line

/** Modal dialogs: they stay until answered (the panel goes inside), and a hold shows in one. */
export const MODAL = '[role=dialog],[role=alertdialog],dialog,[aria-modal=true],[class*="modal" i]';

/**
 * Text inside these is code or data, never something the user reads (the site ships its
 * own error strings in inline scripts and JSON blocks).
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA SVG svg HEAD'.split(' '));

/** The selector lists as one selector each, for `matches`, `closest` and `querySelectorAll`. */
export const CAPTCHA = CAPTCHA_SELECTORS.join(',');
export const BANNER_CONTAINER = `${MESSAGE_CONTAINERS},${CAPTCHA}`; // and every captcha widget

/**
 * Pages whose whole purpose is logging in, recovering an account or passing a check.
 * There, any short visible text can be the banner (their messages often sit in plain
 * hashed-class divs).
 */
export const AUTH_PAGE_RULES: readonly { host?: RegExp; path?: RegExp }[] = [
  { host: /^(?:login|passport|accounts)\.aliexpress\./ },
  { path: /\/ug-login-page\// },
  { path: /\/_____tmd_____\// }, // anti-bot punish pages
  { path: /\/(?:login|signin|register|mini_login)\.htm/ },
];

/** Anti-bot punish pages: the whole page is the banner. */
export const PUNISH_PATH = /\/_____tmd_____\/punish/;
