// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { KINDS, type Kind } from '../../../lib/detect/kinds';
import { ACTIONS, actionText, type ActionId } from '../../../lib/explain/actions';
import { glossFor } from '../../../lib/explain/gloss';
import { guideFor, type CaptchaVariant, type PageFacts } from '../../../lib/explain/guide';
import { NO_PAGE_FACTS } from '../../../lib/explain/situation';
import { collectPageFacts } from '../../../lib/page-ui/page-facts';
import { BANNER_VARIANTS, type BannerVariant } from '../../../lib/detect/variants';
import { placeHint } from '../../../lib/page-ui/hint-placement';

const VARIANTS: (CaptchaVariant | undefined)[] = [undefined, 'slider', 'block', 'busy', 'failed', 'recaptcha'];
const MESSAGE_VARIANTS: (BannerVariant | undefined)[] = [undefined, ...BANNER_VARIANTS];

/** Every combination of what a page can offer. */
function* allPages(): Generator<PageFacts> {
  for (const captchaVariant of VARIANTS)
    for (const variant of MESSAGE_VARIANTS)
      for (const hasPhoneField of [false, true])
        for (const hasCodeField of [false, true])
          for (const hasAppealButton of [false, true]) yield { captchaVariant, variant, hasPhoneField, hasCodeField, hasAppealButton };
}

const page = (facts: Partial<PageFacts>): PageFacts => ({ ...NO_PAGE_FACTS, ...facts });

/** The page facts of a page whose banner says `message`, as the page reads them (page-facts.ts). */
function said(message: string, facts: Partial<PageFacts> = {}): PageFacts {
  document.body.innerHTML = '<p id="banner"></p>';
  return { ...collectPageFacts(document, 'https://login.aliexpress.com/', document.getElementById('banner')!, undefined, message), ...facts };
}

describe('what each panel shows first', () => {
  it.each<[string, Kind, Partial<PageFacts>, ActionId, ActionId[]]>([
    ['lock screen with its appeal button', 'locked', { hasAppealButton: true }, 'support.appeal', ['step.forgot-password', 'step.allow-sms', 'step.phone-format']],
    ['lock without an appeal button', 'locked', {}, 'step.forgot-password', ['step.allow-sms', 'step.phone-format', 'support.no-phone-screen']],
    ['anti-bot page of unknown shape', 'captcha', {}, 'page.complete-check', ['page.reload-retry', 'page.vpn-off']],
    ['restricted', 'restricted', {}, 'support.chat', ['support.topics']],
    ['deleted', 'deleted', {}, 'support.chat', []],
    ['verification asking for a phone number', 'verification', { hasPhoneField: true }, 'step.allow-sms', ['step.phone-format']],
    ['verification asking for a code', 'verification', { hasCodeField: true }, 'step.allow-sms', ['page.resend-code']],
    ['verification, other', 'verification', {}, 'page.follow-check', []],
    // The help center's order: typing, then a new password, then cookies or another browser.
    ['wrong password, e-mail login', 'wrong-credentials', {}, 'step.check-typing', ['step.forgot-password', 'step.clear-cookies']],
    ['wrong password, phone login', 'wrong-credentials', { hasPhoneField: true }, 'step.check-typing', ['step.forgot-password', 'step.clear-cookies', 'step.phone-format']],
    ['no such account', 'wrong-credentials', { variant: 'account-not-found' }, 'step.check-typing', ['support.retrieve-account', 'step.forgot-password']],
    ['not authorized to sign into this account', 'locked', { variant: 'not-authorized' }, 'support.not-authorized', []],
    ['not authorized, even with an appeal button', 'locked', { variant: 'not-authorized', hasAppealButton: true }, 'support.not-authorized', []],
    ['checkout stopped for review', 'verification', { variant: 'checkout-hold', hasAppealButton: true }, 'page.hold-appeal', ['page.hold-no-retry', 'support.chat']],
    ['too many attempts', 'too-many-attempts', {}, 'page.wait-login', ['step.check-typing', 'step.forgot-password']],
    ['sms code on a code page', 'sms-code', { hasCodeField: true }, 'step.allow-sms', ['page.resend-code', 'support.chat']],
    ['sms code with the number field', 'sms-code', { hasPhoneField: true }, 'step.allow-sms', ['page.resend-code', 'step.phone-format', 'support.chat']],
    ['unverified e-mail', 'email-unverified', {}, 'step.check-inbox', ['step.verify-email']],
    ['slider', 'captcha', { captchaVariant: 'slider' }, 'page.drag-slider', ['page.reload-retry', 'page.vpn-off']],
    ['reCAPTCHA', 'captcha', { captchaVariant: 'recaptcha' }, 'page.solve-recaptcha', ['page.reload-retry', 'page.vpn-off']],
    ['failed slide', 'captcha', { captchaVariant: 'failed' }, 'page.reload-slide', ['page.vpn-off', 'page.wait-retry']],
    ['block page', 'captcha', { captchaVariant: 'block' }, 'page.wait-retry', ['page.vpn-off', 'page.time-zone', 'page.slow-down']],
    ['busy page', 'captcha', { captchaVariant: 'busy' }, 'page.wait-retry', []],
    ['unsupported browser', 'browser-unsupported', {}, 'step.update-browser', ['step.other-browser']],
  ])('%s', (_name, kind, facts, now, steps) => {
    const guide = guideFor(kind, page(facts));
    expect(guide.now).toBe(now);
    expect(guide.steps).toEqual(steps);
  });

  it('reassures first on a lock, and puts the automatic-lock answer behind the questions', () => {
    const guide = guideFor('locked', page({ hasAppealButton: true }));
    // With the source's condition: the right steps taken (faq.stay-calm).
    expect(guide.note?.ja).toBe('適切に対処すれば、多くの場合は元に戻ります。');
    expect(guide.faq).toEqual(['faq.why-temporary-lock']);
    expect(guide.support).not.toContain('support.appeal');
    expect(guide.support).toContain('support.no-phone-screen');
  });

  it('explains a checkout hold: stopped for review, not a lock; no payment retried again and again', () => {
    const guide = guideFor('verification', page({ variant: 'checkout-hold' }));
    expect(guide.meaning.ja).toBe('続けるには本人確認が必要です');
    expect(guide.note?.ja).toBe('この注文の手続きは、安全上の理由で止められています。アカウントのロックではありません。');
    expect(guide.note?.en).toMatch(/not locked/);
    expect(ACTIONS[guide.now].ja.title).toMatch(/My Appeal.*書類/);
    expect(ACTIONS['page.hold-no-retry'].ja.detail).toMatch(/ことがあります/);
    // No lock causes under a hold, and the other verifications keep their head alone.
    expect(guide.causes).toEqual([]);
    expect(guideFor('verification', page({})).note).toBeUndefined();
  });

  it('sends "not authorized" to the chat, with the composer, and keeps its lock causes out', () => {
    const guide = guideFor('locked', page({ variant: 'not-authorized' }));
    expect(ACTIONS[guide.now].covers).toEqual(['support.not-authorized', 'support.chat']);
    expect((ACTIONS[guide.now].ja as { detail?: string }).detail).toMatch(/英文/);
    expect(guide.causes).toEqual([]);
    expect(guide.support).not.toContain('support.chat');
    // No lock's reassurance: the help center says "contact customer service", nothing more.
    expect(guide.note).toBeUndefined();
    expect(guide.noteCovers).toEqual([]);
    expect(guide.faq).toEqual([]);
  });

  it('says "not an account lock" on every anti-bot page, and never "drag the slider" where there is none', () => {
    for (const variant of ['block', 'busy', 'failed', 'recaptcha'] as const) {
      const guide = guideFor('captcha', page({ captchaVariant: variant }));
      expect(guide.note?.ja).toMatch(/ではありません/);
      expect([guide.now, ...guide.steps]).not.toContain('page.drag-slider');
    }
  });
});

describe("what the page's own message changes", () => {
  it("says the page's waiting time in 今すること, and 「しばらく」 only without one", () => {
    const cases: [string, string][] = [
      ['Too many failed attempts. Please try again in 30 minutes.', '30 分待ってから、もう一度ログインする'],
      ['Too many attempts. Try again after 24 hours.', '24 時間待ってから、もう一度ログインする'],
      ['尝试次数过多，请30分钟后再试', '30 分待ってから、もう一度ログインする'],
      ['Слишком много попыток. Повторите через 2 часа.', '2 時間待ってから、もう一度ログインする'],
      ['Too many failed attempts', 'しばらく待ってから、もう一度ログインする'],
    ];
    for (const [message, line] of cases) {
      const guide = guideFor('too-many-attempts', said(message));
      expect(actionText(guide.now, 'ja', guide.wait).title, message).toBe(line);
    }
    const busy = guideFor('captcha', said('The server is busy, please try again in 10 minutes', { captchaVariant: 'busy' }));
    expect(actionText(busy.now, 'ja', busy.wait).title).toBe('10 分待ってから、ページを一度だけ再読み込みする');
    expect(actionText(busy.now, 'en', busy.wait).title).toBe('Wait 10 minutes, then reload the page once');
  });

  it('warns what a new account costs when the site says to use another one, and says it once', () => {
    for (const message of ['Your account is temporarily unavailable. Please use a different account to log in', '別のアカウントでログインしてください']) {
      const guide = guideFor('locked', said(message, { hasAppealButton: true }));
      expect(guide.caution?.id).toBe('support.new-account-tradeoffs');
      expect(guide.caution?.line.ja).toMatch(/同じメールアドレスは再登録できず/);
      expect(guide.support).not.toContain('support.new-account-tradeoffs');
    }
    expect(guideFor('locked', said('Your account has been temporarily locked.')).caution).toBeUndefined();
  });

  it('puts the newest code first when the page says the code was wrong, the SMS block first when it never came', () => {
    expect(guideFor('sms-code', said('The verification code is incorrect. Please try again.', { hasCodeField: true })).now).toBe('page.resend-code');
    expect(guideFor('sms-code', said('Failed to send the SMS', { hasCodeField: true })).now).toBe('step.allow-sms');
  });

  it('sends a restriction to the chat with the order details at hand, and shows no lock causes for it', () => {
    const guide = guideFor('restricted');
    expect(guide.now).toBe('support.chat');
    expect(guide.nowWith).toBe('support.order-details');
    expect(guide.stepsAre).toBe('other-route');
    expect(guide.causes).toEqual([]);
  });

  it('shows lock causes under a lock only', () => {
    for (const kind of KINDS) if (kind !== 'locked') expect(guideFor(kind).causes, kind).toEqual([]);
    expect(guideFor('locked').causes.length).toBeGreaterThan(0);
  });
});

describe('every panel, on every page', () => {
  it('repeats nothing, shows at most three steps and offers nothing that cannot apply', () => {
    let checked = 0;
    for (const kind of KINDS) {
      for (const facts of allPages()) {
        const guide = guideFor(kind, facts);
        const label = `${kind} ${JSON.stringify(facts)}`;
        const actions = [guide.now, ...guide.steps];
        expect(new Set(actions).size, label).toBe(actions.length);
        expect(guide.steps.length, label).toBeLessThanOrEqual(3);
        const said = [...guide.noteCovers, ...actions.flatMap((id) => ACTIONS[id].covers), ...guide.causes, ...guide.support, ...guide.faq];
        expect(new Set(said).size, label).toBe(said.length);
        // The user is in a browser: advice for the app never appears on a page.
        expect(actions, label).not.toContain('step.try-browser');
        expect(said, label).not.toContain('step.try-browser');
        // "No phone-number screen" is about unlocking; a page that sent a code is past it.
        if (kind === 'sms-code' || kind === 'verification') expect(said, label).not.toContain('support.no-phone-screen');
        // The slider tip only where the interception is the slider.
        if (actions.includes('page.drag-slider')) expect(kind === 'captcha' && facts.captchaVariant === 'slider', label).toBe(true);
        // The appeal button is only named where the page shows it.
        if (guide.now === 'support.appeal') expect(facts.hasAppealButton, label).toBe(true);
        // The +81 step on a login page only where a phone number can be typed.
        if (kind === 'wrong-credentials' || kind === 'sms-code') {
          expect(actions.includes('step.phone-format'), label).toBe(facts.hasPhoneField);
        }
        checked++;
      }
    }
    expect(checked).toBe(KINDS.length * 6 * 4 * 8);
  });
});

describe('gloss of a banner in another language', () => {
  it.each([
    ['请按住滑块，拖动到最右边', 'captcha', 'スライダーを押さえたまま、右端までドラッグしてください。'],
    ['亲，请拖动下方滑块完成验证', 'captcha', '下のスライダーをドラッグして、確認を完了してください。'],
    ['Your account is temporarily unavailable. Please use a different account to log in', 'locked', 'このアカウントは一時的に利用できません。別のアカウントでログインしてください。'],
    ['Эта учетная запись была удалена. Пожалуйста, используйте другую учетную запись для входа', 'deleted', 'このアカウントは削除されました。別のアカウントでログインしてください。'],
    ['We have detected unusual traffic from your network, please try again later.', 'captcha', 'お使いのネットワークから通常と異なる通信が検出されました。しばらくしてからもう一度お試しください。'],
  ] as const)('%s', (quote, _kind, ja) => {
    expect(glossFor(quote, 'ja')).toBe(ja);
  });

  it('gives nothing where the translation would only repeat the headline', () => {
    expect(glossFor('Your account name or password is incorrect.', 'ja')).toBeNull();
    expect(glossFor('亲，访问被拒绝', 'ja')).toBeNull();
    expect(glossFor('验证失败', 'ja')).toBeNull();
    // A longer wording that says more is still translated.
    expect(glossFor('验证失败，点击框体重试', 'ja')).toBe('確認に失敗しました。枠をクリックして、もう一度お試しください。');
  });

  it('gives nothing for a wording it does not know, e.g. Korean: the headline above says what it means', () => {
    expect(glossFor('계정이 일시적으로 잠겼습니다', 'ja')).toBeNull();
    expect(glossFor('Your account has been temporarily locked. Please try again later.', 'ja')).toBeNull();
  });

  it('leaves a banner alone that is already in the reader’s language', () => {
    expect(glossFor('アカウントがロックされています', 'ja')).toBeNull();
    expect(glossFor('Your account is locked', 'en')).toBeNull();
    expect(glossFor('', 'ja')).toBeNull();
    expect(glossFor('请按住滑块，拖动到最右边', 'en')).toBe('Hold the slider and drag it to the far right.');
  });
});

describe('page facts', () => {
  it('finds the appeal button in the lock dialog, and the phone and code fields', () => {
    document.body.innerHTML = `
      <input id="fm-login-id" aria-label="Email or phone number">
      <input id="code" autocomplete="one-time-code">
      <div role="dialog"><p id="banner">Your account is temporarily unavailable.</p>
        <div><button>Appeal for account reactivation</button><button>OK</button></div></div>`;
    const facts = collectPageFacts(document, 'https://login.aliexpress.com/', document.getElementById('banner')!);
    expect(facts).toEqual({ captchaVariant: undefined, hasPhoneField: true, hasCodeField: true, hasAppealButton: true });
  });

  it.each<[string, string, string, Kind, BannerVariant | undefined]>([
    ['the checkout hold modal (structure: checkout, appeal link)', 'https://www.aliexpress.com/p/trade/confirm.html?objectId=1', `<div role="dialog"><p id="banner">Please verify your identity.</p><div><a href="#">My Appeal</a></div></div>`, 'verification', 'checkout-hold'],
    ['the checkout hold wording, anywhere', 'https://www.aliexpress.com/p/order/index.html', `<div role="dialog"><p id="banner">For security reasons, this process can not be continued.</p></div>`, 'verification', 'checkout-hold'],
    ['the checkout hold in Japanese (structure: a modal on the checkout, a link to the appeal page)', 'https://ja.aliexpress.com/p/trade/confirm.html?objectId=1', `<div class="comet-modal"><p id="banner">セキュリティ上の理由により、この手続きを続行できません。<a href="https://www.aliexpress.com/p/appeal/index.html">My Appeal</a> から書類をご提出ください。</p></div>`, 'verification', 'checkout-hold'],
    ['the checkout hold wording in Japanese, anywhere', 'https://ja.aliexpress.com/p/order/index.html', `<div role="dialog"><p id="banner">申し訳ございません。セキュリティ上の理由により、この手続きを続けることができません。</p></div>`, 'verification', 'checkout-hold'],
    ['the checkout hold wording in Chinese, anywhere', 'https://www.aliexpress.com/p/order/index.html', `<div role="dialog"><p id="banner">抱歉，出于安全原因，此流程无法继续。</p></div>`, 'verification', 'checkout-hold'],
    ['the checkout hold wording in Russian, anywhere', 'https://aliexpress.ru/p/order/index.html', `<div role="dialog"><p id="banner">По соображениям безопасности этот процесс не может быть продолжен.</p></div>`, 'verification', 'checkout-hold'],
    ['a verification on the checkout next to an appeal link, not in a modal', 'https://www.aliexpress.com/p/trade/confirm.html', `<div class="verify-tip"><p id="banner">Please verify your identity.</p><a href="https://www.aliexpress.com/p/appeal/index.html">My Appeal</a></div>`, 'verification', undefined],
    ['a verification in a modal linking to the appeal page, off the checkout', 'https://www.aliexpress.com/p/order/index.html', `<div role="dialog"><p id="banner">Please verify your identity.</p><a href="https://www.aliexpress.com/p/appeal/index.html">My Appeal</a></div>`, 'verification', undefined],
    ['a verification on the checkout without an appeal link', 'https://www.aliexpress.com/p/trade/confirm.html', `<div role="dialog"><p id="banner">Please verify your identity.</p><button>OK</button></div>`, 'verification', undefined],
    ['not authorized', 'https://login.aliexpress.com/', `<div><p id="banner">Sorry, you are not authorized to sign into this account</p></div>`, 'locked', 'not-authorized'],
    ['another lock', 'https://login.aliexpress.com/', `<div><p id="banner">Your account has been locked.</p></div>`, 'locked', undefined],
    ['no such account', 'https://login.aliexpress.com/', `<div><p id="banner">Account does not exist</p></div>`, 'wrong-credentials', 'account-not-found'],
    ['no such account, Japanese', 'https://login.aliexpress.com/', `<div><p id="banner">このメールアドレスは登録されていません</p></div>`, 'wrong-credentials', 'account-not-found'],
    ['a wrong password', 'https://login.aliexpress.com/', `<div><p id="banner">您输入的密码和账户名不匹配</p></div>`, 'wrong-credentials', undefined],
  ])('tells the message of its kind: %s', (_name, url, html, kind, variant) => {
    document.body.innerHTML = html;
    expect(collectPageFacts(document, url, document.getElementById('banner')!, undefined, '', kind).variant).toBe(variant);
  });

  it('does not take a page-wide link for the lock screen’s appeal button', () => {
    document.body.innerHTML = `<nav><a>Appeal a dispute</a></nav><main><section><div><p id="banner">Your account is temporarily unavailable.</p></div></section></main>`;
    expect(collectPageFacts(document, 'https://login.aliexpress.com/', document.getElementById('banner')!).hasAppealButton).toBe(false);
  });
});

describe('hint placement', () => {
  const viewport = { width: 1280, height: 900 };
  const field = { left: 430, top: 144, right: 850, bottom: 188 };
  const host = { left: 430, top: 188, right: 430, bottom: 188 };

  it('puts the badge inside the field’s right end, vertically centred', () => {
    const { badge } = placeHint(field, host, viewport, { height: 100, width: 280 });
    const box = { left: host.left + badge.x, top: host.top + badge.y, right: host.left + badge.x + 20, bottom: host.top + badge.y + 20 };
    expect(box.left).toBeGreaterThanOrEqual(field.left);
    expect(box.right).toBeLessThanOrEqual(field.right);
    expect(box.top).toBeGreaterThanOrEqual(field.top);
    expect(box.bottom).toBeLessThanOrEqual(field.bottom);
  });

  it('puts the tip beside the field when there is room, else above, and below only as a last resort', () => {
    expect(placeHint(field, host, viewport, { height: 120, width: 280 }).tip.side).toBe('beside');
    const narrow = { width: 500, height: 900 };
    const wideField = { left: 20, top: 300, right: 480, bottom: 340 };
    expect(placeHint(wideField, host, narrow, { height: 120, width: 280 }).tip.side).toBe('above');
    expect(placeHint({ ...wideField, top: 40, bottom: 80 }, host, narrow, { height: 120, width: 280 }).tip.side).toBe('below');
  });
});
