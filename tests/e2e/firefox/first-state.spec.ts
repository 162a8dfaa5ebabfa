import { firefoxTest as test } from '../harness/firefox';
import { checkFirstStateFollowsPrefs, checkFirstStateThenPanel, checkPanelDespiteThePagesElement } from '../harness/first-state-checks';

test("Firefox: on an ordinary page the panel's head appears with the banner, and the panel UI fills in the same element", async ({ tab }) => {
  await checkFirstStateThenPanel(tab);
});

test('Firefox: the first state follows the preferences: nothing for a dismissed kind or when off, in the chosen language', async ({ tab }) => {
  await checkFirstStateFollowsPrefs(tab);
});

test('Firefox: a page that defines our tag as its own element still gets the panel', async ({ tab }) => {
  await checkPanelDespiteThePagesElement(tab);
});
