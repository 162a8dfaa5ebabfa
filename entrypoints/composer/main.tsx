import { render } from 'preact';
import { Composer, COMPOSER_CSS } from '../../components/Composer';
import { JAPANESE_TEXT_CSS, themeCss } from '../../components/theme';
import { composerHeightMessage, parseComposerFrameParams } from '../../lib/composer-frame';
import { t } from '../../lib/i18n';

// The panel's composer (lib/composer-frame.ts). It reads only its address's fragment and
// tells the panel only its height.
const shared = document.createElement('style');
shared.textContent = `${themeCss(':root')}${COMPOSER_CSS}\nbody { ${JAPANESE_TEXT_CSS} }`;
document.head.prepend(shared);

const app = document.getElementById('app')!;

function draw(): void {
  const params = parseComposerFrameParams(location.hash);
  document.documentElement.lang = params.lang;
  document.title = t(params.lang, 'composerOpen');
  render(<Composer lang={params.lang} situation={params.situation} errorText={params.quote} errorMeaning={params.meaning} />, app);
}

draw();
// The panel changes the fragment when what it shows changes (a re-rendered banner); what
// the user typed stays.
window.addEventListener('hashchange', draw);

// The height is no secret (the page sees the frame's size), so any parent may receive it;
// the panel checks where it came from.
new ResizeObserver((entries) => {
  const size = entries[0]?.borderBoxSize[0];
  if (size) parent.postMessage(composerHeightMessage(Math.ceil(size.blockSize)), '*');
}).observe(document.documentElement);
