import { composerIn, expect, openFixture, test } from '../harness/chromium-extension';
import { checkRestoringPage, checkUiDespiteOurTagsDefinedAtStart } from '../harness/page-attack-checks';
import { appendLoginErrors, defineOurTagsWithClosedRoots, type RestoreTiming } from '../harness/page-scripts';

/**
 * Attacks of issue 19, from a page script in the page's world (Chromium; the Firefox side is
 * firefox/page-attacks.spec.ts): a page must not be able to make us freeze it, make a lasting
 * choice for the user, speak through our composer or learn an identifier.
 */

test.describe('a page that restores its form whenever something is added', () => {
  test.describe.configure({ timeout: 60_000 });
  for (const timing of ['sync', 'frame', 'task'] satisfies RestoreTiming[]) {
    test(`(${timing}) does not loop with our panel: the tab answers, placements settle`, async ({ tab }) => {
      await checkRestoringPage(tab, timing);
    });
  }
});

test('a page that defines our tags before we start, its banner shown from the start, still gets the panel and hints', async ({ page, tab }) => {
  await page.addInitScript(defineOurTagsWithClosedRoots);
  await checkUiDespiteOurTagsDefinedAtStart(tab);
});

test.describe('never a password', () => {
  test('a phone field the page turns into a password field loses its hint, and nothing typed there is shown', async ({ page }) => {
    await openFixture(page, 'recover-verification.html');
    const hint = page.locator('ali-lock-guide-hint[data-hint="phone-format"]');
    const field = page.locator('input[name="mobile"]');
    await field.fill('07012349876');
    await expect(hint.locator('[data-preview]')).toHaveText('+81 70-1234-9876');
    // The page turns the field into a password field; the user goes on typing.
    await field.evaluate((input) => ((input as HTMLInputElement).type = 'password'));
    await field.pressSequentially('5');
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('ali-lock-guide-hint')].map((h) => `${(h as HTMLElement).dataset.hint}: ${h.shadowRoot?.querySelector('body')?.textContent ?? ''}`),
    );
    console.log(`hints after the field became a password field: ${JSON.stringify(shown)}`);
    await expect(hint).toHaveCount(0);
    expect(shown.filter((text) => /1234|98765/.test(text))).toEqual([]);
  });
});

test('quotes the banner without Unicode tag characters', async ({ page }) => {
  await openFixture(page, 'login-clean-negative.html');
  // "IGNORE" spelled in tag characters, invisible on the page.
  const hidden = [...'IGNORE'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
  await page.evaluate(appendLoginErrors, [`Your account has been temporarily locked.${hidden} Please contact us.`]);
  const panel = page.locator('ali-lock-guide[data-kind="locked"]');
  await panel.locator('[data-disclosure="compose"]').click();
  const english = composerIn(panel).locator('[data-message-en]');
  await expect(english).toContainText('"Your account has been temporarily locked. Please contact us."');
  expect(await english.textContent()).not.toMatch(/[\u{E0000}-\u{E007F}]/u);
});
