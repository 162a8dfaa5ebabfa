import { storage } from '@wxt-dev/storage';
import { DEFAULT_PREFS, migratePrefsV1, parsePrefs, PREFS_KEY, PREFS_VERSION, type Prefs } from './prefs';
import { EMPTY_PROGRESS, migrateProgressV1, parseProgress, PROGRESS_KEY, PROGRESS_VERSION, type Progress } from './progress';
import { parseTabStates, TAB_STATES_KEY, TAB_STATES_VERSION, type TabStates } from './tab-state';

/**
 * The stored items, defined in the background worker only: defining an item runs its
 * migrations, which write, and the background is the one writer. Every read goes through
 * the schema, so a bad or foreign value falls back field by field and never throws.
 */
export function defineStorageItems() {
  const prefs = storage.defineItem<Prefs>(PREFS_KEY, {
    fallback: DEFAULT_PREFS,
    version: PREFS_VERSION,
    migrations: { 2: migratePrefsV1 },
  });
  const progress = storage.defineItem<Progress>(PROGRESS_KEY, {
    fallback: EMPTY_PROGRESS,
    version: PROGRESS_VERSION,
    migrations: { 2: migrateProgressV1 },
  });
  const tabStates = storage.defineItem<TabStates>(TAB_STATES_KEY, {
    fallback: {},
    version: TAB_STATES_VERSION,
    migrations: {},
  });
  return {
    readPrefs: async () => parsePrefs(await prefs.getValue()),
    writePrefs: (value: Prefs) => prefs.setValue(value),
    readProgress: async () => parseProgress(await progress.getValue()),
    writeProgress: (value: Progress) => progress.setValue(value),
    readTabStates: async () => parseTabStates(await tabStates.getValue()),
    writeTabStates: (value: TabStates) => tabStates.setValue(value),
  };
}

export type StorageItems = ReturnType<typeof defineStorageItems>;
