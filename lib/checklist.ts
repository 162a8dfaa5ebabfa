import type { Kind } from './detect/kinds';
import { GUIDE_BY_KIND } from './knowledge/by-kind';
import type { KnowledgeId } from './knowledge/entries';
import type { UiKey } from './i18n';

/** A group of checklist items, in the order a user works through them. */
export interface ChecklistSection {
  id: 'this-page' | 'lock-or-browser' | 'cannot-log-in' | 'causes' | 'support';
  title: UiKey;
  items: KnowledgeId[];
}

/**
 * The popup's checklist: every `step.*` entry, every `cause.*` as a self-check and the
 * support actions. When the current tab shows banners, their steps, support and causes
 * come first in a section of their own and are not repeated below.
 */
const BASE_SECTIONS: readonly ChecklistSection[] = [
  {
    id: 'lock-or-browser',
    title: 'sectionLockOrBrowser',
    items: ['faq.is-it-locked', 'step.update-browser', 'step.other-browser', 'step.try-browser'],
  },
  {
    id: 'cannot-log-in',
    title: 'sectionCannotLogIn',
    items: ['step.forgot-password', 'step.phone-format', 'step.allow-sms', 'step.verify-email'],
  },
  {
    id: 'causes',
    title: 'sectionCauses',
    items: [
      'cause.new-device', 'cause.under-review', 'cause.shared-email', 'cause.others-card', 'cause.payment-changes',
      'cause.unpaid-orders', 'cause.frequent-disputes', 'cause.buyer-feedback', 'cause.phone-missing',
      'cause.network-mismatch', 'cause.deleted',
    ],
  },
  {
    id: 'support',
    title: 'sectionSupport',
    items: ['support.topics', 'support.chat', 'support.no-phone-screen', 'support.appeal', 'support.new-account-tradeoffs'],
  },
];

export function buildChecklist(kinds: readonly Kind[]): ChecklistSection[] {
  const first = [...new Set(kinds.flatMap((k) => [...GUIDE_BY_KIND[k].steps, ...GUIDE_BY_KIND[k].support, ...GUIDE_BY_KIND[k].causes]))];
  const taken = new Set<KnowledgeId>(first);
  const rest = BASE_SECTIONS.map((section) => ({ ...section, items: section.items.filter((id) => !taken.has(id)) })).filter(
    (section) => section.items.length > 0,
  );
  return first.length > 0 ? [{ id: 'this-page', title: 'sectionThisPage', items: first }, ...rest] : rest;
}

/** Every item the checklist can hold, for progress counts. */
export const ALL_CHECKLIST_ITEMS: readonly KnowledgeId[] = BASE_SECTIONS.flatMap((s) => s.items);
