import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../lib/detect/kinds';
import { GUIDE_BY_KIND } from '../../lib/knowledge/by-kind';
import { KNOWLEDGE, type KnowledgeId } from '../../lib/knowledge/entries';

/** The fact IDs of KNOWLEDGE.md, as agreed. */
const FACT_IDS = [
  'cause.shared-email', 'cause.under-review', 'cause.payment-changes', 'cause.buyer-feedback',
  'cause.unpaid-orders', 'cause.frequent-disputes', 'cause.others-card', 'cause.deleted',
  'cause.new-device', 'cause.network-mismatch', 'cause.phone-missing',
  'step.try-browser', 'step.update-browser', 'step.other-browser', 'step.forgot-password',
  'step.phone-format', 'step.allow-sms', 'step.verify-email',
  'support.topics', 'support.chat', 'support.no-phone-screen', 'support.appeal',
  'support.new-account-tradeoffs',
  'faq.why-temporary-lock', 'faq.no-phone-screen', 'faq.is-it-locked', 'faq.stay-calm',
];

// The fact sheet lives beside the repository when the team's shared folder is there.
const FACT_SHEET = resolve(__dirname, '../../../shared/KNOWLEDGE.md');

describe('knowledge base', () => {
  it('has exactly one entry per fact ID', () => {
    expect(Object.keys(KNOWLEDGE).sort()).toEqual([...FACT_IDS].sort());
  });

  it.runIf(existsSync(FACT_SHEET))('matches the IDs of the fact sheet', () => {
    const ids = [...readFileSync(FACT_SHEET, 'utf8').matchAll(/^\| `([a-z]+\.[a-z-]+)` \|/gm)].map((m) => m[1]);
    expect([...new Set(ids)].sort()).toEqual([...FACT_IDS].sort());
  });

  it.each(Object.entries(KNOWLEDGE))('%s has a title and body in both languages', (_id, entry) => {
    for (const lang of ['ja', 'en'] as const) {
      expect(entry[lang].title.trim().length).toBeGreaterThan(3);
      expect(entry[lang].body.trim().length).toBeGreaterThan(20);
    }
    // Japanese text is really Japanese, not a copied English sentence.
    expect(entry.ja.body).toMatch(/[\u3040-\u30ff]/);
  });

  it('maps every kind to entries that exist, with something to do', () => {
    expect(Object.keys(GUIDE_BY_KIND).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) {
      const guide = GUIDE_BY_KIND[kind];
      const refs: KnowledgeId[] = [...guide.causes, ...guide.steps, ...guide.support, ...guide.faq];
      for (const id of refs) expect(KNOWLEDGE, `${kind} → ${id}`).toHaveProperty([id]);
      expect(new Set(refs).size, `${kind} lists an entry twice`).toBe(refs.length);
      expect(guide.steps.length + guide.support.length, kind).toBeGreaterThan(0);
      expect(guide.headline.ja).toMatch(/[\u3040-\u30ff]/);
      expect(guide.headline.en.length).toBeGreaterThan(10);
    }
  });

  it('files each list under its own category', () => {
    for (const kind of KINDS) {
      const guide = GUIDE_BY_KIND[kind];
      for (const id of guide.causes) expect(id).toMatch(/^cause\./);
      for (const id of guide.steps) expect(id).toMatch(/^step\./);
      for (const id of guide.support) expect(id).toMatch(/^support\./);
      for (const id of guide.faq) expect(id).toMatch(/^faq\./);
    }
  });

  it('uses every entry somewhere', () => {
    const used = new Set(
      KINDS.flatMap((k) => [...GUIDE_BY_KIND[k].causes, ...GUIDE_BY_KIND[k].steps, ...GUIDE_BY_KIND[k].support, ...GUIDE_BY_KIND[k].faq]),
    );
    const unused = FACT_IDS.filter((id) => !used.has(id as KnowledgeId));
    expect(unused).toEqual([]);
  });
});
