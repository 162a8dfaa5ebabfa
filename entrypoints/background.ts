import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundService } from '../lib/background/service';
import type { Kind } from '../lib/detect/kinds';
import { FRAME_PORT, onMessage, validateMessage } from '../lib/messaging/messages';
import type { Browser } from 'wxt/browser';
import { defineStorageItems, storeFirstStateKit } from '../lib/storage/items';
import { createUserStore } from '../lib/storage/user-store';
import { firstStateKit } from '../components/panel-head';

/** The toolbar badge marks a tab that shows a banner. MV2 Firefox calls it browserAction. */
async function setBadge(tabId: number, kinds: Kind[]): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: kinds.length > 0 ? '!' : '' });
  if (kinds.length > 0) await action.setBadgeBackgroundColor({ tabId, color: '#E8A33D' });
}

type Sender = Browser.runtime.MessageSender;

/** The popup or another page of ours (they write ticks and settings to storage themselves). */
function fromExtensionPage(sender: Sender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** A content script: its tab and frame, or an error that rejects the sender's promise. */
function contentFrame(sender: Sender, type: string): { tabId: number; frameId: number } {
  if (sender.tab?.id == null || fromExtensionPage(sender)) throw new Error(`${type} comes from a page's content script`);
  return { tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
}

export default defineBackground(() => {
  const items = defineStorageItems();
  const service = createBackgroundService(items, setBadge);
  // What content scripts show while the panel UI loads: this build's version of it.
  void storeFirstStateKit(firstStateKit()).catch(() => undefined);

  // Content scripts run inside pages we do not trust: they may report what they show and
  // dismiss what they show, nothing else. The frame id keeps iframes apart. Ticks and
  // settings are no message: the popup writes them itself (lib/user-store.ts), but for the
  // ones it hands on as it closes.
  onMessage('reportBanners', ({ data, sender }) => {
    const { kinds, pages } = validateMessage('reportBanners', data);
    const { tabId, frameId } = contentFrame(sender, 'reportBanners');
    return service.reportBanners(tabId, frameId, kinds, pages);
  });
  onMessage('dismissKind', ({ data, sender }) => {
    const { kind } = validateMessage('dismissKind', data);
    const { tabId, frameId } = contentFrame(sender, 'dismissKind');
    return service.dismissKind(tabId, frameId, kind);
  });
  // The popup, as it closes, hands on the ticks it had not stored yet (lib/user-store.ts);
  // they are stored the way the popup stores them, under the same lock.
  const userStore = createUserStore(items);
  onMessage('finishTicks', async ({ data, sender }) => {
    const { ticks } = validateMessage('finishTicks', data);
    if (!fromExtensionPage(sender)) throw new Error('finishTicks comes from the extension\'s own pages only');
    for (const { id, checked } of ticks) await userStore.setItemChecked(id, checked);
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== FRAME_PORT || !port.sender) return;
    let frame: { tabId: number; frameId: number };
    try {
      frame = contentFrame(port.sender, FRAME_PORT);
    } catch {
      port.disconnect();
      return;
    }
    port.onDisconnect.addListener(() => void service.reportBanners(frame.tabId, frame.frameId, []));
  });

  // A new document in the tab (navigation or reload, not an in-page navigation) starts with
  // nothing shown; its content script reports again if it finds a banner. Only `status` is
  // used: `changeInfo.url` needs the "tabs" permission, which we do not request.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void service.forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId));
});
