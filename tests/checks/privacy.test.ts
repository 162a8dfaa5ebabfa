import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS } from '../../lib/storage/progress';
import { DEFAULT_PREFS } from '../../lib/storage/prefs';

import { defineStorageItems, storeEarlyHeadKit } from '../../lib/storage/items';
import { earlyHeadKit } from '../../components/panel-head';
import { EARLY_HEAD_KIT_KEY, PREFS_KEY, PROGRESS_KEY, TAB_STATES_KEY } from '../../lib/storage/keys';

/**
 * PRIVACY.md tells users and store reviewers what the extension stores and which
 * permissions it asks for. These checks hold it to the built manifests and to the storage
 * the code really writes, in both of its languages.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PRIVACY = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');
const MANIFESTS = ['.output/chrome-mv3/manifest.json', '.output/firefox-mv3/manifest.json'];
/** Where extension code lives (tests, scripts and the benchmark are not shipped). */
const SOURCE_DIRS = ['lib', 'entrypoints', 'components'];

type Table = 'storage' | 'permissions' | 'sites';
/** Each table is known by the first cell of its header row, in either language. */
const TABLE_HEADERS: Record<string, Table> = {
  Key: 'storage',
  キー: 'storage',
  Permission: 'permissions',
  権限: 'permissions',
  'Site (match pattern)': 'sites',
  'サイト（マッチパターン）': 'sites',
};

interface DocTable {
  language: 'ja' | 'en';
  table: Table;
  /** The backticked first cell of each row (and, for storage, the area in the second). */
  rows: string[][];
}

const code = (cell: string) => /^`([^`]+)`$/.exec(cell.trim())?.[1];

function docTables(markdown: string): DocTable[] {
  const tables: DocTable[] = [];
  let language: 'ja' | 'en' | undefined;
  let current: DocTable | null = null;
  let expectDivider = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) language = line.includes('日本語') ? 'ja' : line.includes('English') ? 'en' : language;
    if (!line.startsWith('|')) {
      current = null;
      continue;
    }
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (current === null) {
      const table = TABLE_HEADERS[cells[0] ?? ''];
      if (!table) throw new Error(`PRIVACY.md: a table this test does not know, headed "${cells[0]}"`);
      if (!language) throw new Error('PRIVACY.md: a table before the "## 日本語" or "## English" heading');
      current = { language, table, rows: [] };
      tables.push(current);
      expectDivider = true;
      continue;
    }
    if (expectDivider) {
      expectDivider = false;
      continue;
    }
    const first = code(cells[0] ?? '');
    if (!first) throw new Error(`PRIVACY.md: the first cell of "${line}" is not a \`code\` value`);
    current.rows.push(current.table === 'storage' ? [first, code(cells[1] ?? '') ?? `(not code: ${cells[1]})`] : [first]);
  }
  return tables;
}

function listed(table: Table): Record<'ja' | 'en', string[]> {
  const found = docTables(PRIVACY).filter((t) => t.table === table);
  const by = (language: 'ja' | 'en') => {
    const tables = found.filter((t) => t.language === language);
    expect(tables, `PRIVACY.md has one ${table} table in its ${language} section`).toHaveLength(1);
    return tables[0]!.rows.map((r) => r.join(' in ')).sort();
  };
  return { ja: by('ja'), en: by('en') };
}

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: (string | { matches?: string[] })[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[]; optional?: string[] } } };
}

function readManifest(path: string): Manifest {
  const full = join(ROOT, path);
  if (!existsSync(full)) {
    throw new Error(`${path} is missing: this test reads the built extension. Run \`npm run build\` first (\`npm test\` does).`);
  }
  return JSON.parse(readFileSync(full, 'utf8')) as Manifest;
}

const isHostPattern = (p: string) => p === '<all_urls>' || p.includes('://');
const unique = (values: string[]) => [...new Set(values)].sort();

describe('PRIVACY.md matches the built manifests', () => {
  // Read in each test, so a missing build fails every check with the same clear message.
  const built = () => MANIFESTS.map((path) => ({ path, manifest: readManifest(path) }));

  it('lists exactly the permissions the manifests request', () => {
    const requested = unique(
      built().flatMap(({ manifest: m }) =>
        [...(m.permissions ?? []), ...(m.optional_permissions ?? [])].filter((p) => !isHostPattern(p)),
      ),
    );
    expect(requested).toContain('storage');
    const doc = listed('permissions');
    expect(doc.en, 'PRIVACY.md, English: Permissions').toEqual(requested);
    expect(doc.ja, 'PRIVACY.md, 日本語: 権限').toEqual(requested);
  });

  it('lists exactly the sites the extension runs on or may access', () => {
    const sites = unique(
      built().flatMap(({ manifest: m }) => [
        ...(m.content_scripts ?? []).flatMap((c) => c.matches ?? []),
        ...(m.host_permissions ?? []),
        ...(m.optional_host_permissions ?? []),
        ...[...(m.permissions ?? []), ...(m.optional_permissions ?? [])].filter(isHostPattern),
        ...(m.web_accessible_resources ?? []).flatMap((w) => (typeof w === 'string' ? [] : (w.matches ?? []))),
      ]),
    );
    expect(sites.length).toBeGreaterThan(0);
    const doc = listed('sites');
    expect(doc.en, 'PRIVACY.md, English: Sites where it runs').toEqual(sites);
    expect(doc.ja, 'PRIVACY.md, 日本語: 動作するサイト').toEqual(sites);
  });

  it('says in both languages what a page can and cannot learn (issue 19)', () => {
    expect(PRIVACY).toContain('### ページに分かること・分からないこと');
    expect(PRIVACY).toContain('### What a page can and cannot learn');
  });

  it('says what the Firefox build declares about data collection', () => {
    const firefox = built().find(({ path }) => path.includes('firefox'))!.manifest;
    expect(firefox.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(PRIVACY.match(/`data_collection_permissions`/g)?.length, 'mentioned in both languages').toBe(2);
  });
});

/** Every file of extension code, as [path, text]. */
function sources(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|mjs)$/.test(name)) out.push([relative(ROOT, path), readFileSync(path, 'utf8')]);
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(ROOT, dir));
  return out;
}

describe('PRIVACY.md matches what the code stores', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the code defines no storage keys besides prefs, progress, tab state and the early-head kit', () => {
    // WXT storage keys are written `area:name`; any other one would need a line in PRIVACY.md.
    const keys = unique(
      sources().flatMap(([, text]) => [...text.matchAll(/['"`]((?:local|session|sync|managed):[^'"`\s]+)['"`]/g)].map((m) => m[1]!)),
    );
    expect(keys, 'storage keys found in lib/, entrypoints/ and components/').toEqual(unique([PREFS_KEY, PROGRESS_KEY, TAB_STATES_KEY, EARLY_HEAD_KIT_KEY]));
    // Only lib/storage/items.ts defines items or writes storage (there: the items' version
    // keys); the written keys are checked in the next test.
    const storageItems = join('lib', 'storage', 'items.ts');
    const definers = sources()
      .filter(([, text]) => /\bdefineItem\s*[<(]/.test(text))
      .map(([path]) => path);
    expect(definers).toEqual([storageItems]);
    const directWrites = sources()
      .filter(([path]) => path !== storageItems)
      .filter(([, text]) => /storage\s*\.\s*(local|session|sync|managed)\s*\.\s*(set|remove|clear)\b|\bstorage\s*\.\s*(setItem|setItems|setMeta|removeItem|removeItems|removeMeta)\b/.test(text))
      .map(([path]) => path);
    expect(directWrites, 'code that writes storage outside lib/storage/items.ts').toEqual([]);
  });

  it('lists exactly the keys, with their areas, that the storage items write', async () => {
    const items = defineStorageItems();
    await items.writePrefs({ ...DEFAULT_PREFS, dismissedKinds: ['captcha'] });
    await items.writeProgress({ ...EMPTY_PROGRESS, checked: ['step.forgot-password'], updatedAt: 1 });
    await items.writeTabStates({ 3: { frames: { 0: { kinds: ['locked'], at: 1 } }, updatedAt: 1 } });
    await storeEarlyHeadKit(earlyHeadKit());
    const written = unique([
      ...Object.keys(await fakeBrowser.storage.local.get(null)).map((key) => `${key} in storage.local`),
      ...Object.keys(await fakeBrowser.storage.session.get(null)).map((key) => `${key} in storage.session`),
    ]);
    // The version keys (`prefs$`…) are WXT's record of each item's format version.
    expect(written).toContain('prefs$ in storage.local');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    const doc = listed('storage');
    expect(doc.en, 'PRIVACY.md, English: What is stored').toEqual(written);
    expect(doc.ja, 'PRIVACY.md, 日本語: 保存するデータ').toEqual(written);
  });
});
