import * as z from 'zod/mini';
import { KINDS, type Kind } from '../detect/kinds';
import { DEFAULT_LANGUAGE, LANGUAGE_CHOICES, type LanguageChoice } from '../i18n/language';

/**
 * The user's preferences. Only the popup writes them (user-store.ts), "never show this kind
 * again" included: nothing on a page can; content scripts and the popup read them,
 * validated here.
 */
export { LANGUAGE_CHOICES, resolveLanguage, type LanguageChoice } from '../i18n/language';

export interface Prefs {
  /** Master switch: off removes every panel and hint. */
  enabled: boolean;
  /** The small tips next to login fields. */
  inlineHints: boolean;
  language: LanguageChoice;
  /** Kinds whose panel the user dismissed for good. */
  dismissedKinds: Kind[];
}

export const DEFAULT_PREFS: Prefs = { enabled: true, inlineHints: true, language: DEFAULT_LANGUAGE, dismissedKinds: [] };

const kindSchema = z.enum(KINDS);

/**
 * Each field falls back to its default on its own, so one bad or foreign value never costs
 * the user the others; anything that is not an object at all gives the defaults.
 */
const prefsSchema = z.catch(
  z.object({
    enabled: z.catch(z.boolean(), DEFAULT_PREFS.enabled),
    inlineHints: z.catch(z.boolean(), DEFAULT_PREFS.inlineHints),
    language: z.catch(z.enum(LANGUAGE_CHOICES), DEFAULT_PREFS.language),
    // Unknown kinds (say, from a newer version) are dropped, the known ones kept.
    dismissedKinds: z.catch(
      z.pipe(
        z.array(z.unknown()),
        z.transform((values) => [...new Set(values.filter((v): v is Kind => kindSchema.safeParse(v).success))]),
      ),
      [],
    ),
  }),
  () => ({ ...DEFAULT_PREFS, dismissedKinds: [] }),
);

export function parsePrefs(raw: unknown): Prefs {
  return prefsSchema.parse(raw ?? {}) as Prefs;
}

/** A change the popup makes; unknown keys are rejected, not ignored. */
export const prefsPatchSchema = z.strictObject({
  enabled: z.optional(z.boolean()),
  inlineHints: z.optional(z.boolean()),
  language: z.optional(z.enum(LANGUAGE_CHOICES)),
  dismissedKinds: z.optional(z.array(kindSchema)),
});
export type PrefsPatch = z.infer<typeof prefsPatchSchema>;

export const PREFS_VERSION = 2;

/**
 * Version 1 was the first shape of this store, used while the popup was being built:
 * `{ disabled, hideHints, locale: 'ja' | 'en' | '' , hiddenKinds: { [kind]: true } }`.
 * Version 2 names each setting for what it turns on and keeps the dismissed kinds as a list.
 */
export function migratePrefsV1(old: unknown): Prefs {
  // Data already in this shape (its version key was lost or damaged) is kept as it is.
  if (prefsShapeVersion(old) === PREFS_VERSION) return parsePrefs(old);
  const v1 = (typeof old === 'object' && old !== null ? old : {}) as Record<string, unknown>;
  const hidden = typeof v1.hiddenKinds === 'object' && v1.hiddenKinds !== null ? v1.hiddenKinds : {};
  return parsePrefs({
    enabled: typeof v1.disabled === 'boolean' ? !v1.disabled : undefined,
    inlineHints: typeof v1.hideHints === 'boolean' ? !v1.hideHints : undefined,
    language: v1.locale === '' ? 'auto' : v1.locale,
    dismissedKinds: Object.entries(hidden)
      .filter(([, on]) => on === true)
      .map(([kind]) => kind),
  });
}

const V1_FIELDS = ['disabled', 'hideHints', 'locale', 'hiddenKinds'];
const V2_FIELDS = ['enabled', 'inlineHints', 'language', 'dismissedKinds'];

/**
 * The version a stored value's fields say it has: 2 when it has any current field, 1 when
 * it has only first-shape fields, null when it is not a settings object at all. Used when
 * the stored version key is missing or damaged, so that valid data is never migrated as if
 * it were older.
 */
export function prefsShapeVersion(value: unknown): 1 | 2 | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const has = (fields: string[]) => fields.some((f) => Object.hasOwn(value, f));
  if (has(V2_FIELDS)) return 2;
  if (has(V1_FIELDS)) return 1;
  return null;
}

export function applyPrefsPatch(prefs: Prefs, patch: PrefsPatch): Prefs {
  return parsePrefs({ ...prefs, ...patch });
}

