import * as z from 'zod/mini';
import type { Lang } from '../i18n/language';
import { SUPPORT_SITUATIONS, type Bilingual, type SupportSituation } from '../explain/support-message';

/**
 * The panel's composer runs in an extension page inside an `<iframe>` in the panel (issue
 * 12): the panel's shadow root is open and key events are composed, so a page script could
 * read every character typed into a composer in the page itself. It cannot read a
 * cross-origin frame's fields or see its key events.
 *
 * The panel tells the frame only what the page already shows (the fragment of its address,
 * which never leaves the browser); the frame tells the panel only its content height.
 */
export const COMPOSER_PAGE = '/composer.html';

/** The banner's words are capped as the panel quotes them (and the message cuts them at 300). */
export const COMPOSER_QUOTE_LIMIT = 300;
/** Our own one-line meanings are far shorter; the cap only bounds what an address can carry. */
const MEANING_LIMIT = 300;

export interface ComposerFrameParams {
  lang: Lang;
  situation: SupportSituation;
  /** The banner's own words (empty when it has none). */
  quote: string;
  /** What the banner means, when it is known. */
  meaning?: Bilingual;
}

export const DEFAULT_COMPOSER_FRAME_PARAMS: ComposerFrameParams = { lang: 'ja', situation: 'cannot-log-in', quote: '' };

const cappedText = (limit: number) => z.pipe(z.string(), z.transform((text) => text.slice(0, limit)));

// Each value falls back on its own: a bad one never takes the others with it.
const paramsSchema = z.object({
  lang: z.catch(z.enum(['ja', 'en']), DEFAULT_COMPOSER_FRAME_PARAMS.lang),
  situation: z.catch(z.enum(SUPPORT_SITUATIONS), DEFAULT_COMPOSER_FRAME_PARAMS.situation),
  quote: z.catch(cappedText(COMPOSER_QUOTE_LIMIT), DEFAULT_COMPOSER_FRAME_PARAMS.quote),
  meaningEn: z.catch(z.optional(cappedText(MEANING_LIMIT)), undefined),
  meaningJa: z.catch(z.optional(cappedText(MEANING_LIMIT)), undefined),
});

/** The fragment (without `#`) that carries the parameters to the composer page. */
export function composerFrameFragment(params: ComposerFrameParams): string {
  const values = new URLSearchParams({
    lang: params.lang,
    situation: params.situation,
    quote: params.quote.slice(0, COMPOSER_QUOTE_LIMIT),
  });
  if (params.meaning) {
    values.set('meaningEn', params.meaning.en.slice(0, MEANING_LIMIT));
    values.set('meaningJa', params.meaning.ja.slice(0, MEANING_LIMIT));
  }
  return values.toString();
}

/** The composer page's parameters from its fragment (`location.hash`); anything unusable gives the default. */
export function parseComposerFrameParams(hash: string): ComposerFrameParams {
  const values = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (name: string) => values.get(name) ?? undefined;
  const parsed = paramsSchema.parse({
    lang: get('lang'),
    situation: get('situation'),
    quote: get('quote'),
    meaningEn: get('meaningEn'),
    meaningJa: get('meaningJa'),
  });
  const { meaningEn, meaningJa, ...rest } = parsed;
  // A meaning in one language only is not one the message can use.
  return meaningEn !== undefined && meaningJa !== undefined ? { ...rest, meaning: { en: meaningEn, ja: meaningJa } } : rest;
}

/**
 * How the frame tells the panel its content height without a word to the page: the panel
 * hands the frame's window one end of a MessageChannel (a `postMessage` addressed to the
 * extension's origin, so no other document gets it) and listens on the other. A message
 * posted to the parent would reach the page's own listeners, with our origin, which in
 * Chrome names the extension's fixed id.
 */
export const COMPOSER_PORT_MESSAGE = 'ali-lock-guide:composer-port';

export function composerPortMessage(): { type: typeof COMPOSER_PORT_MESSAGE } {
  return { type: COMPOSER_PORT_MESSAGE };
}

const portMessageSchema = z.object({ type: z.literal(COMPOSER_PORT_MESSAGE) });

/** What of a `message` event the frame reads. */
export interface ReceivedMessage {
  source: unknown;
  data: unknown;
  ports: readonly MessagePort[];
}

/**
 * The channel to report on, from a message the frame received, or null: it must come from
 * the window that holds the frame (a page script shares that window, so the frame takes
 * the first channel it is given and no other) and carry exactly one port.
 */
export function composerPortFrom(event: ReceivedMessage, parentWindow: unknown): MessagePort | null {
  if (event.source !== parentWindow || event.ports.length !== 1 || !portMessageSchema.safeParse(event.data).success) return null;
  return event.ports[0] ?? null;
}

/** The one message the frame sends on that channel: the height of its content, in CSS pixels. */
export const COMPOSER_HEIGHT_MESSAGE = 'ali-lock-guide:composer-height';

/**
 * The frame's height stays within these bounds whatever it reports. The panel scrolls
 * (max-height), so a long composer is never cut; the upper bound keeps a runaway value
 * from making the page tall.
 */
export const COMPOSER_HEIGHT_BOUNDS = { min: 40, max: 3000 } as const;

/** Before the frame has reported: about the height of the composer's first screen. */
export const COMPOSER_INITIAL_HEIGHT = 480;

const heightMessageSchema = z.object({ type: z.literal(COMPOSER_HEIGHT_MESSAGE), height: z.number() });

export function composerHeightMessage(height: number): { type: typeof COMPOSER_HEIGHT_MESSAGE; height: number } {
  return { type: COMPOSER_HEIGHT_MESSAGE, height };
}

/** The height the frame asked for on the channel, clamped, or null for anything else. Only the number is used. */
export function composerHeightFrom(data: unknown): number | null {
  const message = heightMessageSchema.safeParse(data);
  if (!message.success || !Number.isFinite(message.data.height)) return null;
  const { min, max } = COMPOSER_HEIGHT_BOUNDS;
  return Math.round(Math.min(max, Math.max(min, message.data.height)));
}
