import type { Kind } from '../detect/kinds';
import { ACTIONS, type ActionId } from './actions';
import type { KnowledgeId } from './entries';
import { guideFor, LOCK_CAUSES } from './guide';
import type { UiKey } from '../i18n/ui-strings';

/**
 * The popup's checklist. Only actions are counted as progress: the unlock sequence, what
 * to try when logging in fails, and the support routes. Causes are a self-check list that
 * is not counted; questions are answers to read, not boxes to tick.
 */
export interface ChecklistSection {
  id: 'unlock' | 'login' | 'support';
  title: UiKey;
  items: ChecklistActionId[];
}

export const CHECKLIST_SECTIONS = [
  {
    id: 'unlock',
    title: 'sectionUnlock',
    items: ['support.appeal', 'step.forgot-password', 'step.phone-format', 'step.allow-sms', 'support.no-phone-screen'],
  },
  {
    id: 'login',
    title: 'sectionLogin',
    items: ['step.update-browser', 'step.other-browser', 'step.try-browser', 'step.verify-email'],
  },
  {
    id: 'support',
    title: 'sectionSupport',
    items: ['support.topics', 'support.chat', 'support.new-account-tradeoffs'],
  },
] as const satisfies readonly { id: ChecklistSection['id']; title: UiKey; items: readonly ActionId[] }[];

export type ChecklistActionId = (typeof CHECKLIST_SECTIONS)[number]['items'][number];

/** The actions that count as progress. */
export const COUNTED_ITEMS: readonly ChecklistActionId[] = CHECKLIST_SECTIONS.flatMap((s) => s.items);

export const CAUSE_IDS = [...LOCK_CAUSES, 'cause.network-mismatch', 'cause.deleted'] as const satisfies readonly KnowledgeId[];
export type CauseId = (typeof CAUSE_IDS)[number];

export const FAQ_IDS = ['faq.is-it-locked', 'faq.why-temporary-lock', 'faq.no-phone-screen', 'faq.stay-calm'] as const satisfies readonly KnowledgeId[];

/** What a stored tick can name: a counted action, or a cause the user has looked at. */
export type ChecklistItemId = ChecklistActionId | CauseId;

export function isChecklistItemId(value: unknown): value is ChecklistItemId {
  return (
    typeof value === 'string' &&
    ((COUNTED_ITEMS as readonly string[]).includes(value) || (CAUSE_IDS as readonly string[]).includes(value))
  );
}

/** A support fact that is also an action (the chat, the appeal…), as that action. */
function asAction(id: KnowledgeId): ActionId[] {
  return Object.hasOwn(ACTIONS, id) ? [id as ActionId] : [];
}

function isCounted(id: ActionId): id is ChecklistActionId {
  return (COUNTED_ITEMS as readonly string[]).includes(id);
}

export interface Checklist {
  /** What the current tab's page asks of the user right now (not boxes: they pass). */
  pageActions: ActionId[];
  /** Counted actions for the current tab's situation, first, in the panel's order. */
  thisTab: ChecklistActionId[];
  /** The other counted actions, by section, without those already in `thisTab`. */
  sections: ChecklistSection[];
  /** Causes, the current tab's first. */
  causes: CauseId[];
}

export function buildChecklist(kinds: readonly Kind[]): Checklist {
  const guides = kinds.map((kind) => guideFor(kind));
  const ordered = [...new Set(guides.flatMap((g) => [g.now, ...g.steps, ...g.support.flatMap(asAction)]))];
  const thisTab = ordered.filter(isCounted);
  const pageActions = ordered.filter((id) => !isCounted(id));
  const taken = new Set<string>(thisTab);
  const sections = CHECKLIST_SECTIONS.map((s) => ({ ...s, items: s.items.filter((id) => !taken.has(id)) })).filter((s) => s.items.length > 0);
  const tabCauses = [...new Set(guides.flatMap((g) => g.causes))].filter((id): id is CauseId => (CAUSE_IDS as readonly string[]).includes(id));
  const causes = [...tabCauses, ...CAUSE_IDS.filter((id) => !tabCauses.includes(id))];
  return { pageActions, thisTab, sections, causes };
}
