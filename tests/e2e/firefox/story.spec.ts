import { STORY_FIXTURES } from '../../fixtures/pages';
import { firefoxTest as test } from '../harness/firefox';
import { checkPopupTellsThePanelsStory } from '../harness/fixture-checks';

// The same pages and the same check as the Chromium suite (chromium/story.spec.ts).
test.describe('Firefox: one story per tab: the popup leads with the panel\'s action', () => {
  for (const fixture of STORY_FIXTURES) {
    test(fixture.name, async ({ tab }) => {
      await checkPopupTellsThePanelsStory(tab, fixture);
    });
  }
});
