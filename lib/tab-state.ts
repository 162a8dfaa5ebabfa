import * as z from 'zod/mini';
import { KINDS, type Kind } from './detect/kinds';

/**
 * What each tab shows, per frame: only the detected kinds and a time stamp, never page
 * text. Kept in `storage.session`, so it survives the background worker being stopped and
 * is gone when the browser closes.
 */
export interface TabState {
  frames: Record<string, Kind[]>;
  updatedAt: number;
}

export type TabStates = Record<string, TabState>;

export const TAB_STATES_KEY = 'session:tabs' as const;
export const TAB_STATES_VERSION = 1;

const tabStateSchema = z.object({
  frames: z.record(z.string(), z.array(z.enum(KINDS))),
  updatedAt: z.number(),
});

/** Drops any tab entry that does not validate, keeping the others. */
export function parseTabStates(raw: unknown): TabStates {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: TabStates = {};
  for (const [tabId, value] of Object.entries(raw)) {
    const parsed = tabStateSchema.safeParse(value);
    if (/^\d+$/.test(tabId) && parsed.success) out[tabId] = parsed.data;
  }
  return out;
}

export function withFrameKinds(states: TabStates, tabId: number, frameId: number, kinds: Kind[], now: number): TabStates {
  const tab = states[tabId] ?? { frames: {}, updatedAt: now };
  const frames = { ...tab.frames };
  if (kinds.length > 0) frames[frameId] = [...new Set(kinds)];
  else delete frames[frameId];
  const next = { ...states };
  if (Object.keys(frames).length > 0) next[tabId] = { frames, updatedAt: now };
  else delete next[tabId];
  return next;
}

export function withoutTab(states: TabStates, tabId: number): TabStates {
  const next = { ...states };
  delete next[tabId];
  return next;
}

/** The kinds a tab shows in any of its frames, in the contract's order. */
export function tabKinds(states: TabStates, tabId: number): Kind[] {
  const shown = new Set(Object.values(states[tabId]?.frames ?? {}).flat());
  return KINDS.filter((kind) => shown.has(kind));
}
