import { Fragment, type ComponentChildren } from 'preact';
import { phrasesOf } from '../lib/i18n/phrases';

/**
 * Our text with a break opportunity (<wbr>) between its phrases and its phone numbers
 * unbreakable (lib/i18n/phrases.ts): drawn with `word-break: keep-all`, Japanese then breaks
 * only between phrases, in every browser. Text only; never for the page's words.
 */
export function phrased(text: string): ComponentChildren {
  const phrases = phrasesOf(text);
  if (phrases.length === 1 && !phrases[0]!.whole) return text;
  // One inline box around the phrases: in a flex row (a checkbox's label) each loose piece
  // would be an item of its own, with the row's gap between them.
  return (
    <span class="phrased">
      {phrases.map((phrase, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {phrase.whole ? <span class="whole">{phrase.text}</span> : phrase.text}
        </Fragment>
      ))}
    </span>
  );
}
