import { ACTIONS, type ActionId } from './actions';
import type { KnowledgeId } from './entries';
import { guideFor, LOCK_CAUSES, type PanelGuide } from './guide';
import type { Situation } from './situation';
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
    items: ['step.check-typing', 'step.clear-cookies', 'step.update-browser', 'step.other-browser', 'step.try-browser', 'step.check-inbox', 'step.verify-email'],
  },
  {
    id: 'support',
    title: 'sectionSupport',
    items: ['support.topics', 'support.chat', 'support.not-authorized', 'support.retrieve-account', 'support.new-account-tradeoffs'],
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

/** One situation of the tab as its panel tells it: what it means, the one thing to do now, then the steps. */
export interface TabStory {
  situation: Situation;
  guide: PanelGuide;
  /** `now` and `steps` of the panel, without those an earlier situation of the tab already said. */
  actions: ActionId[];
}

export interface Checklist {
  /** The tab's situations in the order the popup tells them (empty when the tab shows nothing). */
  stories: TabStory[];
  /**
   * What the progress counter counts: with a situation, the checklist actions among its
   * panel's `now` and steps (none when they are all things the page asks, which pass); with
   * none, every checklist action.
   */
  counted: readonly ChecklistActionId[];
  /**
   * The other checklist actions, by section, without those the stories say. `applies`: the
   * tab's panels name one of its actions (or the tab shows nothing); the others start closed.
   */
  sections: (ChecklistSection & { applies: boolean })[];
  /** Causes to check against: the tab's own when it shows something, else all of them. */
  causes: CauseId[];
}

export function buildChecklist(situations: readonly Situation[]): Checklist {
  const said = new Set<ActionId>();
  const stories = situations.map((situation): TabStory => {
    const guide = guideFor(situation.kind, situation.page);
    const actions = [guide.now, ...guide.steps].filter((id) => !said.has(id));
    for (const id of actions) said.add(id);
    return { situation, guide, actions };
  });
  const counted = stories.length === 0 ? COUNTED_ITEMS : [...said].filter(isCounted);
  const named = new Set<ActionId>(stories.flatMap((s) => s.guide.support.flatMap(asAction)));
  const sections = CHECKLIST_SECTIONS.map((s) => ({
    ...s,
    items: s.items.filter((id) => !said.has(id)),
    applies: stories.length === 0 || s.items.some((id) => named.has(id)),
  })).filter((s) => s.items.length > 0);
  // The tab's causes: those its panels list, and those their actions already speak to (a
  // robot check's "turn off the VPN" is about the network, not a lock).
  const tabCauses = [...new Set(stories.flatMap((s) => [...s.guide.causes, ...s.actions.flatMap((id) => ACTIONS[id].covers)]))].filter(
    (id): id is CauseId => (CAUSE_IDS as readonly string[]).includes(id),
  );
  // With a banner, only causes that can apply to it (none for a wrong password).
  const causes = stories.length > 0 ? tabCauses : [...CAUSE_IDS];
  return { stories, counted, sections, causes };
}
