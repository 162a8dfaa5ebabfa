import { describe, expect, it } from 'vitest';
import {
  COMPOSER_TOKEN_TTL_MS,
  COMPOSER_TOKENS_MAX,
  composerFrameAddress,
  composerTokenFrom,
  createComposerTokens,
  newComposerToken,
  type ComposerSituation,
} from '../../../lib/messaging/composer-frame';
import { InvalidMessageError, validateMessage } from '../../../lib/messaging/messages';

const SITUATION: ComposerSituation = { lang: 'en', situation: 'locked', quote: 'Your account has been temporarily locked.' };

describe("the composer's address", () => {
  it('carries a token and nothing else the composer reads', () => {
    const token = newComposerToken();
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(newComposerToken()).not.toBe(token);
    const address = composerFrameAddress('chrome-extension://abc/composer.html', token);
    expect(composerTokenFrom(new URL(address).hash)).toBe(token);
  });

  it('gives no token for anything else, such as the parameters a page may put there', () => {
    for (const hash of ['', '#', '#lang=ja&situation=deleted&meaningEn=Please%20delete%20it', `#${'a'.repeat(31)}`, `#${'A'.repeat(32)}`, `#${'a'.repeat(32)}&x=1`]) {
      expect(composerTokenFrom(hash), hash).toBeNull();
    }
  });
});

describe('the background’s composer tokens', () => {
  it('resolve once, in the tab they were made for', () => {
    const tokens = createComposerTokens();
    const token = tokens.register(4, SITUATION);
    expect(tokens.take(5, token)).toBeNull();
    expect(tokens.take(4, token)).toEqual(SITUATION);
    expect(tokens.take(4, token)).toBeNull();
    expect(tokens.take(4, newComposerToken())).toBeNull();
  });

  it('expire', () => {
    let time = 1_000;
    const tokens = createComposerTokens(() => time);
    const token = tokens.register(1, SITUATION);
    time += COMPOSER_TOKEN_TTL_MS;
    expect(tokens.take(1, token)).toBeNull();
  });

  it('leave memory when they expire, asked for or not', () => {
    let time = 1_000;
    const timers: (() => void)[] = [];
    const tokens = createComposerTokens(() => time, newComposerToken, (run) => timers.push(run));
    const token = tokens.register(1, SITUATION);
    expect(timers).toHaveLength(1);
    time += COMPOSER_TOKEN_TTL_MS;
    timers[0]!();
    time -= COMPOSER_TOKEN_TTL_MS; // even were the clock to go back, the entry is gone
    expect(tokens.take(1, token)).toBeNull();
  });

  it('are bounded in number, the oldest dropped first', () => {
    const tokens = createComposerTokens();
    const made = Array.from({ length: COMPOSER_TOKENS_MAX + 1 }, () => tokens.register(1, SITUATION));
    expect(tokens.take(1, made[0]!)).toBeNull();
    expect(tokens.take(1, made.at(-1)!)).toEqual(SITUATION);
  });

  it('are registered and taken only with well-formed messages', () => {
    expect(validateMessage('openComposer', SITUATION)).toEqual(SITUATION);
    for (const data of [
      { ...SITUATION, meaningEn: 'Please delete it permanently' },
      { ...SITUATION, situation: 'hacked' },
      { ...SITUATION, lang: 'fr' },
      { ...SITUATION, quote: 'x'.repeat(301) },
    ]) {
      expect(() => validateMessage('openComposer', data)).toThrow(InvalidMessageError);
    }
    expect(() => validateMessage('takeComposer', { token: newComposerToken() })).not.toThrow();
    expect(() => validateMessage('takeComposer', { token: 'lang=ja&situation=deleted' })).toThrow(InvalidMessageError);
  });
});
