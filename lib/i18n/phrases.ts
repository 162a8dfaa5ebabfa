/**
 * Where our own Japanese may break: between phrases (文節: a word with the particles and
 * endings that follow it), never inside a word, before closing punctuation or a small
 * kana, or inside a phone number. Chromium can find phrases itself (`word-break:
 * auto-phrase`), Firefox cannot; so our texts are cut here, the same in both, and drawn
 * with `word-break: keep-all` and a break opportunity (<wbr>) between phrases. Only our
 * own texts: the page's words are data and keep the browser's normal breaking.
 *
 * The words come from the browser's (and Node's) Intl.Segmenter; joining them into phrases
 * is a few rules: what cannot start a phrase (particles and endings in hiragana, closing
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
const SPACE_END = /\s$/;
const NUMBER_BEFORE_SPACE = /[\d+]\s+$/;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;

/** Whether `segment` belongs to the phrase `current` ends with (a space already ends it, see below). */
function joins(current: string, segment: string): boolean {
  if (NO_START.test(segment) || OPENING.test(current)) return true;
  if (PUNCTUATION_END.test(current)) return false;
  if (HIRAGANA_ONLY.test(segment)) return true;
  if (LATIN_END.test(current) && LATIN_START.test(segment)) return true;
  if (VERB_STEM_END.test(current) && KANJI_START.test(segment)) return true;
  return COMPOUND_END.test(current) && COMPOUND_START.test(segment);
}

function phrasesOfRun(text: string): Phrase[] {
  if (!segmenter) return [{ text }];
  const phrases: Phrase[] = [];
  let current: Phrase | null = null;
  for (const { segment } of segmenter.segment(text)) {
    if (current === null) current = { text: segment };
    else if (/^\s+$/.test(segment)) current.text += segment;
    else if (SPACE_END.test(current.text)) {
      // A space breaks a line anyway; a particle after it (「+81 の」「VPN や」), or a
      // word after a number (「1 人」), stays with it: the phrase keeps its space unbroken.
      if (NO_START.test(segment) || HIRAGANA_ONLY.test(segment) || NUMBER_BEFORE_SPACE.test(current.text)) {
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

/** Our text cut into phrases; text without Japanese comes back whole (spaces already break it). */
export function phrasesOf(text: string): Phrase[] {
  if (!CJK.test(text) && !text.includes('+81') && !/\b0\d{1,4}-/.test(text)) return [{ text }];
  const out: Phrase[] = [];
  let at = 0;
  for (const match of text.matchAll(PHONE)) {
    if (match.index > at) out.push(...phrasesOfRun(text.slice(at, match.index)));
    out.push({ text: match[0], whole: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push(...phrasesOfRun(text.slice(at)));
  // What cannot start a line (「）です。」 after a number) stays with the number.
  return out.reduce<Phrase[]>((kept, phrase) => {
    const last = kept.at(-1);
    if (last?.whole && NO_START.test(phrase.text)) last.text += phrase.text;
    else kept.push(phrase);
    return kept;
  }, []);
}
