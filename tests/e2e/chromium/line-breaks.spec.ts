import { fixtureByFile } from '../harness/fixtures';
import { test } from '../harness/chromium-extension';
import { checkHintLines, checkPanelLines, checkPopupLines, checkTheCheckFindsBadBreaks, oneFixturePerPanel } from '../harness/line-checks';

// The same checks as the Firefox suite (firefox/line-breaks.spec.ts), at the demo's size.
test.describe('Japanese breaks between phrases', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize({ width: 1280, height: 900 }));
  for (const fixture of oneFixturePerPanel()) test(`panel: ${fixture.name}`, ({ tab }) => checkPanelLines(tab, fixture));
  test('the phone hint', ({ tab }) => checkHintLines(tab));
  test('the popup on a lock page', ({ tab }) => checkPopupLines(tab, fixtureByFile('login-locked-modal.html')));
  test('the check finds bad breaks', ({ tab }) => checkTheCheckFindsBadBreaks(tab));
});
