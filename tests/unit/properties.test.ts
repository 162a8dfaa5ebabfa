import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../lib/detect/classify';
import { KINDS } from '../../lib/detect/kinds';
import { normalizeText } from '../../lib/detect/normalize';
import { parseJapanesePhone } from '../../lib/hints/phone';
import { composeSupportMessage, SUPPORT_SITUATIONS } from '../../lib/explain/support-message';
import { stripInvisibleControls } from '../../lib/detect/text-controls';

/**
 * Everything that reads page text or the user's typing, fed anything at all: it must never
 * throw, and its time must grow in step with the input (a regular expression that backtracks
 * would take minutes on a megabyte a page can put in one element).
 */

const anyText = fc.string({ unit: 'binary', maxLength: 600 });
/** Pieces that stress the patterns: separators, digits, spaces, invisible and wide forms. */
const piece = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.constantFrom(' ', '\u3000', '0', '0-', '+81', '８', 'ー', '\u200b', '\u202e', 'a', 'locked ', 'アカウント', 'ロック', "'", '–a', 'account '),
);

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069'];

const SUBJECTS: [string, (s: string) => unknown][] = [
  ['classifier', classifyText],
  ['normaliser', normalizeText],
  ['phone parser', parseJapanesePhone],
  ['invisible-control filter', stripInvisibleControls],
  ['composer', (s) => composeSupportMessage('locked', { account: s, orderNumber: s, since: s, errorText: s })],
];

/** The fastest of three runs, in milliseconds: the least disturbed by other work. */
function timeOf(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function repeatTo(chunk: string, length: number): string {
  return chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length);
}

describe('never throws', () => {
  it('classifies any text as a contract kind or nothing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const kind = classifyText(text);
        expect(kind === null || (KINDS as readonly string[]).includes(kind)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('normalises any text to one lower-case line, its compact form without spaces', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { spaced, compact } = normalizeText(text);
        expect(spaced).toBe(spaced.trim());
        expect(spaced).not.toMatch(/\s\s/);
        expect(compact).not.toContain(' ');
      }),
      { numRuns: 2_000 },
    );
  });

  it('parses any input into a valid +81 number or a reason', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.array(piece, { maxLength: 20 }).map((p) => p.join(''))), (input) => {
        const result = parseJapanesePhone(input);
        if (result.ok) expect(result.e164).toMatch(/^\+81[1-9]\d{8,9}$/);
        else expect(['empty', 'not-japanese', 'invalid']).toContain(result.reason);
      }),
      { numRuns: 2_000 },
    );
  });

  it('composes a message from any details, each kept to one short line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORT_SITUATIONS), anyText, anyText, anyText, (situation, account, orderNumber, since) => {
        const message = composeSupportMessage(situation, { account, orderNumber, since });
        for (const text of [message.en, message.ja]) {
          expect(typeof text).toBe('string');
          // The user's text never adds lines of its own: greeting, body, up to 3 facts, thanks.
          expect(text.split('\n').length).toBeLessThanOrEqual(10);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('removes invisible controls wherever they are put, and nothing else', () => {
    const visible = fc.string({ unit: 'binary', maxLength: 200 }).map(stripInvisibleControls);
    fc.assert(
      fc.property(visible, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 20 }), (text, inserts) => {
        let dirty = text;
        for (const [at, c] of inserts) {
          const i = at % (dirty.length + 1);
          dirty = dirty.slice(0, i) + c + dirty.slice(i);
        }
        expect(stripInvisibleControls(dirty)).toBe(text);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('linear to 1 MB', () => {
  it.each(SUBJECTS)('%s: ten times the input takes about ten times as long', (_name, subject) => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join('')), (chunk) => {
        const small = repeatTo(chunk, 100_000);
        const large = repeatTo(chunk, 1_000_000);
        // Linear is ×10, quadratic ×100 (minutes at 1 MB). The floor keeps a fast run from
        // turning scheduler noise into a ratio, and a run that another process slowed down
        // is measured again: a quadratic one fails every time.
        const ratios: string[] = [];
        for (let attempt = 0; attempt < 3; attempt++) {
          const tSmall = timeOf(() => subject(small));
          const tLarge = timeOf(() => subject(large));
          if (tLarge < 30 * Math.max(tSmall, 20)) return;
          ratios.push(`${tLarge.toFixed(0)} ms vs ${tSmall.toFixed(0)} ms`);
        }
        expect.fail(`not linear for ${JSON.stringify(chunk.slice(0, 40))}: ${ratios.join('; ')}`);
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
