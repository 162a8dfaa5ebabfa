// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { captchaFactsOf, captchaVariantOf, punishActionOf, type CaptchaFacts } from '../../../lib/detect/captcha';
import type { Kind } from '../../../lib/detect/kinds';
import { BannerTracker, type Banner } from '../../../lib/detect/tracker';

const facts = (f: Partial<CaptchaFacts>): CaptchaFacts => ({
  action: null, punishClass: null, slider: false, recaptcha: false, failedLine: false, text: '', ...f,
});

describe('captchaVariantOf: the decision', () => {
  it.each([
    [{ slider: true, text: 'Sorry, we have detected unusual traffic from your network.' }, 'slider'],
    [{ punishClass: 'captcha' }, 'slider'],
    [{ action: 'captchacapslidev2' }, 'slider'],
    [{ text: 'Please slide to verify' }, 'slider'],
    [{ punishClass: 'deny', text: 'We have detected unusual traffic from your network, please try again later.' }, 'block'],
    [{ text: 'We have detected abnormal network request. Please check whether it is hijacked by proxy or VPN.' }, 'block'],
    [{ text: 'Access denied' }, 'block'],
    [{ punishClass: 'wait' }, 'busy'],
    [{ text: 'System is busy. The server is busy, please try again later' }, 'busy'],
    [{ text: '亲，网络拥堵 请稍后重试' }, 'busy'],
    [{ slider: true, failedLine: true }, 'failed'],
    [{ slider: true, text: "Oops... something's wrong. Please refresh and try again.(error:6T0DWd)" }, 'failed'],
    [{ slider: true, text: 'Net Err. Please refresh, or feedback' }, 'failed'],
    [{ slider: true, text: '验证失败，点击框体重试' }, 'failed'],
    [{ action: 'captcharecaptcha' }, 'recaptcha'],
    [{ recaptcha: true, text: 'Sorry, we have detected unusual traffic from your network.' }, 'recaptcha'],
    // Nothing but "unusual traffic": no slider tip where there may be no slider.
    [{ text: 'Sorry, we have detected unusual traffic from your network.' }, 'block'],
    [{}, 'block'],
  ] as const)('%j → %s', (f, variant) => {
    expect(captchaVariantOf(facts(f))).toBe(variant);
  });

  it('lets the bundle class beat wording, and a failure beat the class', () => {
    expect(captchaVariantOf(facts({ punishClass: 'wait', text: 'Access denied' }))).toBe('busy');
    expect(captchaVariantOf(facts({ punishClass: 'deny', slider: true }))).toBe('block');
    expect(captchaVariantOf(facts({ punishClass: 'captcha', failedLine: true }))).toBe('failed');
    expect(captchaVariantOf(facts({ action: 'captcharecaptcha', punishClass: 'captcha' }))).toBe('recaptcha');
  });
});

describe('punishActionOf', () => {
  it.each([
    ['https://www.aliexpress.com/_____tmd_____/punish?x5secdata=a&x5step=2&action=captchacapslidev2', 'captchacapslidev2'],
    ['https://www.aliexpress.us//item/1005008396073656.html/_____tmd_____/punish?x5secdata=a&x5step=1', ''],
    ['https://www.aliexpress.com/_____tmd_____/page/third_validate_close_page', null],
    ['https://www.aliexpress.com/item/1.html?action=captcharecaptcha', null],
    ['not a url', null],
  ])('%s → %j', (url, action) => {
    expect(punishActionOf(url)).toBe(action);
  });
});

const ITEM_URL = 'https://www.aliexpress.com/item/1005006123456789.html';

function dom(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('captchaFactsOf: reading the markup', () => {
  it('reads the bundle class, the slider and the message', () => {
    const root = dom(`<div id="baxia-punish" class="baxia-punish captcha pc"><div class="captcha-tips">
      <div class="warnning-text">Sorry, we have detected unusual traffic from your network.</div>
      <div id="nocaptcha" class="nc-container"><span id="nc_1_n1z" class="btn_slide"></span></div></div></div>`);
    expect(captchaFactsOf(root, ITEM_URL)).toMatchObject({ punishClass: 'captcha', slider: true, recaptcha: false, failedLine: false, action: null });
    expect(captchaFactsOf(root, ITEM_URL).text).toContain('unusual traffic');
  });

  it('takes the action from a punish page in a frame', () => {
    const root = dom(`<div class="baxia-dialog"><iframe id="baxia-dialog-content"
      src="https://recom-acs.aliexpress.com/_____tmd_____/punish?x5secdata=abc&amp;action=captcharecaptcha"></iframe></div>`);
    expect(captchaFactsOf(root, ITEM_URL).action).toBe('captcharecaptcha');
    expect(captchaVariantOf(captchaFactsOf(root, ITEM_URL))).toBe('recaptcha');
  });

  it('sees a failure line only when it holds text', () => {
    const root = dom(`<div id="nocaptcha"><div class="errloading"></div></div>`);
    expect(captchaFactsOf(root, ITEM_URL).failedLine).toBe(false);
    root.querySelector('.errloading')!.textContent = "Oops... something's wrong. Please refresh and try again.(error:6T0DWd)";
    expect(captchaFactsOf(root, ITEM_URL).failedLine).toBe(true);
  });

  it('never reads the translation table in a script', () => {
    const root = dom(`<div id="baxia-punish" class="baxia-punish"><script>var t = { busy: "System is busy" };</script>
      <div class="warnning-text">Unusual traffic detected, please try again later</div></div>`);
    expect(captchaFactsOf(root, ITEM_URL).text).not.toContain('busy');
    expect(captchaVariantOf(captchaFactsOf(root, ITEM_URL))).toBe('block');
  });
});

describe('the tracker sets captchaVariant on every captcha banner', () => {
  function bannersOf(html: string, url: string): ReadonlyMap<Kind, Banner> {
    document.body.innerHTML = html;
    const tracker = new BannerTracker({ isShown: (el) => el.isConnected, render: () => {} }, document);
    tracker.scanDocument(url);
    return tracker.banners;
  }

  it.each([
    ['<div id="baxia-punish" class="baxia-punish deny pc"><div class="warnning-text">Access denied</div></div>', ITEM_URL, 'block'],
    ['<div id="baxia-punish" class="baxia-punish wait pc"><div class="warnning-text">System is busy</div></div>', ITEM_URL, 'busy'],
    ['<div id="nocaptcha" class="nc-container"><span id="nc_1_n1z"></span></div>', ITEM_URL, 'slider'],
    ['<div role="alert">We have detected abnormal network request. Please check whether it is hijacked by proxy or VPN.</div>', ITEM_URL, 'block'],
    ['<div id="app"></div>', 'https://www.aliexpress.com/_____tmd_____/punish?x5secdata=x&action=captcharecaptcha', 'recaptcha'],
    ['<div id="app"></div>', 'https://www.aliexpress.com/_____tmd_____/punish?x5secdata=x&action=captchacapslidev2', 'slider'],
  ])('%s at %s → %s', (html, url, variant) => {
    expect(bannersOf(html, url).get('captcha')?.captchaVariant).toBe(variant);
  });

  it('leaves other kinds without a variant', () => {
    const banners = bannersOf('<div role="alert">Your account has been locked</div>', ITEM_URL);
    expect(banners.get('locked')).toBeDefined();
    expect(banners.get('locked')!.captchaVariant).toBeUndefined();
  });

  it('renders again when the variant changes on the same element', async () => {
    document.body.innerHTML = `<div id="nocaptcha" class="nc-container"><span id="nc_1_n1z"></span><div class="nc-lang-cnt">Please slide to verify</div></div>`;
    const renders: (string | undefined)[] = [];
    const tracker = new BannerTracker({ isShown: (el) => el.isConnected, render: (b) => renders.push(b.get('captcha')?.captchaVariant) }, document);
    tracker.scanDocument(ITEM_URL);
    const observer = new MutationObserver((records) => tracker.processMutations(records));
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const line = document.createElement('div');
    line.className = 'errloading';
    line.textContent = "Oops... something's wrong. Please refresh and try again.(error:6T0DWd)";
    document.getElementById('nocaptcha')!.append(line);
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    expect(renders).toEqual(['slider', 'failed']);
  });
});
