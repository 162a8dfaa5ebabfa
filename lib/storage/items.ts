import { storage, type StorageItemKey, type WxtStorageItem } from '@wxt-dev/storage';
import { exclusive } from './lock';
import * as z from 'zod/mini';
import { DEFAULT_PREFS, migratePrefsV1, parsePrefs, PREFS_VERSION, prefsShapeVersion, type Prefs } from './prefs';
import { EMPTY_PROGRESS, migrateProgressV1, parseProgress, PROGRESS_VERSION, type Progress } from './progress';
import type { EarlyHeadKit } from '../content/early-head';
import { parseTabStates, TAB_STATES_VERSION, type TabStates } from './tab-state';
import { EARLY_HEAD_KIT_KEY, PREFS_KEY, PROGRESS_KEY, TAB_STATES_KEY } from './keys';

/** The version key @wxt-dev/storage keeps next to a value (`<key>$`), as it must look. */
const versionMetaSchema = z.looseObject({ v: z.number().check(z.int(), z.positive()) });
const plainObjectSchema = z.record(z.string(), z.unknown());

/**
 * Makes an item's version key trustworthy before @wxt-dev/storage reads it. The library
 * takes a missing key for version 1 and runs every migration over the value, and spreads a
 * damaged key (a string becomes `{"0":…}`) into the one it writes back. A missing or
 * damaged key is rebuilt from what the value's own fields say; a valid key is left alone.
 * A key without a value is removed (the library writes a fresh one with the first value).
 */
export async function repairVersionKey(
  key: StorageItemKey,
  targetVersion: number,
  versionOfValue: (value: unknown) => number | null,
): Promise<void> {
  const metaKey = `${key}$` as StorageItemKey;
  const [valueEntry, metaEntry] = await storage.getItems([key, metaKey]);
  const value: unknown = valueEntry?.value;
  const meta: unknown = metaEntry?.value;
  const parsed = versionMetaSchema.safeParse(meta);
  if (parsed.success && parsed.data.v <= targetVersion) return;
  if (value == null) {
    if (meta != null) await storage.removeItem(metaKey);
    return;
  }
  // Other fields of a key that is an object are the library's or a later version's: kept.
  const others = plainObjectSchema.safeParse(meta);
  const v = versionOfValue(value) ?? targetVersion;
  await storage.setItem(metaKey, { ...(others.success && !Array.isArray(meta) ? others.data : {}), v });
}

/**
 * Defines an item, with its version key repaired first and its migrations finished, under
 * the value's lock (exclusive.ts): the worker and the popup both define the items, and a
 * migration that read the value before a page's write must not write its older result
 * over that write. Each definition asks for the lock before any write of its context does.
 */
function defineMigrated<T>(key: StorageItemKey, define: () => WxtStorageItem<T, Record<string, unknown>>, versionOfValue: (value: unknown) => number | null, version: number) {
  return exclusive(key, async () => {
    await repairVersionKey(key, version, versionOfValue);
    const item = define();
    await item.getMeta(); // resolves once the item's migrations are done
    return item;
  });
}

/**
 * The stored items, one definition for every context that reads or writes them (the
 * background worker, the popup): versions and migrations live here only. Every read goes
 * through the schema, so a bad or foreign value falls back field by field and never throws;
 * what is written is always a parsed value. The background writes the tab states and the
 * dismissals that pages ask for; the popup writes the ticks and settings the user changes
 * (user-store.ts).
 */
export function defineStorageItems() {
  const prefs = defineMigrated(
    PREFS_KEY,
    () => storage.defineItem<Prefs>(PREFS_KEY, { fallback: DEFAULT_PREFS, version: PREFS_VERSION, migrations: { 2: migratePrefsV1 } }),
    prefsShapeVersion,
    PREFS_VERSION,
  );
  // Progress of either version parses to the current shape (old item names are mapped), so
  // a missing or damaged version key is rebuilt as the current one.
  const progress = defineMigrated(
    PROGRESS_KEY,
    () => storage.defineItem<Progress>(PROGRESS_KEY, { fallback: EMPTY_PROGRESS, version: PROGRESS_VERSION, migrations: { 2: migrateProgressV1 } }),
    () => null,
    PROGRESS_VERSION,
  );
  const tabStates = storage.defineItem<TabStates>(TAB_STATES_KEY, {
    fallback: {},
    version: TAB_STATES_VERSION,
    migrations: {},
  });
  return {
    readPrefs: async () => parsePrefs(await (await prefs).getValue()),
    writePrefs: async (value: Prefs) => (await prefs).setValue(value),
    /** Calls `onChange` with each new stored value, parsed; returns the unwatch function. */
    watchPrefs: (onChange: (value: Prefs) => void) => watchParsed(prefs, parsePrefs, onChange),
    readProgress: async () => parseProgress(await (await progress).getValue()),
    writeProgress: async (value: Progress) => (await progress).setValue(value),
    watchProgress: (onChange: (value: Progress) => void) => watchParsed(progress, parseProgress, onChange),
    readTabStates: async () => parseTabStates(await tabStates.getValue()),
    writeTabStates: (value: TabStates) => tabStates.setValue(value),
  };
}

/** Watches a defined item: changes by any context (another popup, the worker) arrive parsed. */
function watchParsed<T>(item: Promise<WxtStorageItem<T, Record<string, unknown>>>, parse: (raw: unknown) => T, onChange: (value: T) => void): () => void {
  let unwatch: (() => void) | null = null;
  let stopped = false;
  void item.then((defined) => {
    if (!stopped) unwatch = defined.watch((value) => onChange(parse(value)));
  });
  return () => {
    stopped = true;
    unwatch?.();
  };
}

export type StorageItems = ReturnType<typeof defineStorageItems>;

/**
 * Keeps the stored early-head kit equal to this build's: written when the worker starts
 * and the stored one differs (first install, an update, or a value that is not ours).
 * Content scripts only read it, checking its shape. Returns whether it wrote.
 */
export async function storeEarlyHeadKit(kit: EarlyHeadKit): Promise<boolean> {
  const stored = await storage.getItem(EARLY_HEAD_KIT_KEY);
  if (JSON.stringify(stored) === JSON.stringify(kit)) return false;
  await storage.setItem(EARLY_HEAD_KIT_KEY, kit);
  return true;
}
