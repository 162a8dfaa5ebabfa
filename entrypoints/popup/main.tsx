import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { JAPANESE_TEXT_CSS, PHRASE_CSS, themeCss } from '../../components/theme';
import { COMPOSER_CSS } from '../../components/Composer';
import { SOURCE_MARK_CSS } from '../../components/SourceMark';
import { storage } from '@wxt-dev/storage';
import { parsePrefs, resolveLanguage } from '../../lib/storage/prefs';
import { parseProgress } from '../../lib/storage/progress';
import { defineStorageItems } from '../../lib/storage/items';
import { parseTabStates, tabSituations } from '../../lib/storage/tab-state';
import { sendMessage } from '../../lib/messaging/messages';
import { createTickView, createUserStore } from '../../lib/storage/user-store';
import { PREFS_KEY, PROGRESS_KEY, TAB_STATES_KEY } from '../../lib/storage/keys';

/** The tab to describe: `?tab=<id>` when given (tests, a detached popup), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

// The shared theme tokens and the composer's styles, the same as in the page's panel.
const shared = document.createElement('style');
shared.textContent = `${themeCss(':root')}${COMPOSER_CSS}${SOURCE_MARK_CSS}${PHRASE_CSS}\nbody { ${JAPANESE_TEXT_CSS} }`;
document.head.prepend(shared);

async function start(): Promise<void> {
  // The popup reads and writes the user's ticks and settings itself, through the same
  // validated storage items as the worker, which the browser may have stopped (or left
  // hung): opening stays fast, and no tick waits for the worker.
  // The first view is drawn from plain reads, parsed as the items parse them. Defining the
  // items repairs version keys and runs migrations under a lock (a few more storage round
  // trips): that starts once the reads are in, and only the first write waits for it.
  const [tabId, prefs, progress, tabStates] = await Promise.all([
    targetTabId(),
    storage.getItem(PREFS_KEY).then(parsePrefs),
    storage.getItem(PROGRESS_KEY).then(parseProgress),
    storage.getItem(TAB_STATES_KEY).then(parseTabStates),
  ]);
  const items = defineStorageItems();
  const situations = tabId == null ? [] : tabSituations(tabStates, tabId);
  const store = createUserStore(items);
  const ticks = createTickView(store.setItemChecked);
  // A tick still on its way when the popup closes (its write waits for the storage lock)
  // would be lost with the page: the background stores it instead.
  window.addEventListener('pagehide', () => {
    const left = ticks.unsettled();
    if (left.length > 0) void sendMessage('finishTicks', { ticks: left }).catch(() => undefined);
  });
  const app = document.getElementById('app')!;
  render(
    <Popup
      initialPrefs={prefs}
      initialProgress={ticks.shown(progress)}
      situations={situations}
      uiLanguage={browser.i18n.getUILanguage()}
      actions={{
        updatePrefs: store.updatePrefs,
        setItemChecked: ticks.tick,
        resetProgress: () => store.resetProgress().then(ticks.shown),
        // Changes made elsewhere (another popup, a panel's "don't show again") show here too.
        watch: (onProgress, onPrefs) => {
          const stops = [items.watchProgress((stored) => onProgress(ticks.shown(stored))), items.watchPrefs(onPrefs)];
          return () => stops.forEach((stop) => stop());
        },
      }}
    />,
    app,
  );
  document.documentElement.lang = resolveLanguage(prefs.language, browser.i18n.getUILanguage());
  // Open to interactive: data in, first render done, controls live.
  document.documentElement.dataset.readyAt = String(performance.now());
  document.documentElement.dataset.ready = 'true';
}

void start();
