import { describe, expect, it } from 'vitest';
import { BADGE_COLOR, BADGE_TEXT, badgeSetter, type ToolbarAction } from '../../../lib/background/badge';

function recordingAction() {
  const calls: string[] = [];
  const action: ToolbarAction = {
    setBadgeText: async ({ tabId, text }) => void calls.push(`text ${tabId} "${text}"`),
    setBadgeBackgroundColor: async ({ tabId, color }) => void calls.push(`color ${tabId} ${color}`),
  };
  return { action, calls };
}

describe('toolbar badge', () => {
  it('marks a tab that shows a banner, in its colour', async () => {
    const { action, calls } = recordingAction();
    await badgeSetter(action)(5, ['locked', 'captcha']);
    expect(calls).toEqual([`text 5 "${BADGE_TEXT}"`, `color 5 ${BADGE_COLOR}`]);
  });

  it('clears the mark when the tab shows nothing', async () => {
    const { action, calls } = recordingAction();
    await badgeSetter(action)(5, []);
    expect(calls).toEqual(['text 5 ""']);
  });
});
