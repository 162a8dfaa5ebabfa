import * as z from 'zod/mini';
import { KINDS, type Kind } from '../detect/kinds';
import { NO_PAGE_FACTS, pagesByKindSchema, type PagesByKind, type Situation } from '../explain/situation';

/**
 * What each tab shows, per frame: only the detected kinds, what each kind's page offered
 * (yes/no facts and the interception's variant, lib/explain/situation.ts) and time stamps, never
 * page text. Kept in `storage.session`, so it survives the background worker being stopped and
 * is gone when the browser closes.
 */
export interface FrameState {
  kinds: Kind[];
  /** What the page offered around each shown kind's banner, as the frame's panel decided it. */
  pages?: PagesByKind;
  /** When the frame last reported: the oldest entries go first when a tab has too many. */
  at: number;
}

export interface TabState {
  frames: Record<string, FrameState>;
  updatedAt: number;
}

export type TabStates = Record<string, TabState>;

export const TAB_STATES_VERSION = 1;

/**
 * A frame that goes away says so on `pagehide`, but that last message can be lost (the
 * worker stopped, the frame torn down first). So a tab keeps at most this many frames, the
 * top frame always among them: far more than a page shows banners in at once.
 */
export const MAX_FRAMES_PER_TAB = 32;

const kindsSchema = z.array(z.enum(KINDS)).check(z.maxLength(KINDS.length));
const frameSchema = z.union([
  z.object({ kinds: kindsSchema, pages: z.catch(z.optional(pagesByKindSchema), undefined), at: z.number() }),
  // The first shape, still in a session that started before an update: kinds only.
  kindsSchema,
]);
const tabStateSchema = z.object({
  frames: z.record(z.string().check(z.regex(/^\d+$/)), frameSchema),
  updatedAt: z.number(),
});

/** Drops any tab entry that does not validate, keeping the others. */
export function parseTabStates(raw: unknown): TabStates {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: TabStates = {};
  for (const [tabId, value] of Object.entries(raw)) {
    const parsed = tabStateSchema.safeParse(value);
    if (!/^\d+$/.test(tabId) || !parsed.success) continue;
    const { frames, updatedAt } = parsed.data;
    out[tabId] = {
      updatedAt,
      frames: Object.fromEntries(
        Object.entries(frames).map(([id, f]) => [id, Array.isArray(f) ? { kinds: f, at: updatedAt } : f]),
      ),
    };
  }
  return out;
}

function capFrames(frames: Record<string, FrameState>): Record<string, FrameState> {
  const ids = Object.keys(frames);
  if (ids.length <= MAX_FRAMES_PER_TAB) return frames;
  const keep = ids
    .sort((a, b) => (a === '0' ? -1 : b === '0' ? 1 : frames[b]!.at - frames[a]!.at))
    .slice(0, MAX_FRAMES_PER_TAB);
  return Object.fromEntries(keep.map((id) => [id, frames[id]!]));
}

export function withFrameKinds(states: TabStates, tabId: number, frameId: number, kinds: Kind[], now: number, pages: PagesByKind = {}): TabStates {
  const tab = states[tabId] ?? { frames: {}, updatedAt: now };
  let frames = { ...tab.frames };
  const shown = [...new Set(kinds)];
  // Facts only for kinds the frame says it shows.
  const kept = Object.fromEntries(shown.filter((kind) => pages[kind]).map((kind) => [kind, pages[kind]!]));
  if (shown.length > 0) frames[frameId] = Object.keys(kept).length > 0 ? { kinds: shown, pages: kept, at: now } : { kinds: shown, at: now };
  else delete frames[frameId];
  frames = capFrames(frames);
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
  const shown = new Set(Object.values(states[tabId]?.frames ?? {}).flatMap((f) => f.kinds));
  return KINDS.filter((kind) => shown.has(kind));
}

/** The kinds one frame of a tab reported last. */
export function frameKinds(states: TabStates, tabId: number, frameId: number): Kind[] {
  return states[tabId]?.frames[frameId]?.kinds ?? [];
}

/**
 * The tab's situations, in the kinds' contract order (the first is what the popup leads
 * with). A kind shown in several frames takes the facts of the top frame, else of the
 * lowest frame id that reported any.
 */
export function tabSituations(states: TabStates, tabId: number): Situation[] {
  const frames = Object.entries(states[tabId]?.frames ?? {}).sort(([a], [b]) => Number(a) - Number(b));
  const out: Situation[] = [];
  for (const kind of KINDS) {
    const showing = frames.filter(([, f]) => f.kinds.includes(kind));
    if (showing.length === 0) continue;
    const page = showing.map(([, f]) => f.pages?.[kind]).find((p) => p !== undefined);
    out.push({ kind, page: page ?? NO_PAGE_FACTS });
  }
  return out;
}
