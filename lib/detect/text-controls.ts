/**
 * Characters that change how text is read without being seen: zero-width spaces and joiners,
 * the soft hyphen, invisible operators, the byte-order mark, the bidirectional controls
 * (embeddings, overrides, isolates and marks), and the tag characters U+E0000–E007F (which
 * spell hidden ASCII; written as their UTF-16 pairs, so the pattern needs no `u` flag). A
 * page can put them inside a word to keep it from matching (`lo\u200Bcked`), or use an override to show quoted text reversed. None of
 * them carries meaning in a banner's message, so they are removed before matching and
 * before quoting.
 */
const INVISIBLE_CONTROLS = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/g;

export function stripInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}
