import { describe, expect, it } from 'vitest';
import { classifyText, classifyUrl, isAuthPage } from '../../../lib/detect/classify';
import { KINDS } from '../../../lib/detect/kinds';
import { normalizeText } from '../../../lib/detect/normalize';
import { NEGATIVE_CASES, POSITIVE_CASES } from './detect-cases';

describe('classifyText: banner wordings', () => {
  it('has at least 80 positive cases covering every kind', () => {
    expect(POSITIVE_CASES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(POSITIVE_CASES.map(([kind]) => kind))).toEqual(new Set(KINDS));
  });

  it.each(POSITIVE_CASES)('%s ← %s', (kind, text) => {
    expect(classifyText(text)).toBe(kind);
  });
});

describe('classifyText: ordinary page text', () => {
  const anywhere = NEGATIVE_CASES.filter((c) => c.anywhere);
  it.each(anywhere.map((c) => [c.spot, c.text] as const))('%s: %s', (_spot, text) => {
    expect(classifyText(text)).toBeNull();
  });

  it('ignores texts too long to be a banner', () => {
    const article = 'Your account has been locked. '.repeat(20);
    expect(classifyText(article)).toBeNull();
  });

  it('ignores empty and tiny texts', () => {
    expect(classifyText('')).toBeNull();
    expect(classifyText(' \n ')).toBeNull();
  });
});

describe('normalizeText', () => {
  it('folds full-width, half-width kana, case and odd spaces', () => {
    expect(normalizeText('ＡＣＣＯＵＮＴ\u3000Ｌｏｃｋｅｄ').spaced).toBe('account locked');
    expect(normalizeText('ｱｶｳﾝﾄ').spaced).toBe('アカウント');
    expect(normalizeText('a\u200bb\u00a0 \tc').spaced).toBe('ab c');
    // Invisible characters cannot hide a word from the rules.
    expect(classifyText('Your account has been lo\u200bcked')).toBe('locked');
    expect(classifyText('Your account has been \u202elocked\u202c')).toBe('locked');
    expect(classifyText('アカウントが\u200dロックされています')).toBe('locked');
    expect(normalizeText('it’s you').spaced).toBe("it's you");
  });

  it('gives a compact form without spaces for CJK rules', () => {
    expect(normalizeText('アカウント が ロック').compact).toBe('アカウントがロック');
  });
});

describe('page addresses', () => {
  it.each([
    'https://login.aliexpress.com/?return_url=https%3A%2F%2Fwww.aliexpress.com',
    'https://login.aliexpress.com/buyer.htm',
    'https://passport.aliexpress.com/mini_login.htm?appName=aebuyer&lang=ja_JP',
    'https://www.aliexpress.com/p/ug-login-page/login.html?returnUrl=x',
    'https://ja.aliexpress.com/p/ug-login-page/login.html',
    'https://accounts.aliexpress.com/user/account/retrieve_account.htm',
    'https://www.aliexpress.com/_____tmd_____/punish?x5secdata=a&x5step=2&action=captchacapslidev2',
  ])('%s is a login page', (url) => {
    expect(isAuthPage(url)).toBe(true);
  });

  it.each([
    'https://www.aliexpress.com/item/1005006123456789.html',
    'https://www.aliexpress.com/w/wholesale-smart-lock.html?SearchText=smart+lock',
    'https://ja.aliexpress.com/',
    'not a url',
  ])('%s is not a login page', (url) => {
    expect(isAuthPage(url)).toBe(false);
  });

  it('recognises only punish pages by their address', () => {
    expect(classifyUrl('https://www.aliexpress.com/_____tmd_____/punish?action=captcharecaptcha')).toBe('captcha');
    expect(classifyUrl('https://www.aliexpress.com/_____tmd_____/page/third_validate_close_page')).toBeNull();
    expect(classifyUrl('https://login.aliexpress.com/')).toBeNull();
  });
});
