/**
 * Text normalisation before matching. The site mixes full-width and half-width forms,
 * non-breaking and zero-width spaces, curly quotes and odd case, so rules are written
 * against one canonical form instead of enumerating variants.
 */

import { stripInvisibleControls } from './text-controls';

const QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff70](?=[a-z0-9])|(?<=[a-z0-9])[\u2010-\u2015\u2212]/g;
// \s covers NBSP and the ideographic space. Zero-width and direction controls are removed
// before (a page can hide a word from matching with one: "lo\u200bcked").
const SPACES = /\s+/g;

export interface NormalizedText {
  /** NFKC, lower case, one space between words: for Latin and Cyrillic rules. */
  spaced: string;
  /** The same without any spaces: for Japanese, Chinese and Korean rules. */
  compact: string;
}

export function normalizeText(raw: string): NormalizedText {
  const spaced = stripInvisibleControls(raw)
    .normalize('NFKC')
    .toLowerCase()
    .replace(QUOTES, "'")
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
  return { spaced, compact: spaced.replace(/ /g, '') };
}
