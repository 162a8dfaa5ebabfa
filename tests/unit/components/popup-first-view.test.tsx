// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup, type PopupActions } from '../../../components/Popup';
import { NO_PAGE_FACTS, type Situation } from '../../../lib/explain/situation';
import { DEFAULT_PREFS } from '../../../lib/storage/prefs';
import { parseProgress } from '../../../lib/storage/progress';

const never = () => new Promise<never>(() => undefined);
const actions: PopupActions = {
  updatePrefs: never,
  setItemChecked: never,
  resetProgress: never,
  siteAccess: never,
  requestSiteAccess: never,
  watch: () => () => undefined,
};
const progress = parseProgress(undefined);
const locked: Situation[] = [{ kind: 'locked', page: { ...NO_PAGE_FACTS, hasAppealButton: true } }];

function drawn(situations: Situation[], steps: boolean[]): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  for (const firstView of steps) {
    render(<Popup initialPrefs={DEFAULT_PREFS} initialProgress={progress} situations={situations} uiLanguage="ja" actions={actions} firstView={firstView} />, root);
  }
  return root;
}

afterEach(() => document.body.replaceChildren());

describe.each([
  ['no banner on the tab', [] as Situation[]],
  ['a lock banner on the tab', locked],
])('the popup drawn in two steps (%s)', (_, situations) => {
  it('first draws what is in sight: every summary and every box to tick, no closed contents', () => {
    const whole = drawn(situations, [false]);
    const first = drawn(situations, [true]);
    expect(first.querySelectorAll('*').length * 3).toBeLessThan(whole.querySelectorAll('*').length);
    expect([...first.querySelectorAll('summary')].map((s) => s.textContent)).toEqual([...whole.querySelectorAll('summary')].map((s) => s.textContent));
    const inSight = (root: HTMLElement) =>
      [...root.querySelectorAll('input[type="checkbox"]')].filter((box) => !box.closest('details:not([open])')).map((box) => box.closest('[data-id]')!.getAttribute('data-id'));
    expect(inSight(first)).toEqual(inSight(whole));
    expect(inSight(first).length).toBeGreaterThan(0);
    expect(first.querySelector('.faq, .body, .composer-box form, select')).toBeNull();
    // The tab's story reads the same, less the explanations that are hidden until asked for.
    const story = (root: HTMLElement) => {
      const copy = root.querySelector('[data-section="this-tab"]')!.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.body[hidden]').forEach((body) => body.remove());
      return copy.textContent;
    };
    expect(story(first)).toBe(story(whole));
  });

  it('then is the same as drawn at once', () => {
    expect(drawn(situations, [true, false]).innerHTML).toBe(drawn(situations, [false]).innerHTML);
  });
});
