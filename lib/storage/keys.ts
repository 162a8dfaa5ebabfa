/**
 * Where each stored value lives: one definition. WXT's storage names a value `area:name`;
 * the content script reads `storage.local` by name through the browser's API, without the
 * storage library (it runs on every page under a size budget), so it imports the names
 * from here, and this file imports nothing. The types keep each key equal to its name.
 */

export const PREFS_NAME = 'prefs';
export const PREFS_KEY = 'local:prefs' as const satisfies `local:${typeof PREFS_NAME}`;

export const PROGRESS_KEY = 'local:progress' as const;

/**
 * The kit of panel heads the content script shows while the panel UI loads (lib/content/early-head.ts).
 * The stored name is still the early head's former name in code, `firstState`: renaming it would
 * leave the old entry behind in every installed profile, for no gain to the user.
 */
export const EARLY_HEAD_KIT_NAME = 'firstState';
export const EARLY_HEAD_KIT_KEY = 'local:firstState' as const satisfies `local:${typeof EARLY_HEAD_KIT_NAME}`;

export const TAB_STATES_KEY = 'session:tabs' as const;
