// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { captchaVariantOf, type CaptchaFacts } from '../../../lib/detect/captcha';
import { classifyText } from '../../../lib/detect/classify';
import { ACCESS_DENIED, INTERCEPTION_WORDING } from '../../../lib/detect/rules/interception-rules';
import type { Kind } from '../../../lib/detect/kinds';
import { TEXT_RULES } from '../../../lib/detect/rules/banner-rules';
import { BannerTracker, type Banner } from '../../../lib/detect/tracker';
import { INTERCEPTION_CASES, MORE_LANGUAGES, SITE_LANGUAGES } from './interception-cases';

const facts = (f: Partial<CaptchaFacts>): CaptchaFacts => ({
  action: null, punishClass: null, slider: false, recaptcha: false, failedLine: false, text: '', ...f,
});

const ITEM_URL = 'https://ja.aliexpress.com/item/1005006123456789.html';
const PUNISH_URL = 'https://www.aliexpress.com/_____tmd_____/punish?x5secdata=xd1&x5step=2&action=captchacapslidev2';
const REAL_PUNISH_URL = 'https://www.aliexpress.us//item/1005008396073656.html/_____tmd_____/punish?x5secdata=xd2&x5step=1';

describe('interception wording, every site language', () => {
  it.each(INTERCEPTION_CASES.map((c) => [c.lang, c.source, c.text, c] as const))('%s (%s): %s', (_lang, _source, text, c) => {
    expect(classifyText(text)).toBe(c.makesBanner ? 'captcha' : null);
    // Words that say a variant say it over both defaults: the bare one and the slider address.
    expect(captchaVariantOf(facts({ text }))).toBe(c.variant ?? 'block');
    expect(captchaVariantOf(facts({ text, action: 'captchacapslidev2' }))).toBe(c.variant ?? 'slider');
  });

  it('covers every language the site serves, for every variant the bundle has a text for', () => {
    const langsOf = (pick: (c: (typeof INTERCEPTION_CASES)[number]) => boolean) =>
      new Set(INTERCEPTION_CASES.filter(pick).map((c) => c.lang));
    const everyLanguage = [...SITE_LANGUAGES, ...MORE_LANGUAGES];
    // The block page is translated for every site language (traffic line, title).
    expect(langsOf((c) => c.variant === null && c.makesBanner)).toEqual(new Set(everyLanguage));
    expect(langsOf((c) => c.variant === 'block' && !c.makesBanner)).toEqual(new Set(everyLanguage));
    expect(langsOf((c) => c.variant === 'busy')).toEqual(new Set(everyLanguage));
    // The slider's language pack: en, zh and ja, ko, es, pt, fr, de, ru (docs/ALIEXPRESS.md).
    expect(langsOf((c) => c.variant === 'slider')).toEqual(new Set(SITE_LANGUAGES));
    expect(langsOf((c) => c.variant === 'failed' && c.makesBanner)).toEqual(new Set(SITE_LANGUAGES));
  });

  it.each([
    '월 100GB 이상 트래픽 제공 요금제', // "more than 100 GB of traffic", not "abnormal traffic"
    'Oops, something went wrong. Please refresh the page.', // a generic error, not the widget's
    'Что-то пошло не так. Обновите страницу.', // the same without the widget's (error:…) code
    'Slide the cover to unlock the camera lens', // a product feature
    'Server status: busy hours 20:00–23:00',
  ])('near miss, no interception: %s', (text) => {
    expect(classifyText(text)).not.toBe('captcha');
  });

  it('writes every rule in the form the text is normalised to (NFC, lower case)', () => {
    const rules = [...Object.values(INTERCEPTION_WORDING).flat(), ...ACCESS_DENIED, ...Object.values(TEXT_RULES).flat()];
    for (const { lang, re } of rules) {
      const literal = re.source.replace(/\\[a-zA-Z]/g, '');
      expect(re.source.normalize('NFKC'), `${lang} ${re}`).toBe(re.source);
      expect(literal.toLowerCase(), `${lang} ${re}`).toBe(literal);
    }
  });
});

// Ordinary-page texts that mention these words, in places that are not messages.
const NEGATIVE_PAGES: readonly [string, string][] = [
  ['review', '<div class="list--itemReview--d9Z9Z5Z">Bought it to block unusual traffic on my home network. Works!</div>'],
  ['description', '<div class="description--origin-part--SsZJoGC"><p>Parental control: shows an access denied page for blocked sites; VPN and proxy support.</p></div>'],
  ['title', '<h1 data-pl="product-title">Smart Door Lock Slide to Verify Fingerprint Keypad</h1>'],
  ['help', '<article class="help-article"><p>If the page says the system is busy, wait a few minutes and try again.</p></article>'],
  ['help', '<article class="help-article"><h2>Why do I see “unusual traffic from your network”?</h2><p>Many requests came from one address.</p></article>'],
  ['review', '<div class="list--itemReview--d9Z9Z5Z">システムが混み合っていて注文に時間がかかりましたが、商品は良かったです。</div>'],
  ['review', '<div class="list--itemReview--d9Z9Z5Z">El servidor está ocupado a veces, pero la app funciona.</div>'],
  ['spec', '<ul class="specification--list--GZuXzRX"><li><span>Mode: Access denied alarm / Slide to unlock</span></li></ul>'],
  ['review', "<div class=\"list--itemReview--d9Z9Z5Z\">Oops... something's wrong with the zipper. Please refresh and try again, seller said.</div>"],
];

let observer: MutationObserver | undefined;
afterEach(() => {
  observer?.disconnect();
  document.body.innerHTML = '';
});

function track(html: string, url: string) {
  document.body.innerHTML = html;
  const tracker = new BannerTracker(
    { isShown: (el) => el.isConnected && !el.closest('[hidden]'), render: () => {} },
    document,
  );
  tracker.scanDocument(url);
  observer = new MutationObserver((records) => tracker.processMutations(records));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
  const captcha = (): Banner | undefined => tracker.banners.get('captcha');
  const kinds = (): Kind[] => [...tracker.banners.keys()];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { tracker, captcha, kinds, settle };
}

const PRODUCT = '<main><h1 data-pl="product-title">Wireless Earbuds</h1><div class="price">US $12.99</div></main>';

/** The bundle's skeleton (docs/ALIEXPRESS.md), of one variant, with its message line. */
function punishMarkup(variant: 'captcha' | 'deny' | 'wait', message: string, extra = ''): string {
  return `<div id="baxia-punish" class="baxia-punish ${variant} pc"><div id="J_Header"></div><div class="bannar">
    <div class="captcha-tips"><div class="warnning-text">${message}</div>${extra}
    <form id="nc-verify-form" action="" method="get"><input type="hidden" name="nc_token"><input type="hidden" name="x5secdata"><input type="hidden" name="x5step"></form>
    </div></div></div>`;
}

const SLIDER = `<div id="nocaptcha" class="nc-container"><div id="nc_1_wrapper"><div id="nc_1_n1t" class="nc_scale">
  <span id="nc_1_n1z" class="btn_slide"></span><div class="nc-lang-cnt">请按住滑块，拖动到最右边</div></div></div></div>
  <p class="p-uuid-tips">Feedback ID: 1a2b3c <a href="#">Click to feedback &gt;</a></p>`;

describe('the bundle rendered in place of any page', () => {
  it.each([
    ['deny', 'We have detected unusual traffic from your network, please try again later.', '', 'block'],
    ['deny', 'We have detected abnormal network request. Please check whether it is hijacked by proxy or VPN.', '', 'block'],
    ['wait', 'The server is busy, please try again later', '', 'busy'],
    ['captcha', 'Sorry, we have detected unusual traffic from your network.', SLIDER, 'slider'],
    // Markup without readable words (the wording failed to load): the class still tells.
    ['deny', '', '', 'block'],
    ['wait', '', '', 'busy'],
  ] as const)('%s: %s', (variant, message, extra, expected) => {
    const h = track(PRODUCT + punishMarkup(variant, message, extra), ITEM_URL);
    expect(h.kinds()).toEqual(['captcha']);
    expect(h.captcha()).toMatchObject({ wholePage: false, captchaVariant: expected });
    expect(h.captcha()!.anchor.id).toBe('baxia-punish');
  });

  it('when the bundle appends it to the body later, on an item page', async () => {
    const h = track(PRODUCT, ITEM_URL);
    expect(h.kinds()).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', punishMarkup('deny', 'Unusual traffic detected, please try again later'));
    await h.settle();
    expect(h.captcha()?.captchaVariant).toBe('block');
  });

  it('when the deny page turns into the slider in place (class change)', async () => {
    const h = track(PRODUCT + punishMarkup('deny', 'Sorry, we have detected unusual traffic from your network.'), ITEM_URL);
    expect(h.captcha()?.captchaVariant).toBe('block');
    const root = document.getElementById('baxia-punish')!;
    root.classList.replace('deny', 'captcha');
    await h.settle();
    expect(h.captcha()?.captchaVariant).toBe('slider');
  });

  it('a failed slide: the widget writes its error line', async () => {
    const h = track(PRODUCT + punishMarkup('captcha', 'Sorry, we have detected unusual traffic from your network.', SLIDER), ITEM_URL);
    expect(h.captcha()?.captchaVariant).toBe('slider');
    const line = document.createElement('div');
    line.className = 'errloading';
    line.textContent = "Oops... something's wrong. Please refresh and try again.(error:6T0DWd)";
    document.getElementById('nc_1_wrapper')!.append(line);
    await h.settle();
    expect(h.captcha()?.captchaVariant).toBe('failed');
  });

  it('a failed slide in the widget of another language: the error line decides, whatever it says', () => {
    const failed = SLIDER.replace('</div></div></div>', '</div><div class="errloading">Hata oluştu (error:6T0DWd)</div></div></div>');
    const h = track(PRODUCT + punishMarkup('captcha', 'Ağınızdan olağan dışı trafik algıladık.', failed), ITEM_URL);
    expect(h.captcha()?.captchaVariant).toBe('failed');
  });

  it('the message line alone, without the root, on an ordinary page (wording in a message container)', () => {
    for (const c of INTERCEPTION_CASES) {
      document.body.innerHTML = '';
      const h = track(`${PRODUCT}<div class="captcha-tips"><div class="warnning-text">${c.text}</div></div>`, ITEM_URL);
      expect(h.kinds(), c.text).toEqual(c.makesBanner ? ['captcha'] : []);
      if (c.makesBanner) expect(h.captcha()!.captchaVariant, c.text).toBe(c.variant ?? 'block');
      observer?.disconnect();
    }
  });

  it('the same pages in a frame: the tracker of the frame sees them like the top', () => {
    const h = track(`<div id="mini-login-body">${punishMarkup('wait', '亲，网络拥堵，请稍后重试')}</div>`,
      'https://passport.aliexpress.com/mini_login.htm?appName=aebuyer&lang=zh_CN');
    expect(h.captcha()?.captchaVariant).toBe('busy');
  });
});

describe('the baxia dialog and framed punish pages', () => {
  it('the dialog with its empty #baxia-nc-container (the slider is rendered into it later)', () => {
    const h = track(`${PRODUCT}<div class="baxia-dialog auto"><div class="baxia-dialog-mask"></div>
      <div class="baxia-dialog-content"><div id="baxia-nc-container"></div><span class="baxia-dialog-close">X</span></div></div>`, ITEM_URL);
    expect(h.captcha()).toMatchObject({ captchaVariant: 'slider' });
    expect(h.captcha()!.anchor.className).toBe('baxia-dialog auto');
  });

  it('the #baxia-nc-container alone, inside a login form', () => {
    const h = track(`<form class="fm-login"><div id="baxia-nc-container"></div></form>`, ITEM_URL);
    expect(h.captcha()?.captchaVariant).toBe('slider');
  });

  it('the dialog framing a reCAPTCHA punish page', () => {
    const h = track(`${PRODUCT}<div class="baxia-dialog auto"><div class="baxia-dialog-content"><iframe id="baxia-dialog-content"
      src="https://recom-acs.aliexpress.com/_____tmd_____/punish?x5secdata=a&amp;x5step=1&amp;action=captcharecaptcha"></iframe></div></div>`, ITEM_URL);
    expect(h.captcha()?.captchaVariant).toBe('recaptcha');
  });

  it('the middleware widget (an API answer carried RGV587_ERROR::SM): the slide check in a frame', () => {
    const h = track(`${PRODUCT}<div class="J_MIDDLEWARE_FRAME_WIDGET"><iframe src="about:blank"></iframe><a href="#">关闭</a></div>`, ITEM_URL);
    expect(h.captcha()).toMatchObject({ captchaVariant: 'slider' });
  });

  it('a punish page framed outside any known overlay', () => {
    const h = track(`${PRODUCT}<div class="x-modal-3pcZm"><iframe src="https://www.aliexpress.com/_____tmd_____/punish?x5secdata=a&amp;action=captchacapslidev2"></iframe></div>`, ITEM_URL);
    expect(h.captcha()).toMatchObject({ captchaVariant: 'slider', wholePage: false });
    expect(h.captcha()!.anchor.tagName).toBe('IFRAME');
  });
});

describe('punish addresses', () => {
  it.each([
    [PUNISH_URL, '<div id="app"></div>', 'slider'],
    [REAL_PUNISH_URL, '<div id="app"></div>', 'block'],
    [REAL_PUNISH_URL, '<script>var lang={busy:"System is busy"}</script>', 'block'],
    [REAL_PUNISH_URL, '<div class="wrapper"><h1>System is busy</h1></div>', 'busy'],
    ['https://www.aliexpress.com/_____tmd_____/punish?x5secdata=x&action=captcharecaptcha', '<div class="g-recaptcha"></div>', 'recaptcha'],
  ])('%s with %s', (url, html, variant) => {
    const h = track(html, url);
    expect(h.kinds()).toEqual(['captcha']);
    expect(h.captcha()?.captchaVariant).toBe(variant);
  });

  it('the block page at a punish address', () => {
    const h = track(punishMarkup('deny', 'Доступ запрещён. Мы обнаружили необычный трафик из вашей сети.'), REAL_PUNISH_URL);
    expect(h.captcha()).toMatchObject({ captchaVariant: 'block', wholePage: false });
  });

  it('the page after a pass is no interception', () => {
    const h = track('<div>ok</div>', 'https://www.aliexpress.com/_____tmd_____/page/third_validate_close_page');
    expect(h.kinds()).toEqual([]);
  });
});

describe('no panel for ordinary text that mentions these words', () => {
  it.each(NEGATIVE_PAGES)('%s: %s', async (_spot, html) => {
    const h = track(`<main id="feed">${html}</main>`, ITEM_URL);
    expect(h.kinds()).toEqual([]);
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', html);
    await h.settle();
    expect(h.kinds()).toEqual([]);
  });

  it('nor for a hidden bundle template that was never shown', () => {
    const h = track(`${PRODUCT}<div hidden>${punishMarkup('deny', 'Access denied')}</div>`, ITEM_URL);
    expect(h.kinds()).toEqual([]);
  });
});
