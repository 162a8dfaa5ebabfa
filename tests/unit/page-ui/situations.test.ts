// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Banner } from '../../../lib/detect/tracker';
import { NO_PAGE_FACTS } from '../../../lib/explain/situation';
import { createPageSituations } from '../../../lib/page-ui/situations';

const banner = (kind: Banner['kind'], extra: Partial<Banner> = {}): Banner => ({ kind, anchor: document.createElement('div'), wholePage: false, ...extra });

describe("a frame's situations, decided once for the panel and the report", () => {
  it('reads the page once per shown kind, and keeps the facts when the page re-renders the banner', () => {
    const read = vi.fn(() => ({ ...NO_PAGE_FACTS, hasAppealButton: true }));
    const situations = createPageSituations(read);
    const first = situations.pageOf(banner('locked'));
    expect(situations.pageOf(banner('locked'))).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);
    expect(situations.pagesOf(['locked', 'captcha'])).toEqual({ locked: first });
  });

  it("follows the interception's variant under the same banner (a slide that failed)", () => {
    const situations = createPageSituations((b) => ({ ...NO_PAGE_FACTS, captchaVariant: b.captchaVariant }));
    expect(situations.pageOf(banner('captcha', { captchaVariant: 'slider' })).captchaVariant).toBe('slider');
    expect(situations.pageOf(banner('captcha', { captchaVariant: 'failed' })).captchaVariant).toBe('failed');
    expect(situations.pagesOf(['captcha']).captcha?.captchaVariant).toBe('failed');
  });

  it('reads the page again for a kind that went away and came back', () => {
    const read = vi.fn(() => NO_PAGE_FACTS);
    const situations = createPageSituations(read);
    situations.pageOf(banner('sms-code'));
    situations.keepOnly(new Set());
    expect(situations.pagesOf(['sms-code'])).toEqual({});
    situations.pageOf(banner('sms-code'));
    expect(read).toHaveBeenCalledTimes(2);
  });
});
