import type { ComponentChildren } from 'preact';
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
  // would be an item of its own, with the row's gap between them. Its children are one flat
  // list, not a fragment per phrase: the popup's first view draws about a hundred of these.
  const children: ComponentChildren[] = [];
  phrases.forEach((phrase, i) => {
    if (i > 0) children.push(<wbr />);
    children.push(phrase.whole ? <span class="whole">{phrase.text}</span> : phrase.text);
  });
  return <span class="phrased">{children}</span>;
}
