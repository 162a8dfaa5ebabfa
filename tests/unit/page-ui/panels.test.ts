// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../lib/content/context';
import { createEarlyHeadHost } from '../../../lib/content/early-head';
import { PANEL_TAG } from '../../../lib/content/host-tags';
import type { Kind } from '../../../lib/detect/kinds';
import type { Banner } from '../../../lib/detect/tracker';
import { headOf } from '../../../lib/explain/heads';
import { NO_PAGE_FACTS } from '../../../lib/explain/situation';
import { createPanels } from '../../../lib/page-ui/panels';
import { EARLY_HEAD_CSS, headLines } from '../../../components/panel-head';

/** Animation frames asked for and not run yet: the test says when the browser paints. */
let frames: FrameRequestCallback[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** The browser paints the frame: its animation-frame callbacks run, then the tasks they queued. */
function paint(): void {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
  vi.advanceTimersByTime(0);
}

function errorLine(text = 'Your account has been temporarily locked.'): Element {
  const line = document.createElement('div');
  line.className = 'error-banner';
  line.textContent = text;
  document.body.append(line);
  return line;
}

const lockBanner = (anchor: Element): Banner => ({ kind: 'locked', anchor, wholePage: false });

function setUp(earlyHeads = new Map<Kind, HTMLElement>()) {
  const pageOf = vi.fn((banner: Banner) => ({ ...NO_PAGE_FACTS, captchaVariant: banner.captchaVariant }));
  const panels = createPanels(new ContentScriptContext(), earlyHeads, () => ({ lang: 'ja', pageOf }));
  const shown = () => {
    const hosts = document.querySelectorAll<HTMLElement>(PANEL_TAG);
    const root = hosts[0]?.shadowRoot;
    return {
      hosts: hosts.length,
      host: hosts[0],
      early: !!root?.querySelector('.panel.early-head'),
      headline: root?.querySelector('h2')?.textContent,
      full: !!root?.querySelector('[data-now]'),
    };
  };
  return { panels, pageOf, shown };
}

describe('a new panel on a page whose panel UI is loaded', () => {
  it('is its head at once, placed under the banner; the page is read and the whole panel drawn after the next paint', () => {
    const { panels, pageOf, shown } = setUp();
    const line = errorLine();
    panels.sync(new Map([['locked', lockBanner(line)]]));
    const first = shown();
    expect(first).toMatchObject({ hosts: 1, early: true, headline: headOf('locked').meaning.ja, full: false });
    expect(line.nextElementSibling).toBe(first.host);
    expect(first.host!.shadowRoot!.querySelector('style')!.textContent).toBe(EARLY_HEAD_CSS);
    expect(pageOf, 'no page read before the paint').not.toHaveBeenCalled();

    vi.advanceTimersByTime(0);
    expect(shown().full, 'not before the frame').toBe(false);
    paint();
    const filled = shown();
    expect(filled).toMatchObject({ hosts: 1, early: false, headline: headOf('locked').meaning.ja, full: true });
    expect(filled.host, 'the same element, filled in').toBe(first.host);
    expect(line.nextElementSibling).toBe(first.host);
    expect(pageOf).toHaveBeenCalledOnce();
  });

  it('draws the head of the interception the banner is', () => {
    const { panels, shown } = setUp();
    const line = errorLine('Sorry, we have detected unusual traffic from your network.');
    panels.sync(new Map([['captcha', { kind: 'captcha', anchor: line, wholePage: false, captchaVariant: 'block' }]]));
    expect(shown().early).toBe(true);
    const root = shown().host!.shadowRoot!;
    expect([...root.querySelectorAll('h2, .note')].map((el) => el.textContent)).toEqual(headLines('captcha', 'block', 'ja'));
  });

  it('follows a banner the page renders anew before the paint, and draws the whole panel for the new one', () => {
    const { panels, pageOf, shown } = setUp();
    const before = errorLine();
    panels.sync(new Map([['locked', lockBanner(before)]]));
    const host = shown().host;
    before.remove();
    const after = errorLine();
    panels.sync(new Map([['locked', lockBanner(after)]]));
    expect(shown()).toMatchObject({ hosts: 1, host, early: true });
    expect(after.nextElementSibling).toBe(host);
    paint();
    expect(shown()).toMatchObject({ hosts: 1, host, full: true });
    expect(pageOf).toHaveBeenCalledOnce();
    expect(pageOf.mock.calls[0]![0].anchor).toBe(after);
  });

  it('keeps what the user opened when the page renders its banner anew after the paint', async () => {
    const { panels, shown } = setUp();
    const before = errorLine();
    panels.sync(new Map([['locked', lockBanner(before)]]));
    paint();
    const root = shown().host!.shadowRoot!;
    const click = new MouseEvent('click', { bubbles: true, composed: true });
    // happy-dom makes no trusted events; our controls answer only those (shadow-ui.ts).
    Object.defineProperty(click, 'isTrusted', { value: true });
    root.querySelector('[data-disclosure="causes"]')!.dispatchEvent(click);
    await vi.advanceTimersByTimeAsync(0);
    expect(root.querySelector('[data-section="causes"]')).not.toBeNull();
    before.remove();
    const after = errorLine();
    panels.sync(new Map([['locked', lockBanner(after)]]));
    await vi.advanceTimersByTimeAsync(0);
    expect(after.nextElementSibling).toBe(shown().host);
    expect(root.querySelector('[data-section="causes"]'), 'the opened section stays open').not.toBeNull();
  });

  it('is gone, and never drawn in full, when its banner goes before the paint', () => {
    const { panels, pageOf, shown } = setUp();
    panels.sync(new Map([['locked', lockBanner(errorLine())]]));
    panels.sync(new Map());
    paint();
    expect(shown().hosts).toBe(0);
    expect(pageOf).not.toHaveBeenCalled();
  });
});

describe('a head the content script drew while the panel UI loaded', () => {
  it('is filled in at once: it is on screen already', () => {
    const line = errorLine();
    const early = createEarlyHeadHost(document, PANEL_TAG, 'locked', 'ja', { css: EARLY_HEAD_CSS, lines: headLines('locked', undefined, 'ja') });
    line.after(early);
    const { panels, pageOf, shown } = setUp(new Map([['locked', early]]));
    panels.sync(new Map([['locked', lockBanner(line)]]));
    expect(shown()).toMatchObject({ hosts: 1, host: early, early: false, full: true });
    expect(pageOf).toHaveBeenCalledOnce();
  });
});
