/**
 * Text normalisation before matching. The site mixes full-width and half-width forms,
 * non-breaking and zero-width spaces, curly quotes and odd case, so rules are written
 * against one canonical form instead of enumerating variants.
 */

const QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff70](?=[a-z0-9])|(?<=[a-z0-9])[\u2010-\u2015\u2212]/g;
// \s covers NBSP and the ideographic space; zero-width characters are not \s.
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/g;

export interface NormalizedText {
  /** NFKC, lower case, one space between words: for Latin and Cyrillic rules. */
  spaced: string;
  /** The same without any spaces: for Japanese, Chinese and Korean rules. */
  compact: string;
}

export function normalizeText(raw: string): NormalizedText {
  const spaced = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(QUOTES, "'")
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
  return { spaced, compact: spaced.replace(/ /g, '') };
}
