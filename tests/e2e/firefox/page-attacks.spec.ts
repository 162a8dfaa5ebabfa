import { firefoxTest as test } from '../harness/firefox';
import { checkRestoringPage, checkUiDespiteOurTagsDefinedAtStart } from '../harness/page-attack-checks';
import { defineOurTagsWithClosedRoots, type RestoreTiming } from '../harness/page-scripts';

/** The attacks of issue 19 in Firefox ESR (chromium/page-attacks.spec.ts has the Chromium side). */

test.describe('Firefox: a page that restores its form whenever something is added', () => {
  test.describe.configure({ timeout: 60_000 });
  for (const timing of ['sync', 'frame', 'task'] satisfies RestoreTiming[]) {
    test(`(${timing}) does not loop with our panel: the tab answers, placements settle`, async ({ tab }) => {
      await checkRestoringPage(tab, timing);
    });
  }
});

test('Firefox: a page that defines our tags before we start, its banner shown from the start, still gets the panel and hints', async ({ firefoxPage, tab }) => {
  await firefoxPage.evaluateOnNewDocument(defineOurTagsWithClosedRoots);
  await checkUiDespiteOurTagsDefinedAtStart(tab);
});
