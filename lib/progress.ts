import * as z from 'zod/mini';
import { KNOWLEDGE, type KnowledgeId } from './knowledge/entries';

/** Which checklist items the user has ticked, and when they last changed anything. */
export interface Progress {
  checked: KnowledgeId[];
  updatedAt: number;
}

export const EMPTY_PROGRESS: Progress = { checked: [], updatedAt: 0 };
export const PROGRESS_KEY = 'local:progress' as const;
export const PROGRESS_VERSION = 1;

function isKnowledgeId(value: unknown): value is KnowledgeId {
  return typeof value === 'string' && Object.hasOwn(KNOWLEDGE, value);
}

const progressSchema = z.catch(
  z.object({
    // Items that no longer exist (renamed in a later version) are dropped; the rest kept.
    checked: z.catch(
      z.pipe(z.array(z.unknown()), z.transform((ids) => [...new Set(ids.filter(isKnowledgeId))])),
      [],
    ),
    updatedAt: z.catch(z.number().check(z.nonnegative()), 0),
  }),
  () => ({ checked: [], updatedAt: 0 }),
);

export function parseProgress(raw: unknown): Progress {
  return progressSchema.parse(raw ?? {}) as Progress;
}

export const progressChangeSchema = z.strictObject({
  id: z.string().check(z.refine(isKnowledgeId)),
  checked: z.boolean(),
});

export function applyProgressChange(progress: Progress, id: KnowledgeId, checked: boolean, now: number): Progress {
  const set = new Set(progress.checked);
  if (checked) set.add(id);
  else set.delete(id);
  return { checked: [...set], updatedAt: now };
}
