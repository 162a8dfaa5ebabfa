// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Kind } from '../../../lib/detect/kinds';
import type { Banner } from '../../../lib/detect/tracker';
import { createPanelSync, type PanelPosition } from '../../../lib/page-ui/panel-sync';

const element = (text: string) => document.body.appendChild(Object.assign(document.createElement('div'), { textContent: text }));
const banner = (kind: Kind, anchor: Element, more: Partial<Banner> = {}): Banner => ({ kind, anchor, wholePage: false, ...more });
const banners = (...list: Banner[]) => new Map(list.map((b) => [b.kind, b]));

/** Applies a plan the way panels.tsx does, keeping the mounted panels' positions. */
function panelsFollowing() {
  const sync = createPanelSync();
  const mounted = new Map<Kind, PanelPosition>();
  return {
    sync,
    mounted,
    apply(shown: Map<Kind, Banner>) {
      const plan = sync.plan(mounted, shown);
      for (const kind of plan.remove) mounted.delete(kind);
      for (const kind of [...plan.follow, ...plan.mount]) {
        const b = shown.get(kind)!;
        mounted.set(kind, { anchor: b.anchor, message: b.message ?? b.anchor, captchaVariant: b.captchaVariant });
      }
      return plan;
    },
  };
}

beforeEach(() => document.body.replaceChildren());

describe('panel sync', () => {
  it('mounts a panel per new banner, leaves unchanged ones alone and removes those whose banner went', () => {
    const panels = panelsFollowing();
    const locked = element('locked');
    const captcha = element('captcha');
    expect(panels.apply(banners(banner('locked', locked), banner('captcha', captcha)))).toEqual({ remove: [], follow: [], mount: ['locked', 'captcha'] });
    expect(panels.apply(banners(banner('locked', locked), banner('captcha', captcha)))).toEqual({ remove: [], follow: [], mount: [] });
    expect(panels.apply(banners(banner('locked', locked)))).toEqual({ remove: ['captcha'], follow: [], mount: [] });
  });

  it('moves the panel to a re-rendered banner, and follows an interception that changed under it', () => {
    const panels = panelsFollowing();
    const first = element('locked');
    panels.apply(banners(banner('locked', first)));
    first.remove();
    const second = element('locked');
    expect(panels.apply(banners(banner('locked', second)))).toEqual({ remove: [], follow: ['locked'], mount: [] });
    expect(panels.mounted.get('locked')!.anchor).toBe(second);

    const widget = element('slider');
    panels.apply(banners(banner('captcha', widget, { captchaVariant: 'slider' })));
    expect(panels.apply(banners(banner('captcha', widget, { captchaVariant: 'failed' })))).toEqual({ remove: [], follow: ['captcha'], mount: [] });
    const line = widget.appendChild(document.createElement('span'));
    expect(panels.apply(banners(banner('captcha', widget, { captchaVariant: 'failed', message: line })))).toEqual({ remove: [], follow: ['captcha'], mount: [] });
  });

  it('keeps a closed panel closed while its banner stays, and across a re-render', () => {
    const panels = panelsFollowing();
    const first = element('locked');
    panels.apply(banners(banner('locked', first)));
    panels.sync.closed(first);
    expect(panels.apply(banners(banner('locked', first)))).toEqual({ remove: ['locked'], follow: [], mount: [] });
    first.remove();
    const rerendered = element('locked');
    expect(panels.apply(banners(banner('locked', rerendered)))).toEqual({ remove: [], follow: [], mount: [] });
  });

  it('shows a panel again for a new banner after the closed one was gone a sync', () => {
    const panels = panelsFollowing();
    const first = element('locked');
    panels.apply(banners(banner('locked', first)));
    panels.sync.closed(first);
    panels.apply(banners(banner('locked', first)));
    // The banner still in the document beside a new one of its kind is not a re-render.
    const another = element('locked again');
    expect(panels.apply(banners(banner('locked', another)))).toEqual({ remove: [], follow: [], mount: ['locked'] });
    panels.apply(new Map());
    expect(panels.apply(banners(banner('locked', element('later'))))).toEqual({ remove: [], follow: [], mount: ['locked'] });
  });
});
