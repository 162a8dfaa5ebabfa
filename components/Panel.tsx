import { useState } from 'preact/hooks';
import type { Kind } from '../lib/detect/kinds';
import { GUIDE_BY_KIND } from '../lib/knowledge/by-kind';
import { KNOWLEDGE, type KnowledgeId, type Lang } from '../lib/knowledge/entries';
import { t, type UiKey } from '../lib/i18n';
import { Composer, COMPOSER_CSS } from './Composer';
import type { SupportSituation } from '../lib/support-message';

export interface PanelProps {
  kind: Kind;
  lang: Lang;
  /** The banner's own words, shown as text (never as markup). Empty when it has none. */
  quote: string;
  onClose: () => void;
  /** Never show this kind's panel again (undone in the popup). */
  onDismissKind: () => void;
}

let nextId = 0;

function Section({ title, ids, lang, ordered }: { title: string; ids: KnowledgeId[]; lang: Lang; ordered?: boolean }) {
  if (ids.length === 0) return null;
  const items = ids.map((id) => {
    const entry = KNOWLEDGE[id][lang];
    return (
      <li key={id} data-id={id}>
        <strong>{entry.title}</strong>
        <p>{entry.body}</p>
      </li>
    );
  });
  return (
    <section>
      <h3>{title}</h3>
      {ordered ? <ol>{items}</ol> : <ul>{items}</ul>}
    </section>
  );
}

/** The support message that fits what the page shows. */
const SITUATION_BY_KIND: Record<Kind, SupportSituation> = {
  locked: 'locked',
  restricted: 'appeal',
  deleted: 'deleted-by-mistake',
  verification: 'no-phone-screen',
  'wrong-credentials': 'cannot-log-in',
  'too-many-attempts': 'cannot-log-in',
  'sms-code': 'no-phone-screen',
  'email-unverified': 'cannot-log-in',
  captcha: 'cannot-log-in',
  'browser-unsupported': 'cannot-log-in',
};

/** The explanation shown next to an AliExpress banner. */
export function Panel({ kind, lang, quote, onClose, onDismissKind }: PanelProps) {
  const [open, setOpen] = useState(true);
  const [composing, setComposing] = useState(false);
  const [bodyId] = useState(() => `alg-body-${++nextId}`);
  const guide = GUIDE_BY_KIND[kind];
  const s = (key: UiKey) => t(lang, key);
  return (
    <div class="panel" role="region" aria-label={s('panelLabel')} lang={lang}>
      <div class="head">
        <span class="badge" aria-hidden="true">
          ?
        </span>
        <div class="titles">
          <p class="intro">{s('panelIntro')}</p>
          <h2 class="headline">{guide.headline[lang]}</h2>
        </div>
        <button
          type="button"
          class="icon"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={open ? s('panelCollapse') : s('panelExpand')}
          title={open ? s('panelCollapse') : s('panelExpand')}
          onClick={() => setOpen(!open)}
        >
          {open ? '−' : '+'}
        </button>
        <button type="button" class="icon" aria-label={s('panelClose')} title={s('panelClose')} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="body" id={bodyId} hidden={!open}>
        {quote && (
          <figure class="quote">
            <figcaption>{s('panelQuote')}</figcaption>
            <blockquote lang="">{quote}</blockquote>
          </figure>
        )}
        <Section title={s('panelSteps')} ids={guide.steps} lang={lang} ordered />
        <Section title={s('panelCauses')} ids={guide.causes} lang={lang} />
        <Section title={s('panelSupport')} ids={guide.support} lang={lang} />
        <Section title={s('panelFaq')} ids={guide.faq} lang={lang} />
        <p>
          <button type="button" class="link" aria-expanded={composing} onClick={() => setComposing(!composing)}>
            {s('composerOpen')}
          </button>
        </p>
        {composing && <Composer lang={lang} initial={SITUATION_BY_KIND[kind]} />}
        <p class="foot">
          <button type="button" class="link" onClick={onDismissKind}>
            {s('panelDismissKind')}
          </button>
        </p>
      </div>
    </div>
  );
}

/** Styles of the panel, inlined into its shadow root so mounting waits for no file. */
export const PANEL_CSS = COMPOSER_CSS + `
/* !important: WXT's reset puts \`all: initial !important\` on the host. */
:host { display: block !important; margin: 8px 0 !important; max-width: 100% !important; }
:host([data-placement="fixed"]) {
  position: fixed !important; right: 12px !important; bottom: 12px !important; margin: 0 !important;
  z-index: 2147483647 !important; width: min(380px, calc(100vw - 24px)) !important;
}
.panel {
  box-sizing: border-box; width: 100%; max-height: min(70vh, 560px); overflow: auto;
  font: 13px/1.6 system-ui, -apple-system, "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, sans-serif;
  color: #1f2328; background: #fffdf7; border: 1px solid #e8a33d; border-left-width: 4px;
  border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.12); text-align: left;
}
.head { display: flex; align-items: flex-start; gap: 8px; padding: 10px 10px 8px 12px; }
.badge {
  flex: none; width: 22px; height: 22px; border-radius: 50%; background: #e8a33d; color: #fff;
  font-weight: 700; text-align: center; line-height: 22px;
}
.titles { flex: 1; min-width: 0; }
.intro { margin: 0; font-size: 11px; color: #6b5a3a; }
.headline { margin: 0; font-size: 14px; font-weight: 700; line-height: 1.45; overflow-wrap: anywhere; }
.icon {
  flex: none; width: 28px; height: 28px; border: 1px solid transparent; border-radius: 6px;
  background: transparent; color: inherit; font: 18px/1 system-ui, sans-serif; cursor: pointer;
}
.icon:hover { background: rgba(0,0,0,.06); }
.icon:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.body { padding: 0 12px 10px; }
.foot { margin: 10px 0 0; text-align: right; }
.link {
  border: 0; background: none; padding: 2px 0; color: #6b5a3a; font: inherit; font-size: 12px;
  text-decoration: underline; cursor: pointer;
}
.link:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.body[hidden] { display: none; }
.quote { margin: 0 0 8px; padding: 6px 8px; background: rgba(0,0,0,.04); border-radius: 6px; }
.quote figcaption { font-size: 11px; color: #6b5a3a; }
.quote blockquote { margin: 0; font-style: italic; overflow-wrap: anywhere; }
h3 { margin: 10px 0 4px; font-size: 13px; }
ul, ol { margin: 0; padding-left: 20px; }
li { margin: 0 0 6px; }
li p { margin: 2px 0 0; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) {
  .panel { color: #e6e6e6; background: #26221b; border-color: #c98a2c; }
  .intro, .quote figcaption, .link { color: #c9b48f; }
  .quote { background: rgba(255,255,255,.06); }
  .icon:hover { background: rgba(255,255,255,.1); }
}
`;
