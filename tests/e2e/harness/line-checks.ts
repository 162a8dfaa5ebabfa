import { expect } from '@playwright/test';
import type { Kind } from '../../../lib/detect/kinds';
import { FIXTURE_PAGES, type FixturePage } from '../../fixtures/pages';
import { fixtureByFile, hintSelector, panelSelector } from './fixtures';
import { until, waitForHint, waitForPanel, type GuideFrame, type GuideTab } from './guide-tab';

/**
 * How our Japanese breaks into lines, measured as it is drawn: every character's box
 * (Range.getClientRects on the text nodes inside our shadow roots, or the popup's body),
 * grouped into the lines of its block. The same function runs in Chromium and Firefox.
 */
export interface LineScope {
  /** Hosts whose shadow roots hold our text (`ali-lock-guide`, `ali-lock-guide-hint`), or null for the whole document (the popup). */
  hosts: string | null;
}

export interface LineReport {
  /** One line per break a reader should never meet. */
  problems: string[];
  /** How many characters were measured (a check that measured nothing proves nothing). */
  measured: number;
}

/**
 * Runs in the page (or the popup): the breaks a reader should never meet, one line each.
 * - a line of one or two characters in a block of several lines;
 * - a line that starts with closing punctuation, a small kana or the long-vowel mark;
 * - a break between two letters of one text node: our texts carry a <wbr> at every phrase
 *   boundary (so phrases are separate text nodes); a break inside one is inside a word;
 * - a phone number or `+81 …` example on two lines.
 * The page's own words (`q`, `[data-page-text]`) and hidden or closed parts are not ours or not drawn.
 */
export function lineBreakProblems({ hosts }: LineScope): LineReport {
  const roots: Node[] = hosts === null ? [document.body] : [...document.querySelectorAll(hosts)].flatMap((h) => (h.shadowRoot ? [h.shadowRoot] : []));
  const CLOSING = /[、。，．）」』】〕〉》”’ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー：；？！)\].,:;!?]/;
  const LETTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ーA-Za-z0-9]/u;
  const PHONE = /\+81[\d -]*\d|\b0\d{1,4}-\d{1,4}-\d{3,4}\b/g;
  interface Char {
    node: Text;
    index: number;
    ch: string;
    top: number;
    bottom: number;
  }
  const blocks = new Map<Element, Char[]>();
  const displayOf = new Map<Element, string>();
  const display = (el: Element) => {
    let d = displayOf.get(el);
    if (d === undefined) displayOf.set(el, (d = getComputedStyle(el).display));
    return d;
  };
  const blockOf = (el: Element): Element => {
    let at: Element | null = el;
    while (at && (display(at) === 'inline' || display(at) === 'contents')) at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    return at ?? el;
  };
  const range = document.createRange();
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest('q, [data-page-text], script, style, option, select, textarea, [hidden]')) continue;
      // A closed <details> draws its summary only (Firefox still gives its content boxes).
      const closed = parent.closest('details:not([open])');
      if (closed && !parent.closest('summary')?.parentElement?.isSameNode(closed)) continue;
      const text = node.data;
      const chars: Char[] = [];
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i]!)) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0 || rect.height === 0) continue;
        chars.push({ node, index: i, ch: text[i]!, top: rect.top, bottom: rect.bottom });
      }
      if (chars.length === 0) continue;
      const block = blockOf(parent);
      blocks.set(block, [...(blocks.get(block) ?? []), ...chars]);
    }
  }
  const problems: string[] = [];
  let measured = 0;
  for (const chars of blocks.values()) {
    measured += chars.length;
    const lines: Char[][] = [];
    let bottom = -Infinity;
    for (const c of chars) {
      const middle = (c.top + c.bottom) / 2;
      if (lines.length === 0 || middle > bottom) {
        lines.push([c]);
        bottom = c.bottom;
      } else {
        lines.at(-1)!.push(c);
        bottom = Math.max(bottom, c.bottom);
      }
    }
    const whole = chars.map((c) => c.ch).join('');
    const lineTexts = lines.map((l) => l.map((c) => c.ch).join(''));
    const where = `${whole.slice(0, 36)}… as ${lineTexts.map((l) => `「${l}」`).join(' / ')}`;
    if (lines.length > 1) {
      lineTexts.forEach((line, i) => {
        if (line.length <= 2) problems.push(`a line of ${line.length} character(s) 「${line}」 in ${where}`);
        if (i > 0 && CLOSING.test(line[0]!)) problems.push(`a line starting with 「${line[0]}」 in ${where}`);
      });
      for (let l = 1; l < lines.length; l++) {
        const before = lines[l - 1]!.at(-1)!;
        const after = lines[l]![0]!;
        if (before.node === after.node && after.index === before.index + 1 && LETTER.test(before.ch) && LETTER.test(after.ch)) {
          problems.push(`a break inside a word 「${before.ch}/${after.ch}」 in ${where}`);
        }
      }
    }
    // Phone numbers: all their characters on one line.
    const lineOf = new Map<Char, number>();
    lines.forEach((line, i) => line.forEach((c) => lineOf.set(c, i)));
    const byNode = new Map<Text, Char[]>();
    for (const c of chars) byNode.set(c.node, [...(byNode.get(c.node) ?? []), c]);
    for (const [node, nodeChars] of byNode) {
      for (const match of node.data.matchAll(PHONE)) {
        const inside = nodeChars.filter((c) => c.index >= match.index && c.index < match.index + match[0].length);
        if (new Set(inside.map((c) => lineOf.get(c))).size > 1) problems.push(`a phone number split 「${match[0]}」 in ${where}`);
      }
    }
  }
  return { problems, measured };
}

/** Fails on any bad break, and when there was next to nothing to measure. */
export function expectGoodLines(report: LineReport, what: string): void {
  expect(report.measured, `${what}: characters measured`).toBeGreaterThan(40);
  expect(report.problems, what).toEqual([]);
}

/**
 * The fixture pages, one per panel: per kind, per interception of the anti-bot kind, and per
 * action for now where a fixture names it (a message with a panel of its own: "not
 * authorized", the checkout hold, the help center's advice on a wrong password).
 */
export function oneFixturePerPanel(): FixturePage[] {
  const seen = new Set<string>();
  return FIXTURE_PAGES.filter((f) => {
    if (!f.expect) return false;
    const key = `${f.expect}/${f.captchaVariant ?? ''}/${f.now ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function linesIn(frame: GuideFrame, scope: LineScope): Promise<LineReport> {
  return frame.evaluate(lineBreakProblems, scope);
}

/** The panel on `fixture`, as it first appears and with each of its sections opened (the composer is a frame of its own). */
export async function checkPanelLines(tab: GuideTab, fixture: FixturePage): Promise<void> {
  const kind = fixture.expect as Kind;
  await tab.open(fixture);
  const frame = await waitForPanel(tab, kind, fixture.frameUrlPrefix);
  const scope = { hosts: panelSelector(kind) };
  // The panel UI has filled in the first state.
  await until('the panel UI', async () =>
    (await frame.evaluate((s) => !!document.querySelector(s)?.shadowRoot?.querySelector('[data-section="now"]'), scope.hosts)) || undefined,
  );
  expectGoodLines(await linesIn(frame, scope), `${fixture.name}: first state`);
  if (fixture.frameUrlPrefix) return; // tab.clickInPanel reaches the top document's panel only
  const disclosures = await frame.evaluate(
    (s) => [...(document.querySelector(s)?.shadowRoot?.querySelectorAll<HTMLElement>('[data-disclosure]') ?? [])].map((b) => b.dataset.disclosure!),
    scope.hosts,
  );
  for (const id of disclosures.filter((d) => d !== 'compose')) {
    await tab.clickInPanel(kind, `[data-disclosure="${id}"]`);
    await until(`the ${id} section`, async () =>
      (await frame.evaluate(({ s, id }) => !!document.querySelector(s)?.shadowRoot?.querySelector(`section[data-section="${id}"]`), { s: scope.hosts, id })) || undefined,
    );
    expectGoodLines(await linesIn(frame, scope), `${fixture.name}: ${id} opened`);
  }
}

/** The phone hint's tip while a number is typed, on the account-recovery page. */
export async function checkHintLines(tab: GuideTab): Promise<void> {
  await tab.open(fixtureByFile('recover-verification.html'));
  const frame = await waitForHint(tab, 'phone-format');
  await tab.typeInPage('input[name="mobile"]', '09012345678');
  const host = hintSelector('phone-format');
  await until('the phone hint’s preview', async () =>
    (await frame.evaluate((s) => !!document.querySelector(s)?.shadowRoot?.querySelector('.tip:not([hidden]) [data-preview]'), host)) || undefined,
  );
  expectGoodLines(await linesIn(frame, { hosts: host }), 'the phone hint');
}

/** Runs in the popup: opens its closed parts (the other routes, the causes, the questions, every item's explanation) so that they are measured too. */
function openEverythingInPopup(): void {
  for (const details of document.querySelectorAll('details')) if (!details.classList.contains('composer-box')) details.open = true;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.more[aria-expanded="false"]')) button.click();
}

/** The toolbar popup for the tab showing `fixture`'s banner, everything in it opened. */
export async function checkPopupLines(tab: GuideTab, fixture: FixturePage): Promise<void> {
  await tab.open(fixture);
  await waitForPanel(tab, fixture.expect as Kind, fixture.frameUrlPrefix);
  const popup = await tab.openPopup();
  try {
    await popup.evaluate(openEverythingInPopup, undefined);
    expectGoodLines(await popup.evaluate(lineBreakProblems, { hosts: null }), `the popup for ${fixture.name}`);
  } finally {
    await popup.close();
  }
}

/** The check itself, on a page of bad breaks: it must find each kind (else its passing would prove nothing). */
export async function checkTheCheckFindsBadBreaks(tab: GuideTab): Promise<void> {
  const frame = tab.frames()[0]!;
  await frame.evaluate((html) => {
    document.open();
    document.write(html);
    document.close();
  }, BAD_BREAKS_PAGE);
  expectBadBreaksFound(await frame.evaluate(lineBreakProblems, { hosts: null }));
}

/**
 * A page of bad breaks on purpose (ordinary breaking in a narrow box): the check must find
 * each kind, or its passing on our panels would prove nothing.
 */
const BAD_BREAKS_PAGE = `<!doctype html><meta charset="utf-8"><body style="font: 16px sans-serif">
<p id="word" style="width: 5.5em; word-break: break-all">お問い合わせはパスワードで</p>
<p id="short" style="width: 8em; word-break: break-all">ロックを解除しますす</p>
<p id="closing" style="width: 10em; line-break: anywhere">確認してくださいねえ。</p>
<p id="phone" style="width: 9em; word-break: break-all">番号は +81 80-1234-5678 です</p>`;

/** What the check must report on BAD_BREAKS_PAGE. */
function expectBadBreaksFound(report: LineReport): void {
  const found = report.problems.join('\n');
  expect(found).toMatch(/a break inside a word/);
  expect(found).toMatch(/a line of [12] character/);
  expect(found).toMatch(/a line starting with/);
  expect(found).toMatch(/a phone number split/);
}
