import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** The content script as built for each browser: it runs on every AliExpress page. */
const BUILT = ['chrome-mv3', 'firefox-mv3'].map((dir) => resolve(__dirname, '../../.output', dir, 'content-scripts/content.js'));
const CONTENT_GZIP_BUDGET = 12 * 1024;

const read = (path: string) => {
  expect(existsSync(path), 'build first: npm run build').toBe(true);
  return readFileSync(path);
};

describe.each(BUILT)('content script %s', (path) => {
  it(`stays within ${CONTENT_GZIP_BUDGET / 1024} KB gzip`, () => {
    expect(gzipSync(read(path), { level: 9 }).length).toBeLessThanOrEqual(CONTENT_GZIP_BUDGET);
  });

  it('sends the page nothing and hears nothing from it that could switch it off (lib/content/context.ts)', () => {
    const code = read(path).toString('utf8');
    for (const call of ['postMessage', 'dispatchEvent', 'CustomEvent', 'wxt:']) expect(code).not.toContain(call);
  });

  it('carries no manifest-only options, which the manifest has (modules/content-script-options.ts)', () => {
    const code = read(path).toString('utf8');
    for (const option of ['document_idle', 'cssInjectionMode', 'allFrames', '*://*.aliexpress']) expect(code).not.toContain(option);
    const manifest = JSON.parse(readFileSync(resolve(path, '../../manifest.json'), 'utf8')) as { content_scripts: { matches: string[]; all_frames: boolean; run_at: string }[] };
    expect(manifest.content_scripts).toMatchObject([{ matches: expect.arrayContaining(['*://*.aliexpress.com/*']), all_frames: true, run_at: 'document_idle' }]);
  });
});
