import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ACTIONS } from '../../../lib/explain/actions';
import { KNOWLEDGE } from '../../../lib/explain/entries';
import { phrasesOf } from '../../../lib/i18n/phrases';
import { LOCALE_MESSAGES } from '../../../lib/i18n/ui-strings';

const cut = (text: string) => phrasesOf(text).map((p) => p.text);

/** Every string with Japanese in it: in the values of our explanation tables, in the UI strings, and quoted in their sources and the components'. */
function japaneseTexts(): string[] {
  const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (JAPANESE.test(value)) texts.add(value);
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([ACTIONS, KNOWLEDGE, LOCALE_MESSAGES.ja]);
  for (const dir of ['lib/explain', 'components']) {
    for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      // Quoted strings; a template's parts between its ${…}.
      for (const [, single, double, template] of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`]*)`/g)) {
        for (const part of (single ?? double ?? template ?? '').split(/\$\{[^}]*\}/)) if (JAPANESE.test(part)) texts.add(part);
      }
    }
  }
  return [...texts];
}

describe('phrases of our Japanese', () => {
  it('keep words, particles and endings together', () => {
    expect(cut('カスタマーサービスのチャットで問い合わせる')).toEqual(['カスタマーサービスの', 'チャットで', '問い合わせる']);
    expect(cut('メールアドレスまたは電話番号と、パスワードを確かめて入力し直す')).toEqual([
      'メールアドレスまたは',
      '電話番号と、',
      'パスワードを',
      '確かめて',
      '入力し直す',
    ]);
    expect(cut('しばらく待ってから、ページを一度だけ再読み込みする')).toEqual(['しばらく', '待ってから、', 'ページを', '一度だけ', '再読み込みする']);
    // Words the segmenter cuts in two: a polite prefix, a compound verb.
    expect(cut('認証コードが正しくありません。もう一度お試しください。').at(-1)).toMatch(/お試しください。$/);
    expect(cut('不正や乗っ取りを防ぐために').join('|')).toMatch(/乗っ取りを/);
    // A term of kanji, a space and capitals (the house style spaces Japanese from Latin letters) is never cut.
    expect(phrasesOf('登録したメールアドレス（または会員 ID）を使います。')).toContainEqual({ text: '会員 ID）を', whole: true });
  });

  it('keep phone numbers and +81 examples whole, with the particle after them', () => {
    const phrases = phrasesOf('080-1234-5678 なら +81 80-1234-5678（区切りなしなら +818012345678）です。');
    const whole = phrases.filter((p) => p.whole).map((p) => p.text.trim());
    for (const number of ['080-1234-5678', '+81 80-1234-5678', '+818012345678']) expect(whole.some((w) => w.startsWith(number)), number).toBe(true);
    expect(phrasesOf('電話番号は +81 の形で入力する').find((p) => p.text.startsWith('+81'))).toEqual({ text: '+81 の', whole: true });
  });

  it('never start a phrase with closing punctuation or a small kana, and lose no character', () => {
    const texts = [
      ...Object.values(ACTIONS).flatMap((a) => [a.ja.title, (a.ja as { detail?: string }).detail ?? '']),
      ...Object.values(KNOWLEDGE).flatMap((k) => [k.ja.title, k.ja.body]),
      ...Object.values(LOCALE_MESSAGES.ja),
    ].filter(Boolean);
    for (const text of texts) {
      const phrases = phrasesOf(text);
      expect(phrases.map((p) => p.text).join('')).toBe(text);
      for (const phrase of phrases.slice(1)) expect(phrase.text, text).not.toMatch(/^[、。）」』ゃゅょっャュョッー]/);
    }
  });

  it('are the phrases the words of Intl.Segmenter give, for every text of ours', () => {
    const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
    const dictionaryWords = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);
    const texts = japaneseTexts();
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) expect(cut(text), text).toEqual(phrasesOf(text, dictionaryWords).map((p) => p.text));
  });

  it('are cut without Intl.Segmenter (its dictionary is slow to load: the popup\'s first open, a page\'s first panel)', async () => {
    const segmenter = Intl.Segmenter;
    Object.defineProperty(Intl, 'Segmenter', {
      configurable: true,
      value: class {
        constructor() {
          throw new Error('Intl.Segmenter used');
        }
      },
    });
    try {
      vi.resetModules();
      const fresh = await import('../../../lib/i18n/phrases');
      expect(fresh.phrasesOf('メールアドレスまたは電話番号と、パスワードを確かめて入力し直す').length).toBe(5);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', { configurable: true, writable: true, value: segmenter });
    }
  });

  it('leave text without Japanese whole', () => {
    expect(phrasesOf('Wait 30 minutes, then log in again')).toEqual([{ text: 'Wait 30 minutes, then log in again' }]);
  });
});
