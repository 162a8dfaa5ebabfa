import { STORY_FIXTURES } from '../../fixtures/pages';
import { test } from '../harness/chromium-extension';
import { checkPopupTellsThePanelsStory } from '../harness/fixture-checks';

// The same pages and the same check as the Firefox suite (firefox/story.spec.ts).
test.describe('one story per tab: the popup leads with the panel\'s action', () => {
  for (const fixture of STORY_FIXTURES) {
    test(fixture.name, async ({ tab }) => {
      await checkPopupTellsThePanelsStory(tab, fixture);
    });
  }
});
