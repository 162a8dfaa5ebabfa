import type { Kind } from '../detect/kinds';

/**
 * The message an extension page or the background may send a content script to learn that
 * its first reading of the document is done, and what it found. The end-to-end tests ask it
 * before they conclude that a page shows nothing. Only the extension's own contexts can
 * message a content script, so a page cannot use it to detect the extension, and answering
 * changes nothing on the page.
 */
export const FIRST_PASS_QUERY = 'ali-lock-guide:first-pass-done?';

export interface FirstPassAnswer {
  /** The frame's address when it answered. */
  url: string;
  /** The kinds the detector shows in that frame (kinds only, never page text). */
  kinds: Kind[];
}

/**
 * What the content script sends back: the address, then the kinds (an array is shorter in
 * the every-page script than an object with named fields; the tests read it as a
 * FirstPassAnswer, tests/e2e/harness/guide-tab.ts).
 */
export type FirstPassReply = [url: string, ...kinds: Kind[]];
