import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import { KINDS, type Kind } from './detect/kinds';
import { prefsPatchSchema, type Prefs, type PrefsPatch } from './prefs';
import { progressChangeSchema, type Progress } from './progress';
import type { ChecklistItemId } from './checklist';

/**
 * Every message between the content scripts, the popup and the background worker. Reads
 * need none: pages and the popup read storage themselves; every write is a message here. The
 * background validates each message's data with the schema below before acting on it;
 * senders validate the answers with the stored-value parsers (lib/prefs, lib/progress).
 */
export interface ProtocolMap {
  /** Content script → background: the kinds this frame shows now (empty when none). */
  reportBanners(data: { kinds: Kind[] }): void;
  updatePrefs(data: PrefsPatch): Prefs;
  /** Panel → background: never show this kind's panel again (undone in the popup). */
  dismissKind(data: { kind: Kind }): Prefs;
  setItemChecked(data: { id: ChecklistItemId; checked: boolean }): Progress;
  resetProgress(): Progress;
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
  reportBanners: z.strictObject({ kinds: z.array(kind).check(z.maxLength(KINDS.length)) }),
  updatePrefs: prefsPatchSchema,
  dismissKind: z.strictObject({ kind }),
  setItemChecked: progressChangeSchema,
  resetProgress: z.undefined(),
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
