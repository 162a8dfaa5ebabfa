import { render } from 'preact';
import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import { Composer, COMPOSER_CSS } from '../../components/Composer';
import { JAPANESE_TEXT_CSS, PHRASE_CSS, themeCss } from '../../components/theme';
import { phrased } from '../../components/phrased';
import { composerTokenFrom, type ComposerSituation } from '../../lib/messaging/composer-frame';
import { sendMessage } from '../../lib/messaging/messages';
import { composerPageMessage } from '../../lib/explain/support-message';
import { t } from '../../lib/i18n/ui-strings';
import { parsePrefs, resolveLanguage } from '../../lib/storage/prefs';
import { PREFS_KEY } from '../../lib/storage/keys';

// The panel's composer (lib/messaging/composer-frame.ts). Its address carries a one-time token
// and nothing else it reads: what it is for comes from the background, once. It tells the
// page and the panel nothing (no message, no height).
const shared = document.createElement('style');
shared.textContent = `${themeCss(':root')}${COMPOSER_CSS}${PHRASE_CSS}\nbody { ${JAPANESE_TEXT_CSS} }`;
document.head.prepend(shared);
const app = document.getElementById('app')!;

async function situationFor(token: string | null): Promise<ComposerSituation | null> {
  if (token === null) return null;
  return sendMessage('takeComposer', { token }).catch(() => null);
}

function show(opened: ComposerSituation): void {
  const { lang, situation, quote } = opened;
  document.documentElement.lang = lang;
  document.title = t(lang, 'composerOpen');
  // The page's words stay its own: quoted as the page's in the message, and translated only
  // by our own table of known wordings.
  const { pageMessageTranslation } = composerPageMessage(quote);
  render(<Composer lang={lang} situation={situation} errorText={quote} errorTranslation={pageMessageTranslation} />, app);
}

/** Without a situation from the background, the composer says only that, in the user's language. */
async function showReopen(): Promise<void> {
  const prefs = parsePrefs(await storage.getItem(PREFS_KEY).catch(() => null));
  const lang = resolveLanguage(prefs.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  document.title = t(lang, 'composerOpen');
  render(
    <p class="reopen" data-composer-reopen role="status">
      {phrased(t(lang, 'composerReopen'))}
    </p>,
    app,
  );
}

void situationFor(composerTokenFrom(location.hash)).then((opened) => (opened ? show(opened) : showReopen()));
