import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../lib/detect/kinds';
import { CAUSE_IDS, COUNTED_ITEMS, FAQ_IDS } from '../../../lib/explain/checklist';
import { LOCALE_MESSAGES } from '../../../lib/i18n/ui-strings';
import { ACTIONS } from '../../../lib/explain/actions';
import { guideFor, type PageFacts } from '../../../lib/explain/guide';
import { NO_PAGE_FACTS } from '../../../lib/explain/situation';
import { KNOWLEDGE } from '../../../lib/explain/entries';

/**
 * The project's fact sheet, kept in the repository (docs/KNOWLEDGE.md): every entry of the
 * knowledge base stands for one of its IDs. Missing, the test fails rather than skip.
 */
const FACT_SHEET = resolve(__dirname, '../../../docs/KNOWLEDGE.md');

function factIds(): string[] {
  expect(existsSync(FACT_SHEET), `the fact sheet is missing: ${FACT_SHEET} (docs/KNOWLEDGE.md in the repository)`).toBe(true);
  const ids = [...readFileSync(FACT_SHEET, 'utf8').matchAll(/^\| `([a-z]+\.[a-z-]+)` \|/gm)].map((m) => m[1]!);
  expect(ids.length, 'no fact IDs found in docs/KNOWLEDGE.md: did its table change shape?').toBeGreaterThan(0);
  return [...new Set(ids)].sort();
}

describe('knowledge base', () => {
  it('has exactly one entry per fact ID of the fact sheet', () => {
    expect(Object.keys(KNOWLEDGE).sort()).toEqual(factIds());
  });

  it.each(Object.entries(KNOWLEDGE))('%s has a title and body in both languages', (_id, entry) => {
    for (const lang of ['ja', 'en'] as const) {
      expect(entry[lang].title.trim().length).toBeGreaterThan(3);
      expect(entry[lang].body.trim().length).toBeGreaterThan(20);
    }
    // Japanese text is really Japanese, not a copied English sentence.
    expect(entry.ja.body).toMatch(/[\u3040-\u30ff]/);
  });

  it('uses every entry somewhere: in a panel, or as a checklist action', () => {
    const facts: PageFacts[] = [
      NO_PAGE_FACTS,
      { ...NO_PAGE_FACTS, hasAppealButton: true },
      { ...NO_PAGE_FACTS, hasPhoneField: true },
      { ...NO_PAGE_FACTS, hasCodeField: true },
    ];
    const used = new Set<string>();
    for (const kind of KINDS) {
      for (const page of facts) {
        const g = guideFor(kind, page);
        for (const id of [g.now, ...g.steps]) for (const covered of ACTIONS[id].covers) used.add(covered);
        for (const id of [...g.noteCovers, ...g.causes, ...g.support, ...g.faq]) used.add(id);
      }
    }
    for (const id of COUNTED_ITEMS) used.add(id);
    for (const id of CAUSE_IDS) used.add(id);
    for (const id of FAQ_IDS) used.add(id);
    expect(Object.keys(KNOWLEDGE).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('Japanese wording', () => {
  const japanese: [string, string][] = [
    ...Object.entries(KNOWLEDGE).flatMap(([id, e]): [string, string][] => [
      [`${id}.title`, e.ja.title],
      [`${id}.body`, e.ja.body],
    ]),
    ...Object.entries(ACTIONS).flatMap(([id, a]): [string, string][] => [
      [`${id}.title`, a.ja.title],
      ...((a.ja as { detail?: string }).detail ? [[`${id}.detail`, (a.ja as { detail: string }).detail] as [string, string]] : []),
    ]),
    ...Object.entries(LOCALE_MESSAGES.ja).map(([key, text]): [string, string] => [key, text]),
  ];

  it.each(japanese)('%s: a space between Japanese and Latin letters', (_key, text) => {
    expect(text).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}][A-Za-z+]|[A-Za-z][\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
  });

  it.each(Object.entries(KNOWLEDGE))('%s: polite sentences, no dangling connective', (_id, entry) => {
    for (const sentence of entry.ja.body.split(/(?<=。)/).filter(Boolean)) {
      expect(sentence.trim()).toMatch(/(です|ます|ください|ません|でした|ました)(（[^）]*）)?。$/);
    }
    expect(entry.ja.body).not.toMatch(/^(それ以外|それでも|また|なお|ただし)/);
    // Casual forms the fact sheet's readers should not meet.
    expect(entry.ja.body).not.toMatch(/だめ|目を付け|無事/);
  });

  // Where KNOWLEDGE.md says "can", the user reads 「ことがあります」 (or a hedge like it).
  it.each([
    'cause.shared-email', 'cause.under-review', 'cause.payment-changes', 'cause.buyer-feedback', 'cause.unpaid-orders',
    'cause.others-card', 'cause.new-device', 'cause.phone-missing',
  ] as const)('%s hedges as the fact sheet does', (id) => {
    expect(KNOWLEDGE[id].ja.body).toMatch(/ことがあります|やすくなります/);
  });

  // The fact sheet's section "From AliExpress's help center": said as the help center's words.
  const HELP_CENTER_IDS = ['step.check-typing', 'step.clear-cookies', 'step.check-inbox', 'support.not-authorized', 'support.retrieve-account'] as const;

  it('marks exactly the help center\'s entries as its advice, in data and in both languages', () => {
    const marked = Object.entries(KNOWLEDGE).filter(([, e]) => (e as { source?: string }).source === 'help-center').map(([id]) => id);
    expect(marked.sort()).toEqual([...HELP_CENTER_IDS].sort());
    for (const id of HELP_CENTER_IDS) {
      expect(KNOWLEDGE[id].ja.body).toMatch(/^AliExpress のヘルプセンターによると、/);
      expect(KNOWLEDGE[id].en.body).toMatch(/^According to AliExpress’s help center, /);
    }
  });

  it('says the spam-folder remark is general advice, not the help center\'s', () => {
    expect(KNOWLEDGE['step.check-inbox'].ja.body).toMatch(/迷惑メールフォルダ.*（ヘルプセンターの案内ではなく、一般的なメールの注意です）/);
    expect(KNOWLEDGE['step.check-inbox'].en.body).toMatch(/spam folder.*\(general e-mail advice, not the help center’s\)/);
  });

  it('hedges the help center\'s "may" and keeps its hard limits', () => {
    expect(KNOWLEDGE['step.check-inbox'].ja.body).toMatch(/ことがあります/);
    expect(KNOWLEDGE['step.check-typing'].ja.body).toMatch(/大文字と小文字が区別/);
    expect(KNOWLEDGE['support.retrieve-account'].ja.body).toMatch(/1 年以内.*支払日・金額・使ったカード.*方法はありません/);
  });

  it('marks what comes from reports, not from AliExpress', () => {
    expect(KNOWLEDGE['cause.network-mismatch'].ja.body).toMatch(/報告/);
    expect(KNOWLEDGE['support.appeal'].ja.body).toMatch(/報告/);
    expect(KNOWLEDGE['cause.frequent-disputes'].ja.body).toMatch(/報告/);
    expect(ACTIONS['support.appeal'].ja.detail).toMatch(/報告/);
    expect(ACTIONS['page.vpn-off'].ja.detail).toMatch(/報告/);
  });
});
