import { test } from '../harness/chromium-extension';
import {
  checkEarlyHeadFollowsPrefs,
  checkEarlyHeadThenPanel,
  checkHeadFirstWithTheUiLoaded,
  checkNoEarlyHeadForUnseenBanners,
  checkNotAuthorizedSaysNoMoreThanTheHelpCenter,
  checkPanelDespiteThePagesElement,
} from '../harness/early-head-checks';

test("on an ordinary page the panel's head appears with the banner, and the panel UI fills in the same element", async ({ tab }) => {
  await checkEarlyHeadThenPanel(tab);
});

test('on a login page, with the panel UI loaded, a new panel shows its head first and is filled in in place', async ({ tab }) => {
  await checkHeadFirstWithTheUiLoaded(tab);
});

test('the early head follows the preferences: nothing for a dismissed kind or when off, in the chosen language', async ({ tab }) => {
  await checkEarlyHeadFollowsPrefs(tab);
});

test('a page that defines our tag as its own element still gets the panel', async ({ tab }) => {
  await checkPanelDespiteThePagesElement(tab);
});

test('"not authorized to sign into this account": no lock reassurance, neither early nor in the full panel', async ({ tab }) => {
  await checkNotAuthorizedSaysNoMoreThanTheHelpCenter(tab);
});

test('a banner the user cannot see (off the document, nearly transparent) gets no early head, so a page cannot probe the dismissed kinds', async ({ tab }) => {
  await checkNoEarlyHeadForUnseenBanners(tab);
});
