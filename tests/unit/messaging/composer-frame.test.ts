import { describe, expect, it } from 'vitest';
import {
  COMPOSER_HEIGHT_BOUNDS,
  COMPOSER_QUOTE_LIMIT,
  composerFrameFragment,
  composerHeightFrom,
  composerHeightMessage,
  composerPortFrom,
  composerPortMessage,
  DEFAULT_COMPOSER_FRAME_PARAMS,
  parseComposerFrameParams,
  type ComposerFrameParams,
  type ReceivedMessage,
} from '../../../lib/messaging/composer-frame';

const PARAMS: ComposerFrameParams = {
  lang: 'en',
  situation: 'locked',
  quote: 'Your account has been locked & "frozen" #1 100%',
  meaning: { en: 'The account is locked', ja: 'アカウントがロックされています' },
};

describe('the composer frame parameters', () => {
  it('come back as they were sent, whatever the characters', () => {
    expect(parseComposerFrameParams(`#${composerFrameFragment(PARAMS)}`)).toEqual(PARAMS);
    expect(parseComposerFrameParams(composerFrameFragment(PARAMS))).toEqual(PARAMS);
  });

  it('are the defaults for an empty or garbled fragment', () => {
    expect(parseComposerFrameParams('')).toEqual(DEFAULT_COMPOSER_FRAME_PARAMS);
    expect(parseComposerFrameParams('#%%%&&=')).toEqual(DEFAULT_COMPOSER_FRAME_PARAMS);
  });

  it('replace each bad value by its default and keep the good ones', () => {
    const parsed = parseComposerFrameParams('#lang=fr&situation=hacked&quote=Account%20locked');
    expect(parsed).toEqual({ lang: 'ja', situation: 'cannot-log-in', quote: 'Account locked' });
    expect(parseComposerFrameParams('#lang=en&situation=__proto__').situation).toBe('cannot-log-in');
  });

  it('cap the quote and the meaning', () => {
    const long = 'x'.repeat(10_000);
    const parsed = parseComposerFrameParams(`#quote=${long}&meaningEn=${long}&meaningJa=${long}`);
    expect(parsed.quote).toHaveLength(COMPOSER_QUOTE_LIMIT);
    expect(parsed.meaning!.en.length).toBeLessThanOrEqual(300);
    expect(composerFrameFragment({ ...PARAMS, quote: long }).length).toBeLessThan(COMPOSER_QUOTE_LIMIT + 400);
  });

  it('carry a meaning only when it is given in both languages', () => {
    expect(parseComposerFrameParams('#meaningEn=Locked').meaning).toBeUndefined();
    expect(parseComposerFrameParams('#meaningEn=Locked&meaningJa=ロック').meaning).toEqual({ en: 'Locked', ja: 'ロック' });
  });
});

describe('the channel the frame reports on', () => {
  const parentWindow = { name: 'the window holding the frame' };
  const port = new MessageChannel().port2;
  const handed = (changes: Partial<ReceivedMessage> = {}): ReceivedMessage => ({
    source: parentWindow,
    data: composerPortMessage(),
    ports: [port],
    ...changes,
  });

  it('is the port the panel hands over from the window holding the frame', () => {
    expect(composerPortFrom(handed(), parentWindow)).toBe(port);
  });

  it('is nothing from another window, without exactly one port, or in another message', () => {
    expect(composerPortFrom(handed({ source: { name: 'another frame' } }), parentWindow)).toBeNull();
    expect(composerPortFrom(handed({ source: null }), parentWindow)).toBeNull();
    expect(composerPortFrom(handed({ ports: [] }), parentWindow)).toBeNull();
    expect(composerPortFrom(handed({ ports: [port, new MessageChannel().port1] }), parentWindow)).toBeNull();
    for (const data of ['ali-lock-guide:composer-port', { type: 'port' }, null, composerHeightMessage(5)]) {
      expect(composerPortFrom(handed({ data }), parentWindow), JSON.stringify(data)).toBeNull();
    }
  });
});

describe('the height the frame reports', () => {
  it('is read from its message', () => {
    expect(composerHeightFrom(composerHeightMessage(612.4))).toBe(612);
  });

  it.each([
    ['a string', 'ali-lock-guide:composer-height'],
    ['another type', { type: 'resize', height: 500 }],
    ['a height as text', { type: 'ali-lock-guide:composer-height', height: '500' }],
    ['no height', { type: 'ali-lock-guide:composer-height' }],
    ['NaN', composerHeightMessage(Number.NaN)],
    ['infinity', composerHeightMessage(Number.POSITIVE_INFINITY)],
    ['nothing', null],
  ])('is nothing for a message that is not a height: %s', (_name, data) => {
    expect(composerHeightFrom(data)).toBeNull();
  });

  it('is clamped, and nothing else of the message is read', () => {
    const { min, max } = COMPOSER_HEIGHT_BOUNDS;
    expect(composerHeightFrom(composerHeightMessage(1e9))).toBe(max);
    expect(composerHeightFrom(composerHeightMessage(-50))).toBe(min);
    expect(composerHeightFrom({ ...composerHeightMessage(300), width: 9999, html: '<b>x</b>' })).toBe(300);
  });
});
