import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The popup page as built for each browser. */
const BUILT = ['chrome-mv3', 'firefox-mv3'].map((dir) => resolve(__dirname, '../../.output', dir));

const read = (path: string) => {
  expect(existsSync(path), 'build first: npm run build').toBe(true);
  return readFileSync(path, 'utf8');
};

describe.each(BUILT)('popup page %s', (dir) => {
  // Each file the page fetches before its first view is drawn is a round trip through the
  // browser's process, waited for after the parse when it is a module or a stylesheet (about
  // 3-6 ms at p50 for the module chunks and the stylesheet, issue 20).
  it('draws its first view from two classic scripts: the reads in the head, the app at the end of the body', () => {
    const html = read(resolve(dir, 'popup.html'));
    const classic = [...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map((match) => match[1]);
    expect(classic).toEqual(['/popup-reads.js', '/popup-app.js']);
    expect(html.indexOf('/popup-app.js')).toBeGreaterThan(html.indexOf('<div id="app">'));
    expect(html).not.toMatch(/rel="(?:stylesheet|modulepreload)"/);
    // WXT adds one module script to every page for its runtime plugins: it must stay empty.
    for (const [, src] of html.matchAll(/<script type="module"[^>]* src="([^"]+)"/g)) expect(read(resolve(dir, `.${src}`)).trim()).toBe('');
  });

  it('carries the popup styles in its app script', () => {
    expect(read(resolve(dir, 'popup-app.js'))).toContain('.site-access{');
  });
});
