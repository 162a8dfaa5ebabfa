/**
 * Who may send the background what. Content scripts run inside pages we do not trust: they
 * may report what their frame shows and dismiss what it shows, nothing else. The extension's
 * own pages (the popup) write ticks and settings to storage themselves.
 */

/** What the browser says about a message's or a port's sender (the fields we read). */
export interface Sender {
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** The popup or another page of ours: its address is under the extension's root (`runtime.getURL('/')`). */
export function isExtensionPage(sender: Sender, extensionRoot: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionRoot);
}

/** A content script: its tab and frame, or an error that rejects the sender's promise. */
export function contentFrame(sender: Sender, type: string, extensionRoot: string): { tabId: number; frameId: number } {
  if (sender.tab?.id == null || isExtensionPage(sender, extensionRoot)) throw new Error(`${type} comes from a page's content script`);
  return { tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
}

/**
 * Our composer page in a tab's frame (lib/messaging/composer-frame.ts): its tab, or an error.
 * Chrome names the page by the per-session address it was loaded from (`use_dynamic_url`),
 * not by the extension's root; only our own pages run at the extension's scheme and reach
 * our `runtime.onMessage` (other extensions' messages arrive elsewhere).
 */
export function composerFrame(sender: Sender, type: string, extensionRoot: string, page: string): { tabId: number } {
  let url: URL | null = null;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    url = null;
  }
  const ours = url !== null && url.protocol === new URL(extensionRoot).protocol && url.pathname === page;
  if (!ours || sender.tab?.id == null) throw new Error(`${type} comes from the composer page in a tab`);
  return { tabId: sender.tab.id };
}
