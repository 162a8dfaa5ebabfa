import { test } from './chromium-extension';
import { checkRestoringPage } from './harness/churn-checks';
import type { RestoreTiming } from './harness/page-scripts';

/**
 * Attacks of issue 19, from a page script in the page's world (Chromium; the Firefox side is
 * page-attacks-firefox.spec.ts): a page must not be able to make us freeze it, make a lasting
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
