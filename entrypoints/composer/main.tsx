import { render } from 'preact';
import { Composer, COMPOSER_CSS } from '../../components/Composer';
import { JAPANESE_TEXT_CSS, PHRASE_CSS, themeCss } from '../../components/theme';
import { composerHeightMessage, composerPortFrom, parseComposerFrameParams } from '../../lib/messaging/composer-frame';
import { t } from '../../lib/i18n/ui-strings';

// The panel's composer (lib/messaging/composer-frame.ts). It reads only its address's fragment, once
// (the panel never changes it: a new address would reload the frame), and tells the panel
// only its height.
const shared = document.createElement('style');
shared.textContent = `${themeCss(':root')}${COMPOSER_CSS}${PHRASE_CSS}\nbody { ${JAPANESE_TEXT_CSS} }`;
document.head.prepend(shared);

const params = parseComposerFrameParams(location.hash);
document.documentElement.lang = params.lang;
document.title = t(params.lang, 'composerOpen');
render(
  <Composer lang={params.lang} situation={params.situation} errorText={params.quote} errorTranslation={params.meaning} />,
  document.getElementById('app')!,
);

// The height goes to the panel on the channel it hands over (lib/messaging/composer-frame.ts), never
// to the page. The first channel is the one: the page shares the panel's window and could
// send one too, but it cannot take ours away.
let port: MessagePort | null = null;
let height = 0;
window.addEventListener('message', (event) => {
  if (port) return;
  port = composerPortFrom(event, parent);
  if (height > 0) port?.postMessage(composerHeightMessage(height));
});
new ResizeObserver((entries) => {
  const size = entries[0]?.borderBoxSize[0];
  if (!size) return;
  height = Math.ceil(size.blockSize);
  port?.postMessage(composerHeightMessage(height));
}).observe(document.documentElement);
