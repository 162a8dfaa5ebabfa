import { fixtureByFile } from '../harness/fixtures';
import { firefoxTest as test, setFirefoxViewport } from '../harness/firefox';
import { checkHintLines, checkPanelLines, checkPopupLines, checkTheCheckFindsBadBreaks, oneFixturePerPanel } from '../harness/line-checks';

// The same checks as the Chromium suite (chromium/line-breaks.spec.ts), at the demo's size.
test.describe('Firefox: Japanese breaks between phrases', () => {
  test.beforeEach(async ({ firefoxPage }) => setFirefoxViewport(firefoxPage, 1280, 900));
  for (const fixture of oneFixturePerPanel()) test(`panel: ${fixture.name}`, ({ tab }) => checkPanelLines(tab, fixture));
  test('the phone hint', ({ tab }) => checkHintLines(tab));
  test('the popup on a lock page', ({ tab }) => checkPopupLines(tab, fixtureByFile('login-locked-modal.html')));
  test('the check finds bad breaks', ({ tab }) => checkTheCheckFindsBadBreaks(tab));
});
