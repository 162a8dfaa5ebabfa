/**
 * The display language, apart from lib/storage/prefs.ts so that the content script can resolve it
 * without the schema library the preferences are validated with.
 */
/** The languages the extension speaks. */
export type Lang = 'ja' | 'en';

export const LANGUAGE_CHOICES = ['auto', 'ja', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

// Japanese unless the user chooses otherwise (the design's contract): the audience reads
// Japanese even when their browser is set to English.
export const DEFAULT_LANGUAGE = 'ja' satisfies LanguageChoice;

/**
 * The language to show: the chosen one, or the browser's when "auto" (Japanese first). It
 * takes any value, so that the content script can pass a stored choice it has not
 * validated: what is not a choice means the default.
 */
export function resolveLanguage(choice: unknown, uiLanguage: string): Lang {
  if (choice === 'ja' || choice === 'en') return choice;
  return choice === 'auto' && uiLanguage.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}
