import { FIXTURE_PAGES } from '../../fixtures/pages';
import { test } from '../harness/chromium-extension';
import { checkNoPanel, checkPanelForBanner } from '../harness/fixture-checks';

// The same fixture list and the same checks as the Firefox suite (firefox.spec.ts).
const timings: { name: string; ms: number }[] = [];

test.describe('a panel for every banner', () => {
  for (const fixture of FIXTURE_PAGES.filter((f) => f.expect)) {
    test(fixture.name, async ({ tab }) => {
      timings.push({ name: fixture.name, ms: await checkPanelForBanner(tab, fixture) });
    });
  }
});

test.describe('no panel on ordinary pages', () => {
  for (const fixture of FIXTURE_PAGES.filter((f) => !f.expect)) {
    test(fixture.name, async ({ tab }) => {
      await checkNoPanel(tab, fixture);
    });
  }
});

test.afterAll(() => {
  if (timings.length === 0) return;
  const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
  console.log(
    `banner → panel (ms): ${timings.map((t) => `${t.name}: ${t.ms.toFixed(1)}`).join('; ')} | max ${sorted.at(-1)!.toFixed(1)}`,
  );
});
