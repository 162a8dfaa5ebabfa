import { expect } from '@playwright/test';
import { fixtureByFile } from './fixtures';
import { waitForFirstPass, waitForHint, waitForPanel, type GuideFrame, type GuideTab } from './guide-tab';
import { restoreCountsOver, restoreFormOnTamper, type RestoreCounts, type RestoreTiming } from './page-scripts';

/** A round trip to a tab that is not stuck: milliseconds, far more than it takes on a loaded machine. */
export const ANSWER_BOUND_MS = 3_000;
/** Past this a tab counts as not answering at all. */
const GIVE_UP_MS = 10_000;

/**
 * How long the page takes to answer a script call (the driver's round trip), or Infinity when
 * it does not answer within GIVE_UP_MS: a page stuck in a loop of its own and ours never does.
 */
export async function answerTime<R, A>(frame: GuideFrame, fn: (arg: A) => R | Promise<R>, arg: A): Promise<{ ms: number; value?: R }> {
  const start = Date.now();
  const answered = frame.evaluate(fn, arg).then((value) => ({ value }));
  const gaveUp = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, GIVE_UP_MS);
    answered.then(() => clearTimeout(timer), () => clearTimeout(timer));
  });
  const result = await Promise.race([answered, gaveUp]);
  return result ? { ms: Date.now() - start, value: result.value } : { ms: Infinity };
}

/**
 * A login page that puts its form back whenever something is added to it (`restoreFormOnTamper`)
 * must not loop with our placing of the panel: the tab answers at once, and after the first
 * second neither we nor the page place or restore more than twice a second. The lock is
 * still explained.
 */
export async function checkRestoringPage(tab: GuideTab, timing: RestoreTiming): Promise<void> {
  await tab.open(fixtureByFile('login-clean-negative.html'));
  await waitForFirstPass(tab);
  const page = tab.frames()[0]!;
  const start = await answerTime(page, restoreFormOnTamper, timing);
  const first = await answerTime(page, restoreCountsOver, 1_000);
  const settled = await answerTime(page, restoreCountsOver, 2_000);
  const after = await answerTime(page, (n: number) => n, 0);
  const rate = (counts?: RestoreCounts) => (counts ? `${counts.restores / 2} restores/s, ${counts.placements / 2} placements/s` : 'no answer');
  console.log(
    `${tab.browserName}, page restoring its form (${timing}): starting answered in ${start.ms} ms, ` +
      `first second ${JSON.stringify(first.value ?? 'no answer')}, then ${rate(settled.value)}, answer time ${after.ms} ms`,
  );
  expect(start.ms, 'the call that starts the page answered (ms)').toBeLessThan(ANSWER_BOUND_MS);
  expect(settled.value, 'counts after the first second').toBeDefined();
  expect(settled.value!.placements, 'our placements in 2 s after the first').toBeLessThanOrEqual(4);
  expect(settled.value!.restores, "the page's restores in 2 s after the first").toBeLessThanOrEqual(4);
  expect(after.ms, 'the tab answers (ms)').toBeLessThan(ANSWER_BOUND_MS);
  await waitForPanel(tab, 'locked');
}

/**
 * The page defined our tags before we started (`defineOurTagsWithClosedRoots`, run by the
 * caller before the page's own scripts) and shows its lock message from the start: the panel
 * and the login field's hint still appear, each with our open shadow root and its content.
 */
export async function checkUiDespiteOurTagsDefinedAtStart(tab: GuideTab): Promise<void> {
  await tab.open(fixtureByFile('login-locked-ja.html'));
  const defined = await tab.frames()[0]!.evaluate(() => !!customElements.get('ali-lock-guide') && !!customElements.get('ali-lock-guide-hint'), 0);
  expect(defined, 'the page defined both tags').toBe(true);
  await waitForPanel(tab, 'locked');
  await waitForHint(tab, 'forgot-password');
  const roots = await tab.frames()[0]!.evaluate(
    () => [...document.querySelectorAll('ali-lock-guide, ali-lock-guide-hint')].map((host) => !!host.shadowRoot?.querySelector('body > *')),
    0,
  );
  expect(roots.length, 'the panel and at least one hint').toBeGreaterThanOrEqual(2);
  expect(roots, 'every host holds our open root, with content').toEqual(roots.map(() => true));
}
