import { describe, expect, it } from 'vitest';
import { stripInvisibleControls } from '../../../lib/detect/text-controls';

describe('invisible controls', () => {
  it('removes zero-width characters inside a word', () => {
    expect(stripInvisibleControls('lo\u200bcked')).toBe('locked');
    expect(stripInvisibleControls('a\u200cc\u200dc\u2060o\ufeffu\u00adnt')).toBe('account');
  });

  it('removes every bidirectional control', () => {
    const controls = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const c of controls) expect(stripInvisibleControls(`Your ${c}account${c} is locked`)).toBe('Your account is locked');
    // A right-to-left override shows "dekcol" as "locked"; quoted without it, it reads as typed.
    expect(stripInvisibleControls('\u202edekcol\u202c')).toBe('dekcol');
  });

  it('keeps visible text, spaces and line breaks as they are', () => {
    const text = 'アカウントが ロック\tされています。\nTry again — “later”. 계정 ﻿'.replace('\ufeff', '');
    expect(stripInvisibleControls(text)).toBe(text);
    expect(stripInvisibleControls('')).toBe('');
  });
});
