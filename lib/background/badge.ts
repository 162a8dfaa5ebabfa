import type { Kind } from '../detect/kinds';
import type { BadgeSetter } from './service';

/** The toolbar button's API (`action`: both builds are Manifest V3). */
export interface ToolbarAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

export const BADGE_TEXT = '!';
export const BADGE_COLOR = '#E8A33D';

/** The toolbar badge marks a tab that shows a banner, and nothing else. */
export function badgeSetter(action: ToolbarAction): BadgeSetter {
  return async (tabId: number, kinds: Kind[]) => {
    await action.setBadgeText({ tabId, text: kinds.length > 0 ? BADGE_TEXT : '' });
    if (kinds.length > 0) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  };
}
