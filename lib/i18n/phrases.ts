/**
 * Where our own Japanese may break: between phrases (文節: a word with the particles and
 * endings that follow it), never inside a word, before closing punctuation or a small
 * kana, or inside a phone number. Chromium can find phrases itself (`word-break:
 * auto-phrase`), Firefox cannot; so our texts are cut here, the same in both, and drawn
 * with `word-break: keep-all` and a break opportunity (<wbr>) between phrases. Only our
 * own texts: the page's words are data and keep the browser's normal breaking.
 *
 * The words are runs of one script (wordsOf below); joining them into phrases is a few
 * rules: what cannot start a phrase (particles and endings in hiragana, closing
 * punctuation, small kana) joins the word before it, an opening bracket joins the word
 * after it, and words written in kanji, katakana or Latin letters next to each other are
 * one compound (電話 + 番号).
 */
export interface Phrase {
  text: string;
  /** A phone number or a `+81 …` example: never split, even where it has spaces. */
  whole?: true;
}

// +81 80-1234-5678, +818012345678, 080-1234-5678, 03-1234-5678.
const PHONE = /\+81[\d -]*\d|\b0\d{1,4}-\d{1,4}-\d{3,4}\b/g;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/;
const HIRAGANA_ONLY = /^[\u3040-\u309fー]+$/;
// Closing punctuation, iteration marks, small kana and the long-vowel mark: never first on a line.
const NO_START = /^[、。，．・：；？！）」』】〕〉》”’ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶー)\].,:;!?%]/;
const OPENING = /[（「『【〔〈《“‘([]$/;
const PUNCTUATION_END = /[、。！？：]$/;
const COMPOUND_END = /[\u30a0-\u30ff\u3400-\u9fffA-Za-z0-9+]$/;
const COMPOUND_START = /^[\u30a0-\u30ff\u3400-\u9fff]/;
const LATIN_END = /[A-Za-z0-9+]$/;
const LATIN_START = /^[A-Za-z0-9]/;
// A verb stem before a second verb in kanji (入力し|直す, 送り|直し, 読み|込む, 乗っ|取り), and the
// polite prefix before its word (お|試し, ご|利用): one word each.
const VERB_STEM_END = /(?:[\u3400-\u9fff][しりみきちびいえけせれめねげべっ]|(?:^|[^\u3040-\u309f])[おご])$/;
const KANJI_START = /^[\u3400-\u9fff]/;
const PREFIX = /^[おご]$/;
const HIRAGANA_END = /[\u3040-\u309f]$/;
const SPACE_END = /\s$/;
const NUMBER_BEFORE_SPACE = /[\d+]\s+$/;
// A word in kanji, a space, letters in capitals: one term (会員 ID), never two lines.
const KANJI_BEFORE_SPACE = /[\u3400-\u9fff]\s+$/;
const CAPITALS = /^[A-Z]{2,4}$/;

/**
 * Our words, without Intl.Segmenter: its Japanese word breaking loads ICU's dictionary, 15–45 ms
 * on the first use in a process (the popup's first open, each page's first panel; measured in
 * Chromium 156 at load 12–15), for breaks that the rules below mostly undo. A word is a run of
 * one script: hiragana, katakana, kanji, other letters and digits (with the dots, commas and
 * underscores of an address or a number), spaces; any other character alone. Hiragana that
 * starts a word written on in kanji is cut off its run: a polite prefix alone (お|試し, as the
 * dictionary has it), and the few such words our texts have whole (もう一度, やり直す, まとめ買い).
 * For every text of ours the phrases are the ones Intl.Segmenter's words give
 * (tests/unit/i18n/phrases.test.ts): a new text that differs fails there and adds its word here.
 */
const KANJI_LEADS = '(?:もう|やり|まとめ)[\\u3400-\\u9fff々]';
const LETTERS = '(?:(?![\\u3040-\\u30ff\\u3400-\\u9fff々])[\\p{L}\\p{N}\\p{M}])+';
const WORDS = new RegExp(
  [
    '[おご](?=[\\u3400-\\u9fff々])',
    `${KANJI_LEADS}+`,
    `[\\u3040-\\u309f]+?(?=[おご][\\u3400-\\u9fff々]|${KANJI_LEADS}|[^\\u3040-\\u309f]|$)`,
    '[\\u30a0-\\u30ff]+',
    '[\\u3400-\\u9fff々]+',
    `${LETTERS}(?:[.,_]${LETTERS})*`,
    '\\s+',
    '[^]',
  ].join('|'),
  'gu',
);

/** A text cut into the words phrases are made of. */
export type WordCutter = (text: string) => Iterable<string>;
const wordsOf: WordCutter = (text) => text.match(WORDS) ?? [];

/** Whether `segment` belongs to the phrase `current` ends with (a space already ends it, see below). */
function joins(current: string, segment: string): boolean {
  if (NO_START.test(segment) || OPENING.test(current)) return true;
  if (PUNCTUATION_END.test(current)) return false;
  // A polite prefix after a particle starts its word's phrase (大切な|お知らせ, を|ご確認).
  if (PREFIX.test(segment) && HIRAGANA_END.test(current)) return false;
  if (HIRAGANA_ONLY.test(segment)) return true;
  if (LATIN_END.test(current) && LATIN_START.test(segment)) return true;
  if (VERB_STEM_END.test(current) && KANJI_START.test(segment)) return true;
  return COMPOUND_END.test(current) && COMPOUND_START.test(segment);
}

function phrasesOfRun(text: string, words: WordCutter): Phrase[] {
  const phrases: Phrase[] = [];
  let current: Phrase | null = null;
  for (const segment of words(text)) {
    if (current === null) current = { text: segment };
    else if (/^\s+$/.test(segment)) current.text += segment;
    else if (SPACE_END.test(current.text)) {
      // A space breaks a line anyway; a particle after it (「+81 の」「VPN や」), a word
      // after a number (「1 人」) or a term's capitals (「会員 ID」) stay with it: the phrase
      // keeps its space unbroken.
      if (
        NO_START.test(segment) ||
        HIRAGANA_ONLY.test(segment) ||
        NUMBER_BEFORE_SPACE.test(current.text) ||
        (CAPITALS.test(segment) && KANJI_BEFORE_SPACE.test(current.text))
      ) {
        current.text += segment;
        current.whole = true;
      } else {
        phrases.push(current);
        current = { text: segment };
      }
    } else if (joins(current.text, segment)) current.text += segment;
    else {
      phrases.push(current);
      current = { text: segment };
    }
  }
  if (current !== null) phrases.push(current);
  return phrases;
}

/** Our text cut into phrases; text without Japanese comes back whole (spaces already break it). `words`: for tests. */
export function phrasesOf(text: string, words: WordCutter = wordsOf): Phrase[] {
  if (!CJK.test(text) && !text.includes('+81') && !/\b0\d{1,4}-/.test(text)) return [{ text }];
  const out: Phrase[] = [];
  let at = 0;
  for (const match of text.matchAll(PHONE)) {
    if (match.index > at) out.push(...phrasesOfRun(text.slice(at, match.index), words));
    out.push({ text: match[0], whole: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push(...phrasesOfRun(text.slice(at), words));
  // What cannot start a line (「）です。」 after a number) stays with the number.
  return out.reduce<Phrase[]>((kept, phrase) => {
    const last = kept.at(-1);
    if (last?.whole && NO_START.test(phrase.text)) last.text += phrase.text;
    else kept.push(phrase);
    return kept;
  }, []);
}
