// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Panel } from '../../../components/Panel';
import { KINDS } from '../../../lib/detect/kinds';
import { actionText } from '../../../lib/explain/actions';
import { guideFor } from '../../../lib/explain/guide';
import { NO_PAGE_FACTS } from '../../../lib/explain/situation';

describe('the panel\'s "together with" row', () => {
  it('gives the step its own line and its explanation the next: a title without a full stop never runs into a sentence', () => {
    let rows = 0;
    for (const kind of KINDS) {
      const guide = guideFor(kind, NO_PAGE_FACTS);
      if (!guide.nowWith) continue;
      for (const lang of ['ja', 'en'] as const) {
        const { title, detail } = actionText(guide.nowWith, lang);
        const root = document.createElement('div');
        const props = { kind, lang, quote: '', page: NO_PAGE_FACTS, placement: 'inline' as const, composer: { page: '', open: async () => '' } };
        render(h(Panel, { ...props, onClose: () => undefined }), root);
        const row = root.querySelector(`[data-action="${guide.nowWith}"]`)!;
        const lines = [...row.querySelectorAll('p')].map((p) => p.textContent);
        expect(lines[0], `${kind} ${lang}`).toMatch(new RegExp(`${title.replace(/[()]/g, '\\$&')}$`));
        if (detail) expect(lines[1], `${kind} ${lang}`).toBe(detail);
        render(null, root);
        rows++;
      }
    }
    // restricted, deleted and locked (not authorized) send the user to the chat with the order details at hand.
    expect(rows).toBeGreaterThan(0);
  });
});
