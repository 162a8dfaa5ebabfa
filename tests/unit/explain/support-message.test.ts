import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../lib/detect/kinds';
import {
  CLAIMS,
  CLAIMS_BY_SITUATION,
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

  it('quotes the page’s exact English error text, and the meaning of a non-English one', () => {
    const en = composeSupportMessage('locked', { errorText: 'Your account is temporarily unavailable. Please use a different account to log in' });
    expect(en.en).toContain('The page shows this message: "Your account is temporarily unavailable. Please use a different account to log in"');
    const ru = composeSupportMessage('deleted', {
      errorText: 'Эта учетная запись была удалена',
      errorMeaning: { en: 'This account has been deleted', ja: 'このアカウントは削除されています' },
    });
    expect(ru.en).toContain('a message in another language that means: "This account has been deleted"');
    expect(ru.en).not.toMatch(NON_ASCII);
    expect(ru.ja).toContain('このアカウントは削除されています');
  });

  it('adds the details the agent needs, in English', () => {
    const message = composeSupportMessage('locked', {
      account: 'hanako@example.jp',
      device: 'this-browser',
      browserName: 'Chrome 150 on Windows',
      since: '2026-05-03',
      orderNumber: '8190 1234 5678 9012',
    });
    expect(message.en).toContain('Account (e-mail or member ID): hanako@example.jp');
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
