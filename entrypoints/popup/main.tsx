import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { themeCss } from '../../components/theme';
import { COMPOSER_CSS } from '../../components/Composer';
import { storage } from '@wxt-dev/storage';
import { sendMessage } from '../../lib/messaging';
import { parsePrefs, PREFS_KEY, resolveLanguage } from '../../lib/prefs';
import { parseProgress, PROGRESS_KEY } from '../../lib/progress';
import { parseTabStates, TAB_STATES_KEY, tabKinds } from '../../lib/tab-state';
import { createReliableSender, createTickWriter } from '../../lib/reliable-send';
import type { ChecklistItemId } from '../../lib/checklist';

/** The tab to describe: `?tab=<id>` when given (tests, a detached popup), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

// The shared theme tokens and the composer's styles, the same as in the page's panel.
const shared = document.createElement('style');
shared.textContent = themeCss(':root') + COMPOSER_CSS;
document.head.prepend(shared);

async function start(): Promise<void> {
  // The popup reads the stored values itself (validated, never throwing) instead of waking
  // the background worker, which may have been stopped: opening stays fast. Every change
  // still goes through the background, the only writer.
  const [tabId, prefs, progress, tabStates] = await Promise.all([
    targetTabId(),
    storage.getItem(PREFS_KEY).then(parsePrefs),
    storage.getItem(PROGRESS_KEY).then(parseProgress),
    storage.getItem(TAB_STATES_KEY).then(parseTabStates),
  ]);
  const kinds = tabId == null ? [] : tabKinds(tabStates, tabId);
  // Writes are retried until the background (which may be stopped) confirms them.
  const send = createReliableSender();
  const setItemChecked = createTickWriter(send, (id: ChecklistItemId, checked: boolean) => sendMessage('setItemChecked', { id, checked }).then(parseProgress));
  const app = document.getElementById('app')!;
  render(
    <Popup
      initialPrefs={prefs}
      initialProgress={progress}
      tabKinds={kinds}
      uiLanguage={browser.i18n.getUILanguage()}
      actions={{
        updatePrefs: (patch) => send(() => sendMessage('updatePrefs', patch)).then(parsePrefs),
        setItemChecked,
        resetProgress: () => send(() => sendMessage('resetProgress')).then(parseProgress),
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
