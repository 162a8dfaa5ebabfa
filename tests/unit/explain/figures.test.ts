import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laterText, numbersIn, waitIn, waitText } from '../../../lib/explain/figures';
import { glossFor } from '../../../lib/explain/gloss';

describe("the page's waiting time", () => {
  it.each<[string, number, string]>([
    ['Too many failed attempts. Please try again in 30 minutes.', 30, 'minute'],
    ['Too many attempts. Try again after 24 hours.', 24, 'hour'],
    ['Too many requests, please try again in 45 seconds', 45, 'second'],
    ['Please wait 1 min', 1, 'minute'],
    ['尝试次数过多，请30分钟后再试', 30, 'minute'],
    ['ログイン試行回数が上限を超えました。３０分後にお試しください。', 30, 'minute'],
    ['Слишком много попыток. Повторите через 2 часа.', 2, 'hour'],
    ['시도 횟수가 너무 많습니다. 10분 후에 다시 시도하세요', 10, 'minute'],
    ['Demasiados intentos. Inténtelo de nuevo en 15 minutos.', 15, 'minute'],
    ['Zu viele Versuche. Bitte versuchen Sie es in 3 Stunden erneut.', 3, 'hour'],
    ['Trop de tentatives. Réessayez dans 1 jour.', 1, 'day'],
  ])('%s', (message, amount, unit) => {
    expect(waitIn(message)).toEqual({ amount, unit });
  });

  it('is not read from codes, counts or messages without one', () => {
    expect(waitIn("Oops... something's wrong. Please refresh and try again.(error:6T0DWd)")).toBeUndefined();
    expect(waitIn('Too many failed attempts')).toBeUndefined();
    expect(waitIn('You have 3 attempts left')).toBeUndefined();
  });

  it('is written with its digits in both languages', () => {
    expect(waitText({ amount: 30, unit: 'minute' }, 'ja')).toBe('30 分');
    expect(waitText({ amount: 24, unit: 'hour' }, 'ja')).toBe('24 時間');
    expect(waitText({ amount: 1, unit: 'hour' }, 'en')).toBe('1 hour');
    expect(laterText({ amount: 30, unit: 'minute' }, 'ja')).toBe('30 分後に');
    expect(laterText(undefined, 'ja')).toBe('しばらくしてから');
    expect(laterText(undefined, 'en')).toBe('later');
  });
});

describe('a translation keeps what the page says', () => {
  it.each<[string, string]>([
    ['Too many failed attempts. Please try again in 30 minutes.', '試行回数が多すぎます。30 分後にもう一度お試しください。'],
    ['Too many attempts. Please try again after 24 hours.', '試行回数が多すぎます。24 時間後にもう一度お試しください。'],
    ['Too many requests, please try again in 45 seconds', '試行回数が多すぎます。45 秒後にもう一度お試しください。'],
    ['Too many failed attempts', '試行回数が多すぎます。'],
    ['Too many requests, please try again later', '試行回数が多すぎます。しばらくしてからもう一度お試しください。'],
    ['尝试次数过多，请30分钟后再试', '試行回数が多すぎます。30 分後にもう一度お試しください。'],
    ['Слишком много попыток. Повторите через 2 часа.', '試行回数が多すぎます。2 時間後にもう一度お試しください。'],
    ['The server is busy, please try again in 10 minutes', 'サーバーが混み合っています。10 分後にもう一度お試しください。'],
    ['The server is busy, please try again later', 'サーバーが混み合っています。しばらくしてからもう一度お試しください。'],
  ])('%s', (quote, ja) => {
    expect(glossFor(quote, 'ja')).toBe(ja);
  });

  it('in English too', () => {
    expect(glossFor('尝试次数过多，请30分钟后再试', 'en')).toBe('Too many attempts. Please try again in 30 minutes.');
  });

  it('never drops a number of the original: any number, any known wording', () => {
    const wordings = [
      'Too many failed attempts. Please try again in N minutes.',
      'Too many attempts, try again after N hours',
      'The server is busy, please try again in N seconds',
      'Unusual traffic detected, please try again in N minutes',
      '尝试次数过多，请N分钟后再试',
      'Слишком много попыток. Повторите через N минут.',
      'Too many attempts (N left). Try again later.',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...wordings), fc.integer({ min: 0, max: 100_000 }), (wording, n) => {
        const quote = wording.replace('N', String(n));
        for (const lang of ['ja', 'en'] as const) {
          const gloss = glossFor(quote, lang);
          if (gloss !== null) expect(numbersIn(gloss)).toEqual(expect.arrayContaining(numbersIn(quote)));
        }
      }),
    );
  });
});
