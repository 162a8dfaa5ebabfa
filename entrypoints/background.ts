import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeSetter } from '../lib/background/badge';
import { composerFrame, contentFrame, isExtensionPage } from '../lib/background/senders';
import { createBackgroundService } from '../lib/background/service';
import { FRAME_PORT, onMessage, validateMessage } from '../lib/messaging/messages';
import { COMPOSER_PAGE, createComposerTokens } from '../lib/messaging/composer-frame';
import { defineStorageItems, storeEarlyHeadKit } from '../lib/storage/items';
import { createUserStore } from '../lib/storage/user-store';
import { earlyHeadKit } from '../components/panel-head';

export default defineBackground(() => {
  const items = defineStorageItems();
  const service = createBackgroundService(items, badgeSetter(browser.action));
  const extensionRoot = browser.runtime.getURL('/');
  // What content scripts show while the panel UI loads: this build's version of it.
  void storeEarlyHeadKit(earlyHeadKit()).catch(() => undefined);

  // Content scripts run inside pages we do not trust: they may report what they show,
  // nothing else (no setting: lasting choices are made in the popup only). The frame id keeps iframes apart. Ticks and
  // settings are no message: the popup writes them itself (lib/storage/user-store.ts), but for the
  // ones it hands on as it closes.
  onMessage('reportBanners', ({ data, sender }) => {
    const { kinds, pages } = validateMessage('reportBanners', data);
    const { tabId, frameId } = contentFrame(sender, 'reportBanners', extensionRoot);
    return service.reportBanners(tabId, frameId, kinds, pages);
  });
  // The popup, as it closes, hands on the ticks it had not stored yet (lib/storage/user-store.ts);
  // they are stored the way the popup stores them, under the same lock.
  const userStore = createUserStore(items);
  onMessage('finishTicks', async ({ data, sender }) => {
    const { ticks } = validateMessage('finishTicks', data);
    if (!isExtensionPage(sender, extensionRoot)) throw new Error('finishTicks comes from the extension\'s own pages only');
    for (const { id, checked } of ticks) await userStore.setItemChecked(id, checked);
  });

  // The composer opened from a panel learns what it is for from here, never from its address
  // (lib/messaging/composer-frame.ts): the panel registers it, the composer in the same tab takes it once.
  const composerTokens = createComposerTokens();
  onMessage('openComposer', ({ data, sender }) => {
    const situation = validateMessage('openComposer', data);
    const { tabId } = contentFrame(sender, 'openComposer', extensionRoot);
    return composerTokens.register(tabId, situation);
  });
  onMessage('takeComposer', ({ data, sender }) => {
    const { token } = validateMessage('takeComposer', data);
    const { tabId } = composerFrame(sender, 'takeComposer', extensionRoot, COMPOSER_PAGE);
    return composerTokens.take(tabId, token);
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== FRAME_PORT || !port.sender) return;
    let frame: { tabId: number; frameId: number };
    try {
      frame = contentFrame(port.sender, FRAME_PORT, extensionRoot);
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
