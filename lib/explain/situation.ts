import * as z from 'zod/mini';
import { CAPTCHA_VARIANTS } from '../detect/captcha';
import { KINDS, type Kind } from '../detect/kinds';
import { BANNER_VARIANTS } from '../detect/variants';
import type { PageFacts } from './guide';

/**
 * What a tab shows, decided once, by the page's UI where the banner is: the banner's kind
 * and what the page offers around it (the interception's variant, an appeal button, a phone
 * or code field). The panel renders it; the frame reports it with its kinds, so the popup
 * renders the same one from the tab state instead of guessing without the page's facts.
 * Only yes/no facts and a variant name: never page text.
 */
export interface Situation {
  kind: Kind;
  page: PageFacts;
}

/**
 * A page that offers nothing we look for. Here beside the schema rather than in guide.ts, so
 * that the background (which fills it in for a kind reported without facts) does not bundle
 * the guide.
 */
export const NO_PAGE_FACTS: PageFacts = { hasPhoneField: false, hasCodeField: false, hasAppealButton: false };

export const pageFactsSchema = z.strictObject({
  captchaVariant: z.optional(z.enum(CAPTCHA_VARIANTS)),
  hasPhoneField: z.boolean(),
  hasCodeField: z.boolean(),
  hasAppealButton: z.boolean(),
  // A number and a unit the message states ("30 minutes"), never its words.
  wait: z.optional(z.strictObject({ amount: z.number().check(z.int(), z.nonnegative()), unit: z.enum(['second', 'minute', 'hour', 'day']) })),
  asksForOtherAccount: z.optional(z.boolean()),
  saysCodeRejected: z.optional(z.boolean()),
  variant: z.optional(z.enum(BANNER_VARIANTS)),
});

// A field added to PageFacts must be added to the schema too (and to PRIVACY.md): this
// line stops the build until both say the same.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesFacts: Same<z.infer<typeof pageFactsSchema>, PageFacts> = true;
void schemaMatchesFacts;

/** Each shown kind's page facts, as a frame reports and the tab state keeps them. */
export const pagesByKindSchema = z.partialRecord(z.enum(KINDS), pageFactsSchema);
export type PagesByKind = Partial<Record<Kind, PageFacts>>;
