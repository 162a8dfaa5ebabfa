import { describe, expect, it } from 'vitest';
import { plainGroups, withPlainGroups } from '../../../modules/plain-regex-groups';
import { TEXT_RULES } from '../../../lib/detect/rules/banner-rules';
import { normalizeText } from '../../../lib/detect/normalize';

describe('plain regex groups (content script build)', () => {
  it('turns non-capturing groups into plain ones, outside character classes and escapes', () => {
    expect(plainGroups('(?:a|b)c(?:d)?')).toBe('(a|b)c(d)?');
    expect(plainGroups('(?<!(?:once|if) your )acc(?=ount)')).toBe('(?<!(once|if) your )acc(?=ount)');
    expect(plainGroups('[(?:]x')).toBe('[(?:]x');
    expect(plainGroups('\\(?:x(?:y)')).toBe('\\(?:x(y)');
    expect(plainGroups('[\\]](?:z)')).toBe('[\\]](z)');
  });

  it('leaves a pattern whose groups can be read as written: a capturing or named group, a backreference', () => {
    for (const pattern of ['opacity\\(([\\d.]+)\\)', '(?:a)(b)', '(?<word>a)(?:b)', '(?:a)\\1', '(?:a)\\k<x>']) {
      expect(plainGroups(pattern)).toBe(pattern);
    }
  });

  it('rewrites the literals of a chunk in place', () => {
    const code = 'const a=/(?:x|y)z/i,b="(?:s)",c=/(q)(?:r)/;';
    const literals = [
      { type: 'Literal', start: 8, end: 19, regex: { pattern: '(?:x|y)z', flags: 'i' } },
      { type: 'Literal', start: 34, end: 45, regex: { pattern: '(q)(?:r)', flags: '' } },
    ];
    expect(code.slice(8, 19)).toBe('/(?:x|y)z/i');
    expect(withPlainGroups(code, literals)).toBe('const a=/(x|y)z/i,b="(?:s)",c=/(q)(?:r)/;');
  });

  it("matches what the detector's rules match, on their messages and near misses", () => {
    const texts = [
      'Your account has been temporarily locked.', 'Once your account is deactivated, you lose access', 'We have temporarily locked your account',
      'Too many failed attempts. Please try again later.', 'Your account name or password is incorrect.', 'The verification code is incorrect',
      'アカウントは一時的にロックされています', 'パスワードが間違っています', '账号已被冻结', 'Sorry, you are not authorized to sign into this account.',
      'If you see “Sorry, you are not authorized to sign into this account”', 'Please slide to verify', 'unusual traffic from your network',
      'Ваш аккаунт временно заблокирован', 'Votre compte est bloqué', 'Ihr Konto wurde gesperrt', 'wireless earbuds locked case 2 pcs',
    ].map(normalizeText);
    let rewritten = 0;
    for (const rule of Object.values(TEXT_RULES).flat()) {
      const plain = new RegExp(plainGroups(rule.re.source), rule.re.flags);
      if (plain.source !== rule.re.source) rewritten++;
      for (const text of texts) for (const form of [text.spaced, text.compact]) expect(plain.test(form), `${rule.re} on ${form}`).toBe(rule.re.test(form));
    }
    expect(rewritten).toBeGreaterThan(50);
  });
});
