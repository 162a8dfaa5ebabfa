import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import { KINDS, type Kind } from '../detect/kinds';
import { CAUSE_IDS, COUNTED_ITEMS, isChecklistItemId, type ChecklistItemId } from '../explain/checklist';
import { pagesByKindSchema, type PagesByKind } from '../explain/situation';
import { composerSituationSchema, composerTokenSchema, type ComposerSituation } from './composer-frame';

/**
 * Every message between the content scripts and the background worker. Reads need none:
 * pages and the popup read storage themselves. A page's writes are messages here; the
 * popup, an extension page, writes the user's ticks and settings itself (user-store.ts). The
 * background validates each message's data with the schema below before acting on it;
 * senders validate the answers with the stored-value parsers (lib/prefs, lib/progress).
 */
export interface ProtocolMap {
  /**
   * Content script → background: the kinds this frame shows now (empty when none), and what
   * the page offered around each (lib/explain/situation.ts), so the popup tells the panel's story.
   */
  reportBanners(data: { kinds: Kind[]; pages?: PagesByKind }): void;
  /**
   * Popup → background, as the popup closes: the ticks it had not finished storing (each
   * id's latest state). The popup writes ticks itself; a write still waiting for the
   * storage lock when the popup is closed would otherwise be lost. Stored in order.
   */
  finishTicks(data: { ticks: { id: ChecklistItemId; checked: boolean }[] }): void;
  /**
   * Panel → background, as the user opens the composer: what it is for. The answer is the
   * one-time token the composer's address carries (lib/messaging/composer-frame.ts).
   */
  openComposer(data: ComposerSituation): string;
  /** Composer page → background: what its token stands for, once; null for a used or unknown one. */
  takeComposer(data: { token: string }): ComposerSituation | null;
}

/**
 * A frame that shows something keeps a port of this name open to the background: when the
 * frame goes away (removed iframe, navigation, closed tab) the port closes and the background
 * drops the frame's entry. Firefox does not deliver a frame's last message on `pagehide`;
 * a closing port it always reports.
 */
export const FRAME_PORT = 'frame-shows';

const kind = z.enum(KINDS);

export const MESSAGE_SCHEMAS: { [K in keyof ProtocolMap]: z.ZodMiniType } = {
  reportBanners: z.strictObject({ kinds: z.array(kind).check(z.maxLength(KINDS.length)), pages: z.optional(pagesByKindSchema) }),
  finishTicks: z.strictObject({
    ticks: z
      .array(z.strictObject({ id: z.string().check(z.refine(isChecklistItemId)), checked: z.boolean() }))
      .check(z.maxLength(COUNTED_ITEMS.length + CAUSE_IDS.length)),
  }),
  openComposer: composerSituationSchema,
  takeComposer: z.strictObject({ token: composerTokenSchema }),
};

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

export class InvalidMessageError extends Error {
  constructor(type: string) {
    super(`Rejected malformed "${type}" message`);
    this.name = 'InvalidMessageError';
  }
}

/** The message's data if it matches its schema; throws (the sender's promise rejects) otherwise. */
export function validateMessage<K extends keyof ProtocolMap>(type: K, data: unknown): Parameters<ProtocolMap[K]>[0] {
  const result = MESSAGE_SCHEMAS[type].safeParse(data);
  if (!result.success) throw new InvalidMessageError(type);
  return result.data as Parameters<ProtocolMap[K]>[0];
}
