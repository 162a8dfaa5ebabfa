import { test } from '../harness/chromium-extension';
import { checkFirstStateFollowsPrefs, checkFirstStateThenPanel, checkPanelDespiteThePagesElement } from '../harness/first-state-checks';

test("on an ordinary page the panel's head appears with the banner, and the panel UI fills in the same element", async ({ tab }) => {
  await checkFirstStateThenPanel(tab);
});

test('the first state follows the preferences: nothing for a dismissed kind or when off, in the chosen language', async ({ tab }) => {
  await checkFirstStateFollowsPrefs(tab);
});

test('a page that defines our tag as its own element still gets the panel', async ({ tab }) => {
  await checkPanelDespiteThePagesElement(tab);
});
