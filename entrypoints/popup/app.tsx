import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupActions } from '../../components/Popup';
import { afterNextPaint } from '../../components/after-paint';
import { JAPANESE_TEXT_CSS, PHRASE_CSS, themeCss } from '../../components/theme';
import { COMPOSER_CSS } from '../../components/Composer';
import { SOURCE_MARK_CSS } from '../../components/SourceMark';
import { parsePrefs, resolveLanguage } from '../../lib/storage/prefs';
import { parseProgress } from '../../lib/storage/progress';
import { defineStorageItems } from '../../lib/storage/items';
import { parseTabStates, tabSituations } from '../../lib/storage/tab-state';
import { PREFS_KEY, PROGRESS_KEY, TAB_STATES_KEY } from '../../lib/storage/keys';
import { sendMessage } from '../../lib/messaging/messages';
import type { FirstViewReads } from '../../lib/storage/first-view-reads';
import { createTickView, createUserStore } from '../../lib/storage/user-store';
import { ALIEXPRESS_MATCHES } from '../../lib/manifest-constants';
import POPUP_CSS from './style.css?inline';


/** The value stored under a WXT key (`local:prefs`) in what one area's whole read returned. */
const storedIn = (area: Record<string, unknown>, key: string): unknown => area[key.slice(key.indexOf(':') + 1)];

// The shared theme tokens and the composer's styles, the same as in the page's panel, then the
// popup's own: in the script, not a stylesheet of the page, which the script would wait for.
const styles = document.createElement('style');
styles.textContent = `${themeCss(':root')}${COMPOSER_CSS}${SOURCE_MARK_CSS}${PHRASE_CSS}\nbody { ${JAPANESE_TEXT_CSS} }\n${POPUP_CSS}`;
document.head.append(styles);

export async function start(reads: FirstViewReads): Promise<void> {
  // The popup reads and writes the user's ticks and settings itself, through the same
  // validated storage items as the worker, which the browser may have stopped (or left
  // hung): opening stays fast, and no tick waits for the worker.
  // The first view is drawn from plain reads, parsed as the items parse them. Defining the
  // items repairs version keys and runs migrations under a lock (a few more storage round
  // trips, a lock request): that starts once the first view is painted, or at the first use
  // if that comes sooner, and only the first write waits for it.
  const [tabId, local, session] = await reads;
  const prefs = parsePrefs(storedIn(local, PREFS_KEY));
  const progress = parseProgress(storedIn(local, PROGRESS_KEY));
  const tabStates = parseTabStates(storedIn(session, TAB_STATES_KEY));
  const situations = tabId == null ? [] : tabSituations(tabStates, tabId);
  let defined: { items: ReturnType<typeof defineStorageItems>; store: ReturnType<typeof createUserStore> } | undefined;
  const userStorage = () => {
    if (!defined) {
      const items = defineStorageItems();
      defined = { items, store: createUserStore(items) };
    }
    return defined;
  };
  const ticks = createTickView((id, checked) => userStorage().store.setItemChecked(id, checked));
  // A tick still on its way when the popup closes (its write waits for the storage lock)
  // would be lost with the page: the background stores it instead.
  window.addEventListener('pagehide', () => {
    const left = ticks.unsettled();
    if (left.length > 0) void sendMessage('finishTicks', { ticks: left }).catch(() => undefined);
  });
  // One actions object for both drawings: the popup watches storage once.
  const actions: PopupActions = {
    updatePrefs: (patch) => userStorage().store.updatePrefs(patch),
    setItemChecked: ticks.tick,
    resetProgress: () => userStorage().store.resetProgress().then(ticks.shown),
    siteAccess: () => browser.permissions.contains({ origins: ALIEXPRESS_MATCHES }),
    requestSiteAccess: () => browser.permissions.request({ origins: ALIEXPRESS_MATCHES }),
    // Changes made elsewhere (another popup, a panel's "don't show again") show here too.
    watch: (onProgress, onPrefs) => {
      const { items } = userStorage();
      const stops = [items.watchProgress((stored) => onProgress(ticks.shown(stored))), items.watchPrefs(onPrefs)];
      return () => stops.forEach((stop) => stop());
    },
  };
  const app = document.getElementById('app')!;
  const initialProgress = ticks.shown(progress);
  const uiLanguage = browser.i18n.getUILanguage();
  const draw = (firstView: boolean) =>
    render(
      <Popup
        initialPrefs={prefs}
        initialProgress={initialProgress}
        situations={situations}
        uiLanguage={uiLanguage}
        actions={actions}
        firstView={firstView}
      />,
      app,
    );
  // What is in sight first (about a tenth of the elements), then the rest after that has
  // been painted (components/Popup.tsx, firstView).
  draw(true);
  document.documentElement.lang = resolveLanguage(prefs.language, uiLanguage);
  // Open to interactive: data in, what is in sight drawn, its controls live.
  document.documentElement.dataset.readyAt = String(performance.now());
  afterNextPaint(() => {
    userStorage();
    draw(false);
    // Everything drawn, closed sections included: what the tests wait for.
    document.documentElement.dataset.allDrawnAt = String(performance.now());
    document.documentElement.dataset.ready = 'true';
  });
}

