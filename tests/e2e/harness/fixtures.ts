import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kind } from '../../../lib/detect/kinds';
import type { HintKind } from '../../../lib/hints/fields';
import { FIXTURE_PAGES, type FixturePage } from '../../fixtures/pages';

const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages', import.meta.url));

/** A fixture page's text (UTF-8). */
export function readFixture(file: string): string {
  return readFileSync(join(PAGES_DIR, file), 'utf8');
}

/** The fixture of `tests/fixtures/pages.ts` saved as `file`. */
export function fixtureByFile(file: string): FixturePage {
  const found = FIXTURE_PAGES.find((f) => f.file === file);
  if (!found) throw new Error(`no fixture page ${file} in tests/fixtures/pages.ts`);
  return found;
}

/**
 * What to answer for each address the fixture loads (the page and its frames), as the
 * file's bytes: they reach the browser unchanged, whatever the driver does with strings.
 */
export function fixtureResponses(fixture: FixturePage): Map<string, Buffer> {
  const bodies = new Map<string, Buffer>([[fixture.url, readFileSync(join(PAGES_DIR, fixture.file))]]);
  for (const frame of fixture.frames ?? []) bodies.set(frame.url, readFileSync(join(PAGES_DIR, frame.file)));
  return bodies;
}

/** The `<title>` a fixture page is saved with (none of them use entities there). */
export function fixtureTitle(fixture: FixturePage): string {
  const title = /<title>([^<]*)<\/title>/.exec(readFixture(fixture.file))?.[1];
  if (title === undefined) throw new Error(`${fixture.file} has no <title>`);
  return title;
}

export const FIXTURE_CONTENT_TYPE = 'text/html; charset=utf-8';

export const panelSelector = (kind?: Kind) => (kind ? `ali-lock-guide[data-kind="${kind}"]` : 'ali-lock-guide');
export const hintSelector = (hint?: HintKind) => (hint ? `ali-lock-guide-hint[data-hint="${hint}"]` : 'ali-lock-guide-hint');
