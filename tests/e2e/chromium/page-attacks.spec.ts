import { test } from '../harness/chromium-extension';
import { checkRestoringPage, checkUiDespiteOurTagsDefinedAtStart } from '../harness/page-attack-checks';
import { defineOurTagsWithClosedRoots, type RestoreTiming } from '../harness/page-scripts';

/**
 * Attacks of issue 19, from a page script in the page's world (Chromium; the Firefox side is
 * firefox/page-attacks.spec.ts): a page must not be able to make us freeze it, make a lasting
 * choice for the user, speak through our composer or learn an identifier.
 */

test.describe('a page that restores its form whenever something is added', () => {
  test.describe.configure({ timeout: 60_000 });
  for (const timing of ['sync', 'frame', 'task'] satisfies RestoreTiming[]) {
    test(`(${timing}) does not loop with our panel: the tab answers, placements settle`, async ({ tab }) => {
      await checkRestoringPage(tab, timing);
    });
  }
});

test('a page that defines our tags before we start, its banner shown from the start, still gets the panel and hints', async ({ page, tab }) => {
  await page.addInitScript(defineOurTagsWithClosedRoots);
  await checkUiDespiteOurTagsDefinedAtStart(tab);
});
