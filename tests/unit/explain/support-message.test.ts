import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTCHA_VARIANTS } from '../../../lib/detect/captcha';
import { KINDS } from '../../../lib/detect/kinds';
import { glossFor } from '../../../lib/explain/gloss';
import { meaningOf } from '../../../lib/explain/heads';
import {
  CLAIMS,
  CLAIMS_BY_SITUATION,
  claimsFor,
  composerPageMessage,
  composeSupportMessage,
  contradictionOf,
  describeBrowser,
  DEVICES,
  situationForKinds,
  SUPPORT_SITUATIONS,
  type ClaimId,
} from '../../../lib/explain/support-message';

const NON_ASCII = /[^\x20-\x7e\n]/;
const ALL_CLAIMS = Object.keys(CLAIMS) as ClaimId[];

describe('support message', () => {
  it.each(SUPPORT_SITUATIONS)('%s: polite English with its Japanese meaning, and no claim by default', (situation) => {
    const message = composeSupportMessage(situation);
    expect(message.en).toMatch(/^Hello,\n\n/);
    expect(message.en).toMatch(/\n\nThank you for your help\.$/);
    expect(message.en).not.toMatch(NON_ASCII);
    expect(message.ja).toMatch(/^こんにちは。/);
    expect(message.ja).toMatch(/よろしくお願いいたします。$/);
    // Nothing about what the user did, unless ticked.
    for (const id of ALL_CLAIMS) {
      expect(message.en).not.toContain(CLAIMS[id].en);
      expect(message.ja).not.toContain(CLAIMS[id].ja);
    }
    expect(message.en).not.toMatch(/\bI (have )?(checked|tried|reset|requested|deleted|entered)\b/);
  });

  it('never contains a claim the user did not tick, in any situation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORT_SITUATIONS), fc.subarray(ALL_CLAIMS), (situation, ticked) => {
        const message = composeSupportMessage(situation, { claims: ticked });
        for (const id of ALL_CLAIMS) {
          const said = message.en.includes(CLAIMS[id].en);
          const other = contradictionOf(id);
          expect(said).toBe(ticked.includes(id) && CLAIMS_BY_SITUATION[situation].includes(id) && !(other && ticked.includes(other)));
          expect(message.ja.includes(CLAIMS[id].ja)).toBe(said);
        }
      }),
    );
  });

  it('quotes the page’s exact English error text, and the translation of a non-English one', () => {
    const en = composeSupportMessage('locked', { errorText: 'Your account is temporarily unavailable. Please use a different account to log in' });
    expect(en.en).toContain('The page shows this message: "Your account is temporarily unavailable. Please use a different account to log in"');
    const ru = composeSupportMessage('deleted', pageMessage('Эта учетная запись была удалена. Пожалуйста, используйте другую учетную запись'));
    expect(ru.en).toContain('In English it says: "This account has been deleted. Please use another account to log in."');
    expect(ru.en).not.toMatch(NON_ASCII);
    expect(ru.ja).toContain('「このアカウントは削除されました。別のアカウントでログインしてください。」');
  });

  it('says what the page showed in its opening, and repetition or failure only when ticked', () => {
    const REPEATS = /keeps|again and again|every time|repeatedly/i;
    const FAILS = /does not work|did not work|doesn't work|cannot complete|could not complete|not accepted|rejected|cannot finish/i;
    const repeatClaims = ALL_CLAIMS.filter((id) => REPEATS.test(CLAIMS[id].en));
    const failClaims = ALL_CLAIMS.filter((id) => FAILS.test(CLAIMS[id].en));
    expect(repeatClaims).toContain('check-repeats');
    expect(failClaims).toEqual(expect.arrayContaining(['check-fails', 'code-rejected', 'verification-fails']));
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORT_SITUATIONS), fc.subarray(ALL_CLAIMS), fc.constantFrom('', ...QUOTES), (situation, ticked, quote) => {
        const message = composeSupportMessage(situation, { claims: ticked, ...pageMessage(quote) });
        // What the page said is quoted as it is; everything else of ours is checked.
        const ours = message.en.replace(/"[^"]*"/g, '""');
        const said = (claims: ClaimId[]) => claims.some((id) => ticked.includes(id) && ours.includes(CLAIMS[id].en));
        if (REPEATS.test(ours)) expect(said(repeatClaims), ours).toBe(true);
        if (FAILS.test(ours)) expect(said(failClaims), ours).toBe(true);
      }),
    );
  });

  it('never passes our headline off as what the page says', () => {
    const headlines = [...KINDS.map((k) => meaningOf(k)), ...CAPTCHA_VARIANTS.map((v) => meaningOf('captcha', v))];
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORT_SITUATIONS), fc.constantFrom(...QUOTES), (situation, quote) => {
        const message = composeSupportMessage(situation, pageMessage(quote));
        // The lines that tell what the page says: the page's words or their translation only.
        const pageLines = (text: string, marker: string) => text.split('\n').filter((line) => line.includes(marker)).join('\n');
        const en = pageLines(message.en, 'The page shows');
        const ja = pageLines(message.ja, 'ページには');
        const translated = { en: glossFor(quote, 'en'), ja: glossFor(quote, 'ja') };
        expect(['', `The page shows this message: "${quote}"`, `The page shows a message in another language. In English it says: "${translated.en}"`]).toContain(en);
        expect(['', `ページにはこう表示されています：「${quote}」`, `ページには英語以外の言語でメッセージが出ています。英語に訳すと次の意味です：「${translated.ja}」`]).toContain(ja);
        for (const headline of headlines) {
          if (!translated.en?.includes(headline.en)) expect(en).not.toContain(headline.en);
          if (!translated.ja?.includes(headline.ja)) expect(ja).not.toContain(headline.ja);
        }
      }),
    );
    // A slider's Chinese instruction is translated, not explained.
    const slider = composeSupportMessage('blocked', pageMessage('请按住滑块，拖动到最右边'));
    expect(slider.en).toContain('In English it says: "Hold the slider and drag it to the far right."');
    expect(slider.en).not.toMatch(/means|robot/i);
    // Words we cannot translate are left out rather than replaced by what we think they mean.
    expect(composeSupportMessage('locked', pageMessage('계정이 일시적으로 잠겼습니다')).en).not.toContain('The page shows');
  });
});

/** Messages seen on the site (ALIEXPRESS.md) and in the fixtures, in several languages. */
const QUOTES = [
  'Your account is temporarily unavailable. Please use a different account to log in',
  'Too many failed attempts. Please try again in 30 minutes.',
  'The verification code is incorrect. Please try again.',
  '请按住滑块，拖动到最右边',
  '亲，请拖动下方滑块完成验证',
  '验证码错误',
  'Эта учетная запись была удалена. Пожалуйста, используйте другую учетную запись для входа',
  '계정이 일시적으로 잠겼습니다',
  'Sorry, we have detected unusual traffic from your network.',
  '認証コードが正しくありません',
];

const pageMessage = (quote: string) => {
  const { quote: errorText, pageMessageTranslation } = composerPageMessage(quote);
  return pageMessageTranslation ? { errorText, errorTranslation: pageMessageTranslation } : { errorText };
};

describe('claims', () => {
  it('are ordered and ticked by nothing but the page’s own message', () => {
    expect(claimsFor('sms-code', 'The verification code is incorrect. Please try again.')).toEqual({
      offered: ['code-rejected', 'code-not-received', 'sms-allowed', 'phone-plus81'],
      ticked: ['code-rejected'],
    });
    expect(claimsFor('sms-code', '認証コードが正しくありません').offered[0]).toBe('code-rejected');
    expect(claimsFor('sms-code', '')).toEqual({ offered: [...CLAIMS_BY_SITUATION['sms-code']], ticked: [] });
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORT_SITUATIONS), fc.constantFrom('', ...QUOTES), (situation, quote) => {
        const { offered, ticked } = claimsFor(situation, quote);
        expect([...offered].sort()).toEqual([...CLAIMS_BY_SITUATION[situation]].sort());
        // Ticked ones are the ones the message says: first, and only those.
        expect(offered.slice(0, ticked.length)).toEqual(ticked);
        if (!/code/i.test(quote) && !/コード|验证码/.test(quote)) expect(ticked).toEqual([]);
        // Nothing the page says on its own is ticked in contradiction to another.
        for (const id of ticked) expect(ticked).not.toContain(contradictionOf(id));
      }),
    );
  });

  it('that contradict each other never go into one message', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORT_SITUATIONS), fc.subarray(ALL_CLAIMS), (situation, ticked) => {
        const message = composeSupportMessage(situation, { claims: ticked });
        for (const id of ALL_CLAIMS) {
          const other = contradictionOf(id);
          if (other) expect(message.en.includes(CLAIMS[id].en) && message.en.includes(CLAIMS[other].en)).toBe(false);
        }
      }),
    );
  });

  it('adds the details the agent needs, in English', () => {
    const message = composeSupportMessage('locked', {
      account: 'hanako@example.jp',
      device: 'this-browser',
      browserName: 'Chrome 150 on Windows',
      since: '2026-05-03',
      orderNumber: '8190 1234 5678 9012',
    });
    expect(message.en).toContain('Account (e-mail address or phone number): hanako@example.jp');
    expect(message.en).toContain('I am using a web browser (Chrome 150 on Windows).');
    expect(message.en).toContain('This started on May 3, 2026.');
    expect(message.en).toContain('A recent order number: 8190123456789012');
    expect(message.ja).toContain('2026年5月3日から');
    expect(message.rejected).toEqual([]);
  });

  it('keeps Japanese typed into a field out of the English and says which field', () => {
    const message = composeSupportMessage('locked', { account: 'はなこ@example.jp', since: '5月3日から', orderNumber: '注文１２３' });
    expect(message.en).not.toMatch(NON_ASCII);
    expect(message.en).not.toContain('5');
    expect(message.ja).not.toContain('5月3日から');
    expect(message.rejected).toEqual([
      { field: 'account', reason: 'not-ascii' },
      { field: 'since', reason: 'not-a-date' },
      { field: 'orderNumber', reason: 'not-ascii' },
    ]);
  });

  it('turns full-width letters and digits into ASCII instead of rejecting them', () => {
    const message = composeSupportMessage('cannot-log-in', { account: 'ｈａｎａｋｏ＠example.jp', orderNumber: '８１９０１２３４５６' });
    expect(message.en).toContain('hanako@example.jp');
    expect(message.en).toContain('8190123456');
  });

  it('rejects dates that do not exist', () => {
    expect(composeSupportMessage('locked', { since: '2026-02-30' }).rejected).toEqual([{ field: 'since', reason: 'not-a-date' }]);
  });

  it('never lets non-ASCII input reach the English text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORT_SITUATIONS),
        fc.record({
          account: fc.string({ unit: 'binary' }),
          since: fc.string({ unit: 'binary' }),
          orderNumber: fc.string({ unit: 'binary' }),
          browserName: fc.string({ unit: 'binary' }),
          errorText: fc.string({ unit: 'binary' }),
          device: fc.constantFrom('', ...DEVICES),
        }),
        (situation, details) => {
          const message = composeSupportMessage(situation, details);
          expect(message.en).not.toMatch(NON_ASCII);
        },
      ),
    );
  });
});

describe('situation', () => {
  it('is decided by one function for panel and popup, gravest kind first', () => {
    expect(situationForKinds(['restricted'])).toBe('restricted');
    expect(situationForKinds(['sms-code'])).toBe('sms-code');
    expect(situationForKinds(['verification'])).toBe('verification');
    expect(situationForKinds(['captcha', 'locked'])).toBe('locked');
    expect(situationForKinds(['locked', 'deleted'])).toBe('deleted');
    expect(situationForKinds([])).toBe('cannot-log-in');
    for (const kind of KINDS) expect(SUPPORT_SITUATIONS).toContain(situationForKinds([kind]));
  });

  it('never offers the no-phone-screen claim where a code was sent', () => {
    expect(CLAIMS_BY_SITUATION['sms-code']).not.toContain('no-phone-screen');
    expect(CLAIMS_BY_SITUATION.verification).not.toContain('no-phone-screen');
  });
});

describe('browser description', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36', 'Chrome 150 on Windows'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', 'Firefox 140 on Linux'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 'Safari 17 on macOS'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/150.0 Safari/537.36 Edg/150.0', 'Edge 150 on Windows'],
    ['curl/8', ''],
  ])('%s', (ua, expected) => {
    expect(describeBrowser(ua)).toBe(expected);
  });
});

describe('the help center’s advice in the composer', () => {
  it('says "I have checked Caps Lock and spaces" only when ticked', () => {
    const untouched = composeSupportMessage('cannot-log-in', { errorText: 'Your account name or password is incorrect.' });
    expect(untouched.en).not.toMatch(/caps lock/i);
    expect(untouched.ja).not.toMatch(/Caps Lock/);
    const ticked = composeSupportMessage('cannot-log-in', { claims: ['checked-typing'] });
    expect(ticked.en).toContain('I have checked Caps Lock and spaces in my password.');
    expect(ticked.ja).toContain('Caps Lock と、パスワードの余分なスペースを確かめました。');
    expect(CLAIMS_BY_SITUATION['cannot-log-in'][0]).toBe('checked-typing');
  });

  it('gives "not authorized" and a checkout hold their own opening, from the panel’s variant', () => {
    expect(situationForKinds(['locked'], 'not-authorized')).toBe('not-authorized');
    expect(situationForKinds(['verification'], 'checkout-hold')).toBe('checkout-hold');
    expect(situationForKinds(['wrong-credentials'], 'account-not-found')).toBe('cannot-log-in');
    expect(situationForKinds(['locked'])).toBe('locked');
    const notAuthorized = composeSupportMessage('not-authorized');
    expect(notAuthorized.en).toContain('"Sorry, you are not authorized to sign into this account"');
    // It says what the page said, not that the account is locked.
    expect(notAuthorized.en).not.toMatch(/locked/);
    const hold = composeSupportMessage('checkout-hold');
    expect(hold.en).toMatch(/cannot be continued for security reasons.*"My Appeal"/);
    expect(hold.en).not.toMatch(/locked/);
  });
});
