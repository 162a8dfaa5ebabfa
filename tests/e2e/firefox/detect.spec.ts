import { FIXTURE_PAGES } from '../../fixtures/pages';
import { expect, firefoxTest as test } from '../harness/firefox';
import { evaluateInFrame, panelsInAllFrames, until, waitForFirstPass, waitForHint } from '../harness/guide-tab';

/**
 * Firefox: which field of the passport's SMS login gets which hint (the shared fixture
 * list checks panels only). Named firefox.spec.ts so the firefox project runs it.
 */
for (const file of ['login-sms.html', 'item-with-sms-mini-login.html']) {
  test(`Firefox: SMS login ${file}: phone hint on #fm-sms-login-id, sms hint on #fm-smscode, no panel`, async ({ tab }) => {
    const fixture = FIXTURE_PAGES.find((f) => f.file === file)!;
    await tab.open(fixture);
    await waitForHint(tab, 'phone-format', fixture.frameUrlPrefix);
    await waitForHint(tab, 'sms', fixture.frameUrlPrefix);
    // Each step asks the frame at that address anew: Firefox may replace the iframe's context.
    const inFrame = <R>(fn: () => R) => evaluateInFrame(tab, fixture.frameUrlPrefix, fn, null);
    const hints = await inFrame(
      () =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('ali-lock-guide-hint')]
            .filter((h) => h.previousElementSibling?.id)
            .map((h) => [h.previousElementSibling!.id, h.dataset.hint]),
        ),
    );
    expect(hints).toMatchObject({ 'fm-sms-login-id': 'phone-format', 'fm-smscode': 'sms' });

    await inFrame(() => document.querySelector<HTMLElement>('a.send-btn-link')!.click());
    await until('the send tip shown', async () =>
      (await inFrame(() => !document.querySelector<HTMLElement>('.sms-send-success-tip')!.hidden)) || undefined,
    );
    // "验证码已发送" (code sent) is not an error: after the page's change is handled, no panel.
    await waitForFirstPass(tab);
    expect(await panelsInAllFrames(tab)).toEqual([]);
  });
}
