import { firefoxTest as test } from './harness/firefox';
import { checkRestoringPage } from './harness/churn-checks';
import type { RestoreTiming } from './harness/page-scripts';

/** The attacks of issue 19 in Firefox ESR (page-attacks.spec.ts has the Chromium side). */

test.describe('Firefox: a page that restores its form whenever something is added', () => {
  test.describe.configure({ timeout: 60_000 });
  for (const timing of ['sync', 'frame', 'task'] satisfies RestoreTiming[]) {
    test(`(${timing}) does not loop with our panel: the tab answers, placements settle`, async ({ tab }) => {
      await checkRestoringPage(tab, timing);
    });
  }
});
