import { describe, expect, it } from 'vitest';
import {
  COMPOSER_HEIGHT_BOUNDS,
  COMPOSER_QUOTE_LIMIT,
  composerFrameFragment,
  composerHeightFrom,
  composerHeightMessage,
  DEFAULT_COMPOSER_FRAME_PARAMS,
  parseComposerFrameParams,
  type ComposerFrameParams,
  type ReceivedMessage,
} from '../../lib/composer-frame';

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

describe('the height message filter', () => {
  const frameWindow = { name: 'the composer frame' };
  const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
  const fromFrame = (data: unknown, changes: Partial<ReceivedMessage> = {}): ReceivedMessage => ({
    isTrusted: true,
    source: frameWindow,
    origin: ORIGIN,
    data,
    ...changes,
  });

  it('takes the height the frame reports', () => {
    expect(composerHeightFrom(fromFrame(composerHeightMessage(612.4)), frameWindow, ORIGIN)).toBe(612);
  });

  it('ignores messages from anywhere else', () => {
    const message = composerHeightMessage(600);
    // Another window (the page itself, another frame).
    expect(composerHeightFrom(fromFrame(message, { source: { name: 'the page' } }), frameWindow, ORIGIN)).toBeNull();
    expect(composerHeightFrom(fromFrame(message, { source: null }), frameWindow, ORIGIN)).toBeNull();
    // Our frame's window, navigated by the page to a document of its own.
    expect(composerHeightFrom(fromFrame(message, { origin: 'https://login.aliexpress.com' }), frameWindow, ORIGIN)).toBeNull();
    expect(composerHeightFrom(fromFrame(message, { origin: 'null' }), frameWindow, ORIGIN)).toBeNull();
    // A MessageEvent a page script built, with our frame and origin written in.
    expect(composerHeightFrom(fromFrame(message, { isTrusted: false }), frameWindow, ORIGIN)).toBeNull();
    // The frame is gone.
    expect(composerHeightFrom(fromFrame(message), null, ORIGIN)).toBeNull();
    expect(composerHeightFrom(fromFrame(message, { source: undefined }), undefined, ORIGIN)).toBeNull();
  });

  it.each([
    ['a string', 'ali-lock-guide:composer-height'],
    ['another type', { type: 'resize', height: 500 }],
    ['a height as text', { type: 'ali-lock-guide:composer-height', height: '500' }],
    ['no height', { type: 'ali-lock-guide:composer-height' }],
    ['NaN', composerHeightMessage(Number.NaN)],
    ['infinity', composerHeightMessage(Number.POSITIVE_INFINITY)],
    ['nothing', null],
  ])('ignores a message that is not a height: %s', (_name, data) => {
    expect(composerHeightFrom(fromFrame(data), frameWindow, ORIGIN)).toBeNull();
  });

  it('clamps the height, and reads nothing else of the message', () => {
    const { min, max } = COMPOSER_HEIGHT_BOUNDS;
    expect(composerHeightFrom(fromFrame(composerHeightMessage(1e9)), frameWindow, ORIGIN)).toBe(max);
    expect(composerHeightFrom(fromFrame(composerHeightMessage(-50)), frameWindow, ORIGIN)).toBe(min);
    expect(composerHeightFrom(fromFrame({ ...composerHeightMessage(300), width: 9999, html: '<b>x</b>' }), frameWindow, ORIGIN)).toBe(300);
  });
});
