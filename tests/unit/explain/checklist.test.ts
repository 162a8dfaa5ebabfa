import { describe, expect, it } from 'vitest';
import { buildChecklist, CAUSE_IDS, COUNTED_ITEMS } from '../../../lib/explain/checklist';
import { KNOWLEDGE } from '../../../lib/explain/entries';
import { guideFor, type PageFacts } from '../../../lib/explain/guide';
import { NO_PAGE_FACTS } from '../../../lib/explain/situation';
import type { Situation } from '../../../lib/explain/situation';

describe('checklist', () => {
  it('counts actions only: every step and support action once, no cause, no question', () => {
    const steps = Object.keys(KNOWLEDGE).filter((id) => /^step\./.test(id));
    for (const id of steps) expect(COUNTED_ITEMS).toContain(id);
    expect(new Set(COUNTED_ITEMS).size).toBe(COUNTED_ITEMS.length);
    for (const id of COUNTED_ITEMS) expect(id).not.toMatch(/^(cause|faq)\./);
    expect(COUNTED_ITEMS.length).toBe(17);
  });

  const at = (kind: Situation['kind'], page: Partial<PageFacts> = {}): Situation => ({ kind, page: { ...NO_PAGE_FACTS, ...page } });
  const counted = (id: string) => (COUNTED_ITEMS as readonly string[]).includes(id);

  it("tells the panel's story first: its action for now, then its steps, counting only those", () => {
    for (const situation of [at('sms-code', { hasPhoneField: true }), at('locked', { hasAppealButton: true }), at('captcha', { captchaVariant: 'block' })]) {
      const list = buildChecklist([situation]);
      const guide = guideFor(situation.kind, situation.page);
      expect(list.stories[0]!.actions).toEqual([guide.now, ...guide.steps]);
      expect(list.counted).toEqual([guide.now, ...guide.steps].filter(counted));
      const all = [...list.counted, ...list.sections.flatMap((s) => s.items)];
      expect(new Set(all).size).toBe(all.length);
      expect([...all].sort()).toEqual([...COUNTED_ITEMS].sort());
    }
  });

  it('leads with the appeal on a lock screen that offers it, and with forgot-password where it does not', () => {
    expect(buildChecklist([at('locked', { hasAppealButton: true })]).stories[0]!.actions[0]).toBe('support.appeal');
    expect(buildChecklist([at('locked')]).stories[0]!.actions[0]).toBe('step.forgot-password');
  });

  it('opens only the sections the panel names; a robot check names none and counts nothing', () => {
    const lock = buildChecklist([at('locked')]);
    expect(lock.sections.filter((s) => s.applies).map((s) => s.id)).toEqual(['unlock', 'support']);
    const slider = buildChecklist([at('captcha', { captchaVariant: 'slider' })]);
    expect(slider.counted).toEqual([]);
    expect(slider.sections.every((s) => !s.applies)).toBe(true);
    expect(slider.causes[0]).toBe('cause.network-mismatch');
  });

  it('says an action once when two situations share it', () => {
    const list = buildChecklist([at('locked'), at('too-many-attempts')]);
    const said = list.stories.flatMap((s) => s.actions);
    expect(new Set(said).size).toBe(said.length);
    expect(list.stories[1]!.actions).not.toContain('step.forgot-password');
  });

  it("lists only the causes that can apply to the tab's banner, and every cause when it shows none", () => {
    expect(buildChecklist([at('restricted')]).causes).toEqual(guideFor('restricted').causes);
    expect(buildChecklist([at('captcha', { captchaVariant: 'block' })]).causes).toEqual(['cause.network-mismatch']);
    expect(buildChecklist([at('wrong-credentials')]).causes).toEqual([]);
    expect(buildChecklist([]).causes).toEqual(CAUSE_IDS);
  });

  it('counts every checklist action, in open sections, when the tab shows nothing', () => {
    const list = buildChecklist([]);
    expect(list.stories).toEqual([]);
    expect(list.counted).toEqual(COUNTED_ITEMS);
    expect(list.sections.map((s) => [s.id, s.applies])).toEqual([['unlock', true], ['login', true], ['support', true]]);
  });
});
