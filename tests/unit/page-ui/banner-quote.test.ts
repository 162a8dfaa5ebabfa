// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bannerQuote, QUOTE_LIMIT } from '../../../lib/page-ui/banner-quote';
import type { Kind } from '../../../lib/detect/kinds';
import { BannerTracker, type Banner } from '../../../lib/detect/tracker';
import { isHiddenInBanner } from '../../../lib/detect/visibility';

const PRODUCT_URL = 'https://www.aliexpress.com/item/1005006123456789.html';
const LOGIN_URL = 'https://www.aliexpress.com/p/ug-login-page/login.html?returnUrl=%2F';

/** The banners the detector finds in `html`, as the panel gets them (happy-dom has no layout: all shown). */
function bannersIn(html: string, url = PRODUCT_URL): ReadonlyMap<Kind, Banner> {
  document.body.innerHTML = html;
  const tracker = new BannerTracker({ isShown: () => true, render: () => {} }, document);
  tracker.scanDocument(url);
  return tracker.banners;
}

/** What the panel quotes for the banner of `kind`, the way panels.tsx asks for it. */
function quoteFor(html: string, kind: Kind, url?: string): string {
  const banner = bannersIn(html, url).get(kind);
  if (!banner) throw new Error(`no ${kind} banner`);
  return bannerQuote(banner.message ?? banner.anchor);
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('the quote is the banner’s own message', () => {
  it('on the saved lock modal: the message, not the dialog’s buttons', () => {
    const page = readFileSync(resolve(__dirname, '../../fixtures/pages/login-locked-modal.html'), 'utf8');
    const body = /<body>([\s\S]*)<\/body>/.exec(page)![1]!;
    expect(quoteFor(body, 'locked', LOGIN_URL)).toBe('Your account is temporarily unavailable. Please use a different account to log in');
  });

  it.each([
    [
      'a dialog whose own text holds a row of buttons',
      `<div class="comet-modal" role="dialog">Your account has been locked.
        <div class="comet-modal-footer"><button class="comet-btn">Appeal for account reactivation</button><button class="comet-btn">OK</button></div></div>`,
      'Your account has been locked.',
    ],
    [
      'links and spans that are buttons, inline in the message',
      `<div class="login-error">Your account has been suspended. <a class="comet-btn comet-btn-primary" href="#">Appeal for account reactivation</a>
        <span role="button">OK</span> <a role="button" href="#">Close</a></div>`,
      'Your account has been suspended.',
    ],
    [
      'an input’s label inside the message',
      '<div class="login-error">Your account has been locked. <label><input type="checkbox"> Remember me</label></div>',
      'Your account has been locked.',
    ],
    [
      'a nested form',
      '<div role="alert">Your account has been frozen. <form><label for="e">Email</label><input id="e"><p>Enter the e-mail of your account</p></form></div>',
      'Your account has been frozen.',
    ],
    [
      'a list of links',
      '<div class="error-tip">Your account is frozen.<ul><li><a href="/help">Help center</a></li><li><a href="/appeal">Appeal</a></li></ul></div>',
      'Your account is frozen.',
    ],
    [
      'hidden elements',
      `<div class="error">Your account has been locked<span hidden> (code 4012)</span><span style="display: none">debug</span>
        <span style="color:red;visibility:hidden">x</span><span aria-hidden="true">×</span></div>`,
      'Your account has been locked',
    ],
    [
      'scripts, styles, templates',
      `<div class="error">Your account has been locked<script>window._lang = { tooMany: 'Too many attempts' }</script>
        <style>.x::after { content: 'Wrong password' }</style><template>Your password is incorrect</template><noscript>Enable JavaScript</noscript></div>`,
      'Your account has been locked',
    ],
    [
      'our own hosts',
      '<div class="error">Your account has been locked<ali-lock-guide-hint data-hint="phone-format">+81 の形式</ali-lock-guide-hint><ali-lock-guide data-kind="locked">ロックの説明</ali-lock-guide></div>',
      'Your account has been locked',
    ],
    [
      'another dialog nested in it',
      `<div class="comet-modal" role="dialog">Your account has been locked. <span role="dialog">Cookie settings: accept all</span>
        <div role="dialog"><p>Your password is incorrect</p></div></div>`,
      'Your account has been locked.',
    ],
  ])('leaves out %s', (_name, html, quote) => {
    expect(quoteFor(html, 'locked')).toBe(quote);
  });

  it('keeps a link that is part of the sentence, and a message split across inline elements', () => {
    expect(quoteFor('<div class="error">Your <b>account</b> has been <span class="em">locked</span>. Please <a href="/help">contact us</a>.</div>', 'locked')).toBe(
      'Your account has been locked. Please contact us.',
    );
  });

  it('leaves out elements hidden by a style sheet, with the style check the page uses', () => {
    document.head.innerHTML = '<style>.later { display: none }</style>';
    document.body.innerHTML = '<div class="error" id="b">Your account has been locked<span class="later"> for 24 hours</span></div>';
    expect(bannerQuote(document.getElementById('b')!, isHiddenInBanner)).toBe('Your account has been locked');
  });

  it('still strips invisible and direction-changing characters, and is cut to its limit', () => {
    expect(quoteFor('<div class="error">Your acc\u200Bount has been \u202Elocked\u202C<button>OK</button></div>', 'locked')).toBe('Your account has been locked');
    const long = `Your account has been locked. ${'Please read the rules again. '.repeat(12)}`;
    const quote = quoteFor(`<div class="error">${long}<button>OK</button></div>`, 'locked');
    expect(quote).toHaveLength(QUOTE_LIMIT);
    expect(quote.endsWith('…')).toBe(true);
  });
});

describe('an interception quotes its message line, not the whole widget', () => {
  it('the block page written into an item page', () => {
    const html = `<div id="baxia-punish" class="baxia-punish deny pc">
      <div id="J_Header"><span>AliExpress</span></div>
      <div class="captcha-tips"><div class="warnning-text">We have detected unusual traffic from your network, please try again later.</div></div>
      <p class="p-uuid-tips">Feedback ID: 0b3a71e117326112 <a href="#">Click to feedback &gt;</a></p></div>`;
    expect(quoteFor(html, 'captcha')).toBe('We have detected unusual traffic from your network, please try again later.');
  });

  it('the slider dialog: its instruction, then the failure that replaced it', async () => {
    document.body.innerHTML = `<div class="baxia-dialog auto"><div class="baxia-dialog-content">
      <div id="nocaptcha" class="nc-container"><div id="nc_1_wrapper"><span class="nc-lang-cnt">请按住滑块，拖动到最右边</span></div>
      <div class="errloading"></div></div><div class="baxia-dialog-close">X</div></div></div>`;
    const renders: ReadonlyMap<Kind, Banner>[] = [];
    const tracker = new BannerTracker({ isShown: () => true, render: (b) => renders.push(b) }, document);
    tracker.scanDocument(PRODUCT_URL);
    const quoteNow = () => {
      const banner = tracker.banners.get('captcha')!;
      return bannerQuote(banner.message ?? banner.anchor);
    };
    expect(quoteNow()).toBe('请按住滑块，拖动到最右边');
    const observer = new MutationObserver((records) => tracker.processMutations(records));
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    document.querySelector('.errloading')!.textContent = "Oops... something's wrong. Please refresh and try again.";
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    expect(quoteNow()).toBe("Oops... something's wrong. Please refresh and try again.");
  });
});
