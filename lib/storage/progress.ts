import * as z from 'zod/mini';
import { isChecklistItemId, type ChecklistItemId } from '../explain/checklist';

/** Which checklist items the user has ticked, and when they last changed anything. */
export interface Progress {
  checked: ChecklistItemId[];
  updatedAt: number;
}

export const EMPTY_PROGRESS: Progress = { checked: [], updatedAt: 0 };
/** 2: questions are no longer boxes; their one action-like tick moved to its action. */
export const PROGRESS_VERSION = 2;

/**
 * Ticks of the first checklist whose item is now named differently. In version 1 every
 * fact could be ticked, questions too; "no phone-number screen" was both a question and a
 * support action and is now only the action. The other questions were read, not done:
 * they have no action to move to and are dropped.
 */
const RENAMED: Record<string, ChecklistItemId> = { 'faq.no-phone-screen': 'support.no-phone-screen' };

function currentIds(ids: unknown[]): ChecklistItemId[] {
  const mapped = ids.map((id) => (typeof id === 'string' && Object.hasOwn(RENAMED, id) ? RENAMED[id] : id));
  return [...new Set(mapped.filter(isChecklistItemId))];
}

const progressSchema = z.catch(
  z.object({
    // Items that no longer exist are dropped; the rest kept.
    checked: z.catch(z.pipe(z.array(z.unknown()), z.transform(currentIds)), []),
    updatedAt: z.catch(z.number().check(z.nonnegative()), 0),
  }),
  () => ({ checked: [], updatedAt: 0 }),
);

export function parseProgress(raw: unknown): Progress {
  return progressSchema.parse(raw ?? {}) as Progress;
}

/** Version 1 → 2: the same ticks under their current names. */
export function migrateProgressV1(raw: unknown): Progress {
  return parseProgress(raw);
}

export function applyProgressChange(progress: Progress, id: ChecklistItemId, checked: boolean, now: number): Progress {
  const set = new Set(progress.checked);
  if (checked) set.add(id);
  else set.delete(id);
  return { checked: [...set], updatedAt: now };
}
