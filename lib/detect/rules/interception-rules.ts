import { byLanguage, type TextRule } from './text-rule';

/**
 * The anti-bot interception ("punish") of the site, as data: the markup its bundle renders
 * and the wording of each variant in every site language.
 *
 * Where each wording comes from is noted per line:
 * - "docs/ALIEXPRESS.md": seen on the real site or in public copies of its bundle (en, zh);
 * - "our translation": the bundle carries a translation per site language, but its table is
 *   not available to us; these are the natural sentences a site would use for the same
 *   message. Rules are written for the meaning (stem + key noun), not for one sentence, so
 *   a slightly different official phrasing still matches.
 *
 * Coverage (tests/unit/detect/interception-cases.ts holds a sentence per language and variant):
 * - "unusual traffic" (slider and block pages), "access denied" (block title), busy page:
 *   en, zh, ja, ko, es, fr, de, pt, ru, it, nl, pl, tr, ar, he, th, vi, id;
 * - abnormal-network / proxy-or-VPN line (older block page): en, zh, ja, ko, es, fr, de, pt,
 *   ru, it, nl, pl, tr;
 * - slide instruction and failed slide: the slider's own language pack, en, zh, ja, ko, es,
 *   pt, fr, de, ru (docs/ALIEXPRESS.md); other sites show it in one of these;
 * - reCAPTCHA label: en, ja (Google's widget shows it in its own frame).
 * The markup (#baxia-punish and its class, the slider, .errloading) is recognised in every
 * language, so wording is the second line on the bundle's own pages.
 *
 * Latin, Cyrillic, Arabic, Hebrew and Vietnamese rules run on the spaced form of the
 * normalised text, Japanese, Chinese, Korean and Thai ones on the compact form (no spaces).
 */

/** What an interception's words say about its variant (see captcha.ts). */
export type InterceptionWording = 'traffic' | 'slider' | 'block' | 'busy' | 'failed' | 'recaptcha';

export const INTERCEPTION_WORDING: Record<InterceptionWording, readonly TextRule[]> = {
  /**
   * "Unusual traffic from your network": the first line of the slider page AND of the block
   * page, so it says "interception" but not which one.
   */
  traffic: byLanguage({
    en: /unusual traffic|captcha interception/, // docs/ALIEXPRESS.md
    zh: /异常流量|验证码拦截/, // docs/ALIEXPRESS.md (title 验证码拦截)
    ja: /(?:異常な|通常とは?異なる|不審な)トラフィック/, // our translation
    ko: /(?:비정상.{0,2}|의심스러운)트래픽/, // our translation
    es: /tráfico (?:inusual|anómalo|anormal|sospechoso)/, // our translation
    fr: /trafic (?:inhabituel|anormal|suspect)/, // our translation
    de: /ungewöhnliche[nmrs]? (?:daten)?verkehr/, // our translation
    pt: /tráfego (?:incomum|anormal|invulgar|suspeito)/, // our translation
    ru: /(?:необычн|подозрительн|аномальн)\S* трафик/, // our translation
    it: /traffico (?:insolito|anomalo|sospetto)/, // our translation
    nl: /ongebruikelijk (?:netwerk)?verkeer/, // our translation
    pl: /(?:nietypowy|podejrzany) ruch/, // our translation
    tr: /(?:olağan ?dışı|alışılmadık|anormal|şüpheli) trafik/, // our translation
    ar: /حركة (?:مرور|بيانات) (?:غير (?:عادية|طبيعية|معتادة)|مشبوهة)/, // our translation
    he: /תעבורה (?:חריגה|חשודה|לא רגילה)/, // our translation
    th: /(?:การรับส่งข้อมูล|ทราฟฟิก|การเข้าชม)ที่ผิดปกติ/, // our translation
    vi: /lưu lượng (?:truy cập )?bất thường/, // our translation
    id: /lalu lintas (?:yang )?(?:tidak (?:biasa|wajar)|mencurigakan)/, // our translation
  }),
  /** The slide instruction of the slider (the captcha variant of the page, or the widget). */
  slider: byLanguage({
    en: /slide (?:to (?:verify|complete|unlock|the right)|the (?:bar|slider))|drag the slider/, // docs/ALIEXPRESS.md "Please slide to verify"
    // docs/ALIEXPRESS.md: 请按住滑块，拖动到最右边 / 亲，请拖动下方滑块完成验证 / 通过验证以确保正常访问 / 为保证您的正常访问请进行验证
    zh: /按住滑块|拖动到最右边|请拖动.{0,4}滑块|确保正常访问|保证您的正常访问/,
    ja: /スライド(?:して|で|させて|を).{0,10}(?:認証|確認|完了)|スライダーを|(?:右端|一番右)まで(?:スライド|ドラッグ)/, // our translation
    ko: /슬라이드(?:하여|해서|하세요|해)?.{0,6}(?:인증|확인)|밀어서(?:인증|확인)|슬라이더를.{0,10}(?:드래그|끌어|밀어)/, // our translation
    es: /desli[cz]\S* (?:para (?:verificar|continuar)|hacia la derecha)|arrastr\S* el (?:control )?deslizante/, // our translation (es, and pt "deslize")
    fr: /gliss\S* (?:le curseur )?(?:pour (?:vérifier|valider)|vers la droite)/, // our translation
    de: /zum (?:verifizieren|bestätigen) (?:schieben|ziehen)|(?:schieben|ziehen) sie den (?:schiebe)?regler/, // our translation
    pt: /arraste o (?:controle )?deslizante|deslize para (?:a direita|verificar)/, // our translation
    ru: /(?:передвиньте|перетащите|сдвиньте) ползунок|проведите (?:пальцем )?(?:для|чтобы) (?:проверки|подтверждения|подтвердить)/, // our translation
  }),
  /**
   * The block ("deny") page: the older "abnormal network request … proxy or VPN" wording.
   * (Its newer "unusual traffic …, please try again later" is `traffic`.)
   */
  block: byLanguage({
    en: /abnormal network requests?|hijacked by (?:a )?proxy or vpn/, // docs/ALIEXPRESS.md
    zh: /网络请求异常|异常的?网络请求/, // our translation
    ja: /異常なネットワーク(?:リクエスト|要求)|プロキシ(?:または|や|もしくは|か)vpn/, // our translation
    ko: /비정상적인네트워크요청|프록시(?:또는|나)vpn/, // our translation
    es: /solicitud de red (?:anómala|anormal)/, // our translation
    fr: /requête réseau anormale/, // our translation
    de: /(?:ungewöhnliche|abnormale|anormale) netzwerkanfrage/, // our translation
    pt: /(?:solicitação|pedido) de rede anormal/, // our translation
    ru: /аномальн\S* сетев\S* запрос/, // our translation
    it: /richiesta di rete anomala/, // our translation
    nl: /abnormaal netwerkverzoek/, // our translation
    pl: /nieprawidłowe żądanie sieciowe/, // our translation
    tr: /anormal (?:bir )?ağ isteği/, // our translation
  }),
  /** The busy ("wait") page. */
  busy: byLanguage({
    en: /\b(?:system|server) is (?:too |currently )?busy/, // docs/ALIEXPRESS.md
    zh: /网络拥堵|系统繁忙|服务器繁忙/, // docs/ALIEXPRESS.md 亲，网络拥堵; our translation for 系统繁忙 / 服务器繁忙
    ja: /(?:システム|サーバー?|ネットワーク)(?:が|は)?(?:混雑|混み合って|ビジー)/, // our translation
    ko: /(?:시스템|서버|네트워크)(?:이|가)?(?:혼잡|바쁩니다|사용량이많)/, // our translation
    es: /(?:sistema|servidor) está (?:ocupado|saturado|sobrecargado|sobrecarregado)/, // our translation (es and pt)
    fr: /(?:système|serveur) est (?:occupé|surchargé|saturé)/, // our translation
    de: /(?:system|server) ist (?:gerade |derzeit )?(?:ausgelastet|überlastet|beschäftigt)/, // our translation
    ru: /(?:система|сервер) (?:перегружен|занят)/, // our translation
    it: /(?:sistema|server) è (?:occupato|sovraccarico)/, // our translation
    nl: /(?:systeem|server) is (?:bezet|overbelast)/, // our translation
    pl: /(?:system|serwer) jest (?:przeciążony|zajęty)/, // our translation
    tr: /(?:sistem|sunucu) (?:meşgul|çok yoğun)/, // our translation
    ar: /(?:النظام|الخادم) مشغول/, // our translation
    he: /(?:המערכת|השרת) (?:עמוס|עסוק)/, // our translation
    th: /(?:ระบบ|เซิร์ฟเวอร์)ไม่ว่าง/, // our translation
    vi: /(?:hệ thống|máy chủ) (?:đang )?(?:bận|quá tải)/, // our translation
    id: /(?:sistem|server) (?:sedang )?sibuk/, // our translation
  }),
  /**
   * A slide that failed, or a widget that could not load. Generic sentences ("something went
   * wrong, refresh") also appear on ordinary error pages: outside an interception they
   * count only with the widget's "(error:CODE)" suffix (FAILED_SLIDE_CODE).
   */
  failed: byLanguage({
    // docs/ALIEXPRESS.md: "Oops... something's wrong. Please refresh and try again.", "Net Err. Please refresh, or feedback"
    en: /something'?s wrong\.? please refresh and try again|net err\.? please refresh/,
    // docs/ALIEXPRESS.md: 验证失败，点击框体重试 / 网络不给力，请点击框体重试 / 操作太快啦，请再试一次
    zh: /点击框体重试|网络不给力|操作太快啦/,
    ja: /(?:問題|エラー)が発生しました.{0,4}(?:ページを)?(?:更新|再読み込み)して|ネットワークエラー.{0,4}(?:ページを)?(?:更新|再読み込み)/, // our translation
    ko: /(?:문제|오류)가발생했습니다.{0,4}(?:페이지를)?새로고침/, // our translation
    es: /algo (?:salió|ha salido) mal.{0,6}(?:actualic|recargu)/, // our translation
    fr: /(?:un problème est survenu|une erreur (?:s'est produite|est survenue)).{0,12}(?:actualiser|rafraîchir|recharger)/, // our translation
    de: /etwas ist schief ?gelaufen.{0,12}(?:aktualisieren|neu laden)/, // our translation
    pt: /algo deu errado.{0,6}(?:atualize|recarregue)/, // our translation
    ru: /что-то пошло не так.{0,6}обновите/, // our translation
  }),
  /** reCAPTCHA's own checkbox label, in the languages Google ships it in (our rendering). */
  recaptcha: byLanguage({
    en: /i'?m not a robot|are you a robot/,
    ja: /ロボットでは(?:ありません|ない)/,
  }),
};

/**
 * The languages in which the failure wording counts only with the widget's error code:
 * the en and zh lines are the slider's own and say nothing else.
 */
const SPECIFIC_FAILURE_LANGS = new Set(['en', 'zh']);

/** The code the page appends to the failure line: "…try again.(error:6T0DWd)". docs/ALIEXPRESS.md */
export const FAILED_SLIDE_CODE = /\(error: ?[0-9a-z]{4,16}\)/;

/**
 * "Access denied", the block page's title (en, zh: docs/ALIEXPRESS.md; the others our translation).
 * Alone it says too little (a login error can say it too), so it only tells the variant of
 * a page already known to be an interception, and never makes one.
 */
export const ACCESS_DENIED: readonly TextRule[] = byLanguage({
  en: /access (?:is )?denied/, // docs/ALIEXPRESS.md
  zh: /访问被拒绝/, // docs/ALIEXPRESS.md 亲，访问被拒绝
  ja: /アクセス(?:が|は)?拒否/,
  ko: /(?:액세스|접근|접속)(?:이|가)?거부/,
  es: /acceso denegado/,
  fr: /accès refusé/,
  de: /zugriff verweigert/,
  pt: /acesso negado/,
  ru: /доступ (?:запрещ|закрыт)/,
  it: /accesso negato/,
  nl: /toegang geweigerd/,
  pl: /odmowa dostępu|dostęp (?:zabroniony|odmówiony)/,
  tr: /erişim (?:engellendi|reddedildi)/,
  ar: /(?:تم )?رفض الوصول/,
  he: /הגישה (?:נדחתה|נחסמה)/,
  th: /การเข้าถึงถูกปฏิเสธ|ปฏิเสธการเข้าถึง/,
  vi: /truy cập bị từ chối|từ chối truy cập/,
  id: /akses ditolak/,
});

/**
 * The wording that makes a text an interception (kind `captcha`) wherever it may be read:
 * everything above but the generic failure sentences, which need the widget's code.
 */
export const INTERCEPTION_TEXT_RULES: readonly TextRule[] = [
  ...INTERCEPTION_WORDING.traffic,
  ...INTERCEPTION_WORDING.slider,
  ...INTERCEPTION_WORDING.block,
  ...INTERCEPTION_WORDING.busy,
  ...INTERCEPTION_WORDING.recaptcha,
  ...INTERCEPTION_WORDING.failed.map((rule) =>
    SPECIFIC_FAILURE_LANGS.has(rule.lang)
      ? rule
      : { lang: rule.lang, re: new RegExp(`(?:${rule.re.source}).*${FAILED_SLIDE_CODE.source}`) },
  ),
];

/**
 * The bundle's markup. Elements that ARE an interception, whatever their text (the
 * wording comes from the server and is often Chinese), are CAPTCHA_SELECTORS in
 * banner-rules.ts, made of the ones below; these also tell the variant of one.
 */
/** The bundle's root: `div#baxia-punish.baxia-punish.{captcha|deny|wait}.pc`. docs/ALIEXPRESS.md */
export const PUNISH_ROOT = '#baxia-punish,.baxia-punish';
/** The variant classes of the root, as the bundle names them. */
export const PUNISH_VARIANT_CLASSES = ['captcha', 'deny', 'wait'] as const;

/** A slide widget, or a container the slider is rendered into: each is an interception by itself. */
export const SLIDER_ROOTS: readonly string[] = [
  '#nocaptcha', // the widget's root, `.nc-container`
  '.nc-container',
  '#nc_1_n1z', // the handle
  '#baxia-nc-container', // the dialog SDK's empty container, filled with the slider later
  // Overlays built to host the slide check in a frame (the baxia dialog, and the widget the
  // request library opens on RGV587_ERROR::SM). The frame's content is out of reach; its
  // address, when it has one, says reCAPTCHA instead (checked first).
  '.baxia-dialog',
  '.J_MIDDLEWARE_FRAME_WIDGET',
];

/** What tells that an interception is a slider: its roots, or the slider's own parts. */
export const SLIDER_SELECTORS: readonly string[] = [
  ...SLIDER_ROOTS,
  '.btn_slide',
  '.nc_scale', // the track
];

/** Google's widget, in the `captcharecaptcha` action of the punish page. */
export const RECAPTCHA_WIDGET = '.g-recaptcha';
/** A reCAPTCHA interception: the widget, or its frame inside another widget. */
export const RECAPTCHA_SELECTORS: readonly string[] = [
  RECAPTCHA_WIDGET,
  'iframe[src*=recaptcha]',
];

/** The slider's failure line: "Oops… something's wrong. …(error:6T0DWd)". docs/ALIEXPRESS.md */
export const FAILED_LINE = '.errloading';

/** Overlays whose content is a punish page in a frame: its address carries the action. */
export const FRAMED_PUNISH = 'iframe[src*=_____tmd_____]';

/** `action` values of the punish address. docs/ALIEXPRESS.md */
export const RECAPTCHA_ACTION = 'captcharecaptcha';
export const SLIDER_ACTION = /^captcha.*slide/; // captchacapslidev2
