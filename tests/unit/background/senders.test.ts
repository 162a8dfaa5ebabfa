import { describe, expect, it } from 'vitest';
import { composerFrame, contentFrame, isExtensionPage } from '../../../lib/background/senders';

const ROOT = 'chrome-extension://abcdefghijklmnop/';

describe('who may send the background what', () => {
  it('knows the extension\'s own pages by their address, and nothing else', () => {
    expect(isExtensionPage({ url: `${ROOT}popup.html` }, ROOT)).toBe(true);
    expect(isExtensionPage({ url: 'https://login.aliexpress.com/', tab: { id: 3 } }, ROOT)).toBe(false);
    // A page whose address only contains the root is not ours.
    expect(isExtensionPage({ url: `https://evil.example/?${ROOT}` }, ROOT)).toBe(false);
    expect(isExtensionPage({}, ROOT)).toBe(false);
  });

  it('takes a content script\'s tab and frame (the top frame when the browser gives none)', () => {
    expect(contentFrame({ url: 'https://www.aliexpress.com/', tab: { id: 7 }, frameId: 4 }, 'reportBanners', ROOT)).toEqual({ tabId: 7, frameId: 4 });
    expect(contentFrame({ url: 'https://www.aliexpress.com/', tab: { id: 7 } }, 'reportBanners', ROOT)).toEqual({ tabId: 7, frameId: 0 });
  });

  it('refuses what does not come from a content script in a tab', () => {
    expect(() => contentFrame({ url: `${ROOT}popup.html` }, 'reportBanners', ROOT)).toThrow(/reportBanners comes from a page's content script/);
    // An extension page opened in a tab has a tab, but is still not a content script.
    expect(() => contentFrame({ url: `${ROOT}popup.html`, tab: { id: 2 } }, 'reportBanners', ROOT)).toThrow();
    expect(() => contentFrame({ url: 'https://www.aliexpress.com/', tab: {} }, 'reportBanners', ROOT)).toThrow();
  });
});

describe('the composer page as a sender', () => {
  it('is our composer page in a tab, at our root or at the per-session address Chrome gives it', () => {
    expect(composerFrame({ url: `${ROOT}composer.html#0123`, tab: { id: 3 } }, 'takeComposer', ROOT, '/composer.html')).toEqual({ tabId: 3 });
    expect(composerFrame({ url: 'chrome-extension://per-session-id/composer.html', tab: { id: 3 } }, 'takeComposer', ROOT, '/composer.html')).toEqual({ tabId: 3 });
  });

  it('is not a content script, another of our pages, or a composer outside a tab', () => {
    for (const sender of [
      { url: 'https://login.aliexpress.com/composer.html', tab: { id: 3 } },
      { url: `${ROOT}popup.html`, tab: { id: 3 } },
      { url: `${ROOT}composer.html` },
      { tab: { id: 3 } },
    ]) {
      expect(() => composerFrame(sender, 'takeComposer', ROOT, '/composer.html'), JSON.stringify(sender)).toThrow(/takeComposer comes from the composer page/);
    }
  });
});
