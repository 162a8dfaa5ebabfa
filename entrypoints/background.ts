import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundService } from '../lib/background-service';
import type { Kind } from '../lib/detect/kinds';
import { onMessage, validateMessage } from '../lib/messaging';
import { defineStorageItems } from '../lib/storage-items';

/** The toolbar badge marks a tab that shows a banner. MV2 Firefox calls it browserAction. */
async function setBadge(tabId: number, kinds: Kind[]): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: kinds.length > 0 ? '!' : '' });
  if (kinds.length > 0) await action.setBadgeBackgroundColor({ tabId, color: '#E8A33D' });
}

export default defineBackground(() => {
  const service = createBackgroundService(defineStorageItems(), setBadge);

  onMessage('reportBanners', ({ data, sender }) => {
    const { kinds } = validateMessage('reportBanners', data);
    // Only content scripts in tabs report; the frame id keeps iframes apart.
    if (sender.tab?.id == null) throw new Error('reportBanners comes from a tab');
    return service.reportBanners(sender.tab.id, sender.frameId ?? 0, kinds);
  });
  onMessage('updatePrefs', ({ data }) => service.updatePrefs(validateMessage('updatePrefs', data)));
  onMessage('dismissKind', ({ data }) => service.dismissKind(validateMessage('dismissKind', data).kind));
  onMessage('setItemChecked', ({ data }) => {
    const { id, checked } = validateMessage('setItemChecked', data);
    return service.setItemChecked(id, checked);
  });
  onMessage('resetProgress', ({ data }) => (validateMessage('resetProgress', data), service.resetProgress()));

  // A new document in the tab (navigation or reload, not an in-page navigation) starts with
  // nothing shown; its content script reports again if it finds a banner. Only `status` is
  // used: `changeInfo.url` needs the "tabs" permission, which we do not request.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void service.forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId));
});
