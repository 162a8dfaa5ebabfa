import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { isKind } from '../../lib/detect/kinds';
import { sendMessage } from '../../lib/messaging';
import { parsePrefs, resolveLanguage } from '../../lib/prefs';
import { parseProgress } from '../../lib/progress';

/** The tab to describe: `?tab=<id>` when given (tests, a detached popup), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function start(): Promise<void> {
  const tabId = await targetTabId();
  // Answers are validated like stored values: a bad one falls back, never throws.
  const [prefs, progress, kinds] = await Promise.all([
    sendMessage('getPrefs').then(parsePrefs),
    sendMessage('getProgress').then(parseProgress),
    tabId == null ? [] : sendMessage('getTabKinds', { tabId }).then((k) => (Array.isArray(k) ? k.filter(isKind) : [])),
  ]);
  const app = document.getElementById('app')!;
  render(
    <Popup
      initialPrefs={prefs}
      initialProgress={progress}
      tabKinds={kinds}
      uiLanguage={browser.i18n.getUILanguage()}
      actions={{
        updatePrefs: (patch) => sendMessage('updatePrefs', patch).then(parsePrefs),
        setItemChecked: (id, checked) => sendMessage('setItemChecked', { id, checked }).then(parseProgress),
        resetProgress: () => sendMessage('resetProgress').then(parseProgress),
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
