import type { CaptchaVariant } from '../../../lib/detect/captcha';

/** Where a wording comes from: the real site (ALIEXPRESS.md), or our own translation. */
export type WordingSource = 'ALIEXPRESS.md' | 'our translation';

export interface InterceptionCase {
  lang: string;
  text: string;
  /** The variant the words alone say (no markup, no address), or null when they do not say. */
  variant: CaptchaVariant | null;
  /** False for words that tell the variant of an interception but do not make one. */
  makesBanner: boolean;
  source: WordingSource;
}

const md = 'ALIEXPRESS.md' as const;
const ours = 'our translation' as const;

/**
 * The interception's lines in every site language, as the bundle shows them. The bundle's
 * own translation table is not available to us: apart from the lines in docs/ALIEXPRESS.md,
 * these are the natural sentences a site would use for the same message.
 */
export const INTERCEPTION_CASES: readonly InterceptionCase[] = [
  // "Unusual traffic": the first line of both the slider and the block page. Alone it does
  // not say which.
  { lang: 'en', variant: null, makesBanner: true, source: md, text: 'Sorry, we have detected unusual traffic from your network.' },
  { lang: 'en', variant: null, makesBanner: true, source: md, text: 'We have detected unusual traffic from your network, please try again later.' },
  { lang: 'en', variant: null, makesBanner: true, source: md, text: 'Unusual traffic detected, please try again later' },
  { lang: 'en', variant: null, makesBanner: true, source: md, text: 'Captcha Interception' },
  { lang: 'zh', variant: null, makesBanner: true, source: md, text: '验证码拦截' },
  { lang: 'zh', variant: null, makesBanner: true, source: ours, text: '抱歉，我们检测到您的网络存在异常流量，请稍后重试。' },
  { lang: 'ja', variant: null, makesBanner: true, source: ours, text: '申し訳ありません。お使いのネットワークから通常とは異なるトラフィックが検出されました。しばらくしてから再度お試しください。' },
  { lang: 'ko', variant: null, makesBanner: true, source: ours, text: '죄송합니다. 귀하의 네트워크에서 비정상적인 트래픽이 감지되었습니다. 잠시 후 다시 시도해 주세요.' },
  { lang: 'es', variant: null, makesBanner: true, source: ours, text: 'Lo sentimos, hemos detectado tráfico inusual en su red. Vuelva a intentarlo más tarde.' },
  { lang: 'fr', variant: null, makesBanner: true, source: ours, text: 'Désolé, nous avons détecté un trafic inhabituel provenant de votre réseau. Veuillez réessayer plus tard.' },
  { lang: 'de', variant: null, makesBanner: true, source: ours, text: 'Wir haben ungewöhnlichen Datenverkehr aus Ihrem Netzwerk festgestellt. Bitte versuchen Sie es später erneut.' },
  { lang: 'pt', variant: null, makesBanner: true, source: ours, text: 'Detectamos tráfego incomum na sua rede. Tente novamente mais tarde.' },
  { lang: 'ru', variant: null, makesBanner: true, source: ours, text: 'Мы обнаружили необычный трафик из вашей сети. Пожалуйста, повторите попытку позже.' },
  { lang: 'it', variant: null, makesBanner: true, source: ours, text: 'Abbiamo rilevato traffico insolito dalla tua rete. Riprova più tardi.' },
  { lang: 'nl', variant: null, makesBanner: true, source: ours, text: 'We hebben ongebruikelijk verkeer vanaf je netwerk gedetecteerd. Probeer het later opnieuw.' },
  { lang: 'pl', variant: null, makesBanner: true, source: ours, text: 'Wykryliśmy nietypowy ruch z Twojej sieci. Spróbuj ponownie później.' },
  { lang: 'tr', variant: null, makesBanner: true, source: ours, text: 'Ağınızdan olağan dışı trafik algıladık. Lütfen daha sonra tekrar deneyin.' },
  { lang: 'ar', variant: null, makesBanner: true, source: ours, text: 'لقد اكتشفنا حركة مرور غير عادية من شبكتك. يرجى المحاولة مرة أخرى لاحقًا.' },
  { lang: 'he', variant: null, makesBanner: true, source: ours, text: 'זיהינו תעבורה חריגה מהרשת שלך. נסה שוב מאוחר יותר.' },
  { lang: 'th', variant: null, makesBanner: true, source: ours, text: 'เราตรวจพบการรับส่งข้อมูลที่ผิดปกติจากเครือข่ายของคุณ โปรดลองอีกครั้งในภายหลัง' },
  { lang: 'vi', variant: null, makesBanner: true, source: ours, text: 'Chúng tôi đã phát hiện lưu lượng truy cập bất thường từ mạng của bạn. Vui lòng thử lại sau.' },
  { lang: 'id', variant: null, makesBanner: true, source: ours, text: 'Kami mendeteksi lalu lintas yang tidak biasa dari jaringan Anda. Silakan coba lagi nanti.' },

  // The block page's older line: abnormal network request, proxy or VPN.
  { lang: 'en', variant: 'block', makesBanner: true, source: md, text: 'We have detected abnormal network request. Please check whether it is hijacked by proxy or VPN.' },
    { lang: 'ja', variant: 'block', makesBanner: true, source: ours, text: '異常なネットワークリクエストが検出されました。プロキシまたはVPNによって乗っ取られていないかご確認ください。' },
  { lang: 'ko', variant: 'block', makesBanner: true, source: ours, text: '비정상적인 네트워크 요청이 감지되었습니다. 프록시 또는 VPN에 의해 하이재킹되었는지 확인하세요.' },
  { lang: 'es', variant: 'block', makesBanner: true, source: ours, text: 'Hemos detectado una solicitud de red anómala. Compruebe si un proxy o una VPN la ha interceptado.' },
  { lang: 'fr', variant: 'block', makesBanner: true, source: ours, text: "Nous avons détecté une requête réseau anormale. Veuillez vérifier qu'elle n'est pas détournée par un proxy ou un VPN." },
  { lang: 'de', variant: 'block', makesBanner: true, source: ours, text: 'Wir haben eine ungewöhnliche Netzwerkanfrage festgestellt. Bitte prüfen Sie, ob sie von einem Proxy oder VPN umgeleitet wird.' },
  { lang: 'pt', variant: 'block', makesBanner: true, source: ours, text: 'Detectamos uma solicitação de rede anormal. Verifique se ela foi sequestrada por um proxy ou VPN.' },
  { lang: 'ru', variant: 'block', makesBanner: true, source: ours, text: 'Обнаружен аномальный сетевой запрос. Проверьте, не перехвачен ли он прокси-сервером или VPN.' },
  { lang: 'it', variant: 'block', makesBanner: true, source: ours, text: 'Abbiamo rilevato una richiesta di rete anomala. Verifica che non sia stata dirottata da un proxy o da una VPN.' },
  { lang: 'nl', variant: 'block', makesBanner: true, source: ours, text: 'We hebben een abnormaal netwerkverzoek gedetecteerd. Controleer of het via een proxy of VPN is gekaapt.' },
  { lang: 'pl', variant: 'block', makesBanner: true, source: ours, text: 'Wykryliśmy nieprawidłowe żądanie sieciowe. Sprawdź, czy nie zostało przechwycone przez serwer proxy lub VPN.' },
  { lang: 'tr', variant: 'block', makesBanner: true, source: ours, text: 'Anormal bir ağ isteği algıladık. Lütfen bir proxy veya VPN tarafından ele geçirilip geçirilmediğini kontrol edin.' },

  // The block page's title. Alone it makes no banner (a login error can say it too).
  { lang: 'en', variant: 'block', makesBanner: false, source: md, text: 'Access denied' },
  { lang: 'zh', variant: 'block', makesBanner: false, source: md, text: '亲，访问被拒绝' },
  { lang: 'ja', variant: 'block', makesBanner: false, source: ours, text: 'アクセスが拒否されました' },
  { lang: 'ko', variant: 'block', makesBanner: false, source: ours, text: '액세스가 거부되었습니다' },
  { lang: 'es', variant: 'block', makesBanner: false, source: ours, text: 'Acceso denegado' },
  { lang: 'fr', variant: 'block', makesBanner: false, source: ours, text: 'Accès refusé' },
  { lang: 'de', variant: 'block', makesBanner: false, source: ours, text: 'Zugriff verweigert' },
  { lang: 'pt', variant: 'block', makesBanner: false, source: ours, text: 'Acesso negado' },
  { lang: 'ru', variant: 'block', makesBanner: false, source: ours, text: 'Доступ запрещён' },
  { lang: 'it', variant: 'block', makesBanner: false, source: ours, text: 'Accesso negato' },
  { lang: 'nl', variant: 'block', makesBanner: false, source: ours, text: 'Toegang geweigerd' },
  { lang: 'pl', variant: 'block', makesBanner: false, source: ours, text: 'Odmowa dostępu' },
  { lang: 'tr', variant: 'block', makesBanner: false, source: ours, text: 'Erişim engellendi' },
  { lang: 'ar', variant: 'block', makesBanner: false, source: ours, text: 'تم رفض الوصول' },
  { lang: 'he', variant: 'block', makesBanner: false, source: ours, text: 'הגישה נדחתה' },
  { lang: 'th', variant: 'block', makesBanner: false, source: ours, text: 'การเข้าถึงถูกปฏิเสธ' },
  { lang: 'vi', variant: 'block', makesBanner: false, source: ours, text: 'Truy cập bị từ chối' },
  { lang: 'id', variant: 'block', makesBanner: false, source: ours, text: 'Akses ditolak' },

  // The busy ("wait") page.
  { lang: 'en', variant: 'busy', makesBanner: true, source: md, text: 'System is busy' },
  { lang: 'en', variant: 'busy', makesBanner: true, source: md, text: 'The server is busy, please try again later' },
  { lang: 'zh', variant: 'busy', makesBanner: true, source: md, text: '亲，网络拥堵，请稍后重试' },
  { lang: 'zh', variant: 'busy', makesBanner: true, source: ours, text: '系统繁忙，请稍后再试' },
  { lang: 'ja', variant: 'busy', makesBanner: true, source: ours, text: 'システムが混み合っています。しばらくしてから再度お試しください。' },
  { lang: 'ko', variant: 'busy', makesBanner: true, source: ours, text: '시스템이 혼잡합니다. 잠시 후 다시 시도해 주세요.' },
  { lang: 'es', variant: 'busy', makesBanner: true, source: ours, text: 'El servidor está ocupado. Vuelva a intentarlo más tarde.' },
  { lang: 'fr', variant: 'busy', makesBanner: true, source: ours, text: 'Le serveur est occupé, veuillez réessayer plus tard.' },
  { lang: 'de', variant: 'busy', makesBanner: true, source: ours, text: 'Der Server ist ausgelastet. Bitte versuchen Sie es später erneut.' },
  { lang: 'pt', variant: 'busy', makesBanner: true, source: ours, text: 'O servidor está ocupado. Tente novamente mais tarde.' },
  { lang: 'ru', variant: 'busy', makesBanner: true, source: ours, text: 'Сервер перегружен. Пожалуйста, повторите попытку позже.' },
  { lang: 'it', variant: 'busy', makesBanner: true, source: ours, text: 'Il server è occupato. Riprova più tardi.' },
  { lang: 'nl', variant: 'busy', makesBanner: true, source: ours, text: 'De server is overbelast. Probeer het later opnieuw.' },
  { lang: 'pl', variant: 'busy', makesBanner: true, source: ours, text: 'Serwer jest przeciążony. Spróbuj ponownie później.' },
  { lang: 'tr', variant: 'busy', makesBanner: true, source: ours, text: 'Sunucu meşgul, lütfen daha sonra tekrar deneyin.' },
  { lang: 'ar', variant: 'busy', makesBanner: true, source: ours, text: 'الخادم مشغول، يرجى المحاولة مرة أخرى لاحقًا.' },
  { lang: 'he', variant: 'busy', makesBanner: true, source: ours, text: 'השרת עמוס, נסה שוב מאוחר יותר.' },
  { lang: 'th', variant: 'busy', makesBanner: true, source: ours, text: 'ระบบไม่ว่าง โปรดลองอีกครั้งในภายหลัง' },
  { lang: 'vi', variant: 'busy', makesBanner: true, source: ours, text: 'Hệ thống đang bận, vui lòng thử lại sau.' },
  { lang: 'id', variant: 'busy', makesBanner: true, source: ours, text: 'Sistem sedang sibuk, silakan coba lagi nanti.' },

  // The slide instruction (the slider's language pack: en, zh, ja, ko, es, pt, fr, de, ru).
  { lang: 'en', variant: 'slider', makesBanner: true, source: md, text: 'Please slide to verify' },
  { lang: 'zh', variant: 'slider', makesBanner: true, source: md, text: '请按住滑块，拖动到最右边' },
  { lang: 'zh', variant: 'slider', makesBanner: true, source: md, text: '亲，请拖动下方滑块完成验证' },
  { lang: 'zh', variant: 'slider', makesBanner: true, source: md, text: '通过验证以确保正常访问' },
  { lang: 'zh', variant: 'slider', makesBanner: true, source: md, text: '为保证您的正常访问请进行验证' },
  { lang: 'ja', variant: 'slider', makesBanner: true, source: ours, text: 'スライドして認証してください' },
  { lang: 'ja', variant: 'slider', makesBanner: true, source: ours, text: 'スライダーを右端までドラッグしてください' },
  { lang: 'ko', variant: 'slider', makesBanner: true, source: ours, text: '슬라이드하여 인증하세요' },
  { lang: 'es', variant: 'slider', makesBanner: true, source: ours, text: 'Deslice para verificar' },
  { lang: 'fr', variant: 'slider', makesBanner: true, source: ours, text: 'Faites glisser pour vérifier' },
  { lang: 'de', variant: 'slider', makesBanner: true, source: ours, text: 'Bitte ziehen Sie den Schieberegler nach rechts' },
  { lang: 'pt', variant: 'slider', makesBanner: true, source: ours, text: 'Deslize para verificar' },
  { lang: 'ru', variant: 'slider', makesBanner: true, source: ours, text: 'Передвиньте ползунок для проверки' },

  // A failed slide. The en and zh lines are the widget's own; the generic sentences of the
  // other languages make a banner only with the page's "(error:CODE)" suffix.
  { lang: 'en', variant: 'failed', makesBanner: true, source: md, text: "Oops... something's wrong. Please refresh and try again.(error:6T0DWd)" },
  { lang: 'en', variant: 'failed', makesBanner: true, source: md, text: 'Net Err. Please refresh, or feedback' },
  { lang: 'zh', variant: 'failed', makesBanner: true, source: md, text: '验证失败，点击框体重试' },
  { lang: 'zh', variant: 'failed', makesBanner: true, source: md, text: '网络不给力，请点击框体重试' },
  { lang: 'zh', variant: 'failed', makesBanner: true, source: md, text: '操作太快啦，请再试一次' },
  { lang: 'ja', variant: 'failed', makesBanner: true, source: ours, text: '問題が発生しました。ページを更新してもう一度お試しください。(error:6T0DWd)' },
  { lang: 'ko', variant: 'failed', makesBanner: true, source: ours, text: '문제가 발생했습니다. 페이지를 새로고침한 후 다시 시도해 주세요.(error:6T0DWd)' },
  { lang: 'es', variant: 'failed', makesBanner: true, source: ours, text: '¡Vaya! Algo salió mal. Actualice la página e inténtelo de nuevo.(error:6T0DWd)' },
  { lang: 'fr', variant: 'failed', makesBanner: true, source: ours, text: 'Oups... Un problème est survenu. Veuillez actualiser la page et réessayer.(error:6T0DWd)' },
  { lang: 'de', variant: 'failed', makesBanner: true, source: ours, text: 'Hoppla... Etwas ist schiefgelaufen. Bitte aktualisieren Sie die Seite und versuchen Sie es erneut.(error:6T0DWd)' },
  { lang: 'pt', variant: 'failed', makesBanner: true, source: ours, text: 'Ops... Algo deu errado. Atualize a página e tente novamente.(error:6T0DWd)' },
  { lang: 'ru', variant: 'failed', makesBanner: true, source: ours, text: 'Ой... Что-то пошло не так. Обновите страницу и попробуйте снова.(error:6T0DWd)' },
  { lang: 'ja', variant: 'failed', makesBanner: false, source: ours, text: '問題が発生しました。ページを更新してもう一度お試しください。' },
  { lang: 'de', variant: 'failed', makesBanner: false, source: ours, text: 'Etwas ist schiefgelaufen. Bitte aktualisieren Sie die Seite.' },
  { lang: 'ru', variant: 'failed', makesBanner: false, source: ours, text: 'Что-то пошло не так. Обновите страницу.' },

  // reCAPTCHA's checkbox label (it lives in Google's frame; a page rarely repeats it).
  { lang: 'en', variant: 'recaptcha', makesBanner: true, source: ours, text: "I'm not a robot" },
  { lang: 'ja', variant: 'recaptcha', makesBanner: true, source: ours, text: '私はロボットではありません' },
];

/** The languages each variant's wording must cover. */
export const SITE_LANGUAGES = ['en', 'ja', 'ko', 'zh', 'es', 'fr', 'de', 'pt', 'ru'] as const;
export const MORE_LANGUAGES = ['it', 'nl', 'pl', 'tr', 'ar', 'he', 'th', 'vi', 'id'] as const;
