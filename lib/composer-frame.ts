import * as z from 'zod/mini';
import type { Lang } from './knowledge/entries';
import { SUPPORT_SITUATIONS, type Bilingual, type SupportSituation } from './support-message';

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

/** The one message the frame sends: the height of its content, in CSS pixels. */
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

/** What of a `message` event the filter reads. */
export interface ReceivedMessage {
  isTrusted: boolean;
  source: unknown;
  origin: string;
  data: unknown;
}

/**
 * The height the composer frame asked for, clamped, or null when the message is not from
 * that frame: it must come from the frame's own window (not another frame, not the page)
 * and from the extension's origin (the page can navigate our frame elsewhere, and that
 * document would post from the same window), and be a real browser event (a page script
 * can construct a MessageEvent with any source and origin). Only the number is used.
 */
export function composerHeightFrom(event: ReceivedMessage, frameWindow: unknown, extensionOrigin: string): number | null {
  if (!event.isTrusted || frameWindow == null || event.source !== frameWindow || event.origin !== extensionOrigin) return null;
  const message = heightMessageSchema.safeParse(event.data);
  if (!message.success || !Number.isFinite(message.data.height)) return null;
  const { min, max } = COMPOSER_HEIGHT_BOUNDS;
  return Math.round(Math.min(max, Math.max(min, message.data.height)));
}
