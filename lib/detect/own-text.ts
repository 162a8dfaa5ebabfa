/**
 * A block's own text: its text nodes and the inline elements inside it, not the blocks
 * nested in it. The detector matches rules against it (a form's own text is its "Forgot
 * password?" link, not the error lines inside it), and the panel quotes it: one reading of
 * what the message says, for both.
 */

// Reading stops at the first element that is not one of these, so a message split across
// inline elements is read as one text, and a block nested in it (a row of buttons, a list
// of links, a form) is not part of it. (One string: every page loads this list, and it is
// shorter so.)
export const INLINE_TAGS: ReadonlySet<string> = new Set(
  'A ABBR B BDI BDO BR CITE CODE DFN EM FONT I KBD LABEL MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR WBR'.split(' '),
);

/**
 * The own text of `block`, read until it is longer than `maxLength`. `enters` says which
 * inline elements are read into (the callers leave out nested message containers, and the
 * quote also controls and hidden elements); `onNode` counts the nodes visited (the
 * detector's work budget).
 */
export function ownText(block: Element, enters: (inline: Element) => boolean, maxLength: number, onNode?: () => void): string {
  let text = '';
  const visit = (parent: Element) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      onNode?.();
      if (node.nodeType === 3) {
        text += (node as Text).data;
        if (text.length > maxLength) return;
      } else if (node.nodeType === 1) {
        const el = node as Element;
        if (el.tagName === 'BR') text += ' ';
        else if (INLINE_TAGS.has(el.tagName) && enters(el)) visit(el);
      }
    }
  };
  visit(block);
  return text;
}
