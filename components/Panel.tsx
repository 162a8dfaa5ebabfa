import { h, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Kind } from '../lib/detect/kinds';
import { t, type UiKey } from '../lib/i18n/ui-strings';
import { ACTIONS, actionText, type Action, type ActionId } from '../lib/explain/actions';
import { KNOWLEDGE, type KnowledgeEntry, type KnowledgeId } from '../lib/explain/entries';
import type { Wait } from '../lib/explain/figures';
import type { Lang } from '../lib/i18n/language';
import { glossFor } from '../lib/explain/gloss';
import { guideFor, type PageFacts, type PanelGuide } from '../lib/explain/guide';
import { situationForKinds } from '../lib/explain/support-message';
import { COMPOSER_QUOTE_LIMIT, type ComposerSituation } from '../lib/messaging/composer-frame';
import { ComposerFrame, COMPOSER_FRAME_CSS } from './ComposerFrame';
import { SourceMark, SOURCE_MARK_CSS } from './SourceMark';
import { PANEL_HEAD_CSS } from './panel-head';
import { headMarkup } from '../lib/content/early-head';
import { phrased } from './phrased';

export interface PanelProps {
  kind: Kind;
  lang: Lang;
  /** The banner's own words, shown as text (never as markup). Empty when it has none. */
  quote: string;
  /** What the page offers (fields, buttons, which interception): decides what comes first. */
  page: PageFacts;
  /** Inline panels sit right under the banner, so its own words need not be repeated there. */
  placement: 'inline' | 'fixed';
  /** The composer page, and how a composer is opened in it, out of the page's reach (ComposerFrame.tsx). */
  composer: { page: string; open(situation: ComposerSituation): Promise<string> };
  onClose: () => void;
}

type Disclosure = 'causes' | 'support' | 'faq' | 'compose';

type PanelGuideSteps = PanelGuide['stepsAre'];

/** The heading of a guide's numbered steps (the popup's too). */
export const STEPS_LABEL: Record<PanelGuideSteps, UiKey> = { next: 'panelStepsNext', 'other-route': 'panelStepsOther', checks: 'panelStepsChecks' };

let nextId = 0;

function Entries({ ids, lang }: { ids: KnowledgeId[]; lang: Lang }) {
  return (
    <ul class="entries">
      {ids.map((id) => (
        <li key={id} data-id={id}>
          <strong>{phrased(KNOWLEDGE[id][lang].title)}</strong>
          <SourceMark source={(KNOWLEDGE[id] as KnowledgeEntry).source} lang={lang} />
          <p>{phrased(KNOWLEDGE[id][lang].body)}</p>
        </li>
      ))}
    </ul>
  );
}

function ActionLine({ id, lang, wait }: { id: ActionId; lang: Lang; wait?: Wait }) {
  return (
    <>
      <span data-action={id}>{phrased(actionText(id, lang, wait).title)}</span>
      <SourceMark source={(ACTIONS[id] as Action).source} lang={lang} />
    </>
  );
}

/** A quote longer than this may be cut to a few lines; anything shorter is shown whole. */
const SHORT_QUOTE = 100;

/**
 * Where "never show this kind again" is: in the toolbar popup, never on the page. A page can
 * steer the user's input onto a control of ours (focus on Enter, a see-through layer, our
 * button moved into its form), so no control here makes a lasting choice; × closes the panel
 * on this page only. Rarely wanted in the first moment, the pointer waits at the end of
 * whatever the reader opened, instead of taking a line of the first state.
 */
function DismissWhere({ lang }: { lang: Lang }) {
  return <p class="foot">{phrased(t(lang, 'panelDismissWhere'))}</p>;
}

/** The explanation shown next to an AliExpress banner: the answer first, the rest on demand. */
export function Panel({ kind, lang, quote, page, placement, composer, onClose }: PanelProps) {
  const [open, setOpen] = useState(true);
  const [shown, setShown] = useState<Disclosure | null>(null);
  const [uid] = useState(() => `alg-${++nextId}`);
  const guide = guideFor(kind, page);
  const gloss = glossFor(quote, lang);
  const s = (key: UiKey) => t(lang, key);
  const p = (key: UiKey) => phrased(t(lang, key));
  const nowDetail = actionText(guide.now, lang, guide.wait).detail;
  const nowWith = guide.nowWith && actionText(guide.nowWith, lang);
  // The banner's words: always when the banner may vanish (toasts, overlays), and next to
  // their translation when they are in another language.
  const showQuote = quote !== '' && (placement === 'fixed' || gloss !== null);
  // Inline, the original stands right above the panel: its translation is enough.
  const showOriginal = placement === 'fixed';

  const disclosures: { id: Disclosure; label: string }[] = [
    ...(guide.causes.length > 0 ? [{ id: 'causes' as const, label: s('panelCauses') }] : []),
    ...(guide.support.length > 0 ? [{ id: 'support' as const, label: s('panelSupport') }] : []),
    ...(guide.faq.length > 0 ? [{ id: 'faq' as const, label: s('panelFaq') }] : []),
    { id: 'compose', label: s('panelCompose') },
  ];

  return (
    <div class="panel" role="region" aria-label={s('panelLabel')} lang={lang} data-now={guide.now}>
      {headMarkup(
        (tag, className, children: ComponentChildren[]) => h(tag, { class: className }, ...children),
        [guide.meaning, ...(guide.note ? [guide.note] : [])].map((line) => phrased(line[lang])),
        <button
          type="button"
          class="icon"
          aria-expanded={open}
          aria-controls={`${uid}-body`}
          aria-label={open ? s('panelCollapse') : s('panelExpand')}
          title={open ? s('panelCollapse') : s('panelExpand')}
          onClick={() => setOpen(!open)}
        >
          {open ? '−' : '+'}
        </button>,
        <button type="button" class="icon" aria-label={s('panelClose')} title={s('panelClose')} onClick={onClose}>
          ×
        </button>,
      )}
      <div class="body" id={`${uid}-body`} hidden={!open}>
        {showQuote && (
          <div class="quote" data-placement={placement}>
            {showOriginal && (
              <p class={quote.length > SHORT_QUOTE ? 'original long' : 'original'}>
                <span class="label">{p('panelQuote')}</span> <q lang="" data-page-text>{quote}</q>
              </p>
            )}
            {gloss && (
              <p class="gloss">
                <span class="label">{p('panelGloss')}</span> {phrased(gloss)}
              </p>
            )}
          </div>
        )}
        <div class="now" data-section="now">
          <p class="now-title">
            <span class="now-label">{p('panelNow')}</span> <ActionLine id={guide.now} lang={lang} wait={guide.wait} />
          </p>
          {nowDetail && <p class="now-detail">{phrased(nowDetail)}</p>}
          {guide.nowWith && nowWith && (
            // The title is a step without a full stop, its detail a sentence: on one line they
            // read as one (「…を手元に用意する 本人だと…」), so the detail starts its own line.
            <div class="now-with" data-action={guide.nowWith}>
              <p>
                <span class="label">{p('panelNowWith')}</span>
                {phrased(nowWith.title)}
              </p>
              {nowWith.detail && <p class="now-detail">{phrased(nowWith.detail)}</p>}
            </div>
          )}
        </div>
        {guide.steps.length > 0 && (
          <div class="steps" data-section="steps">
            <p class="steps-label">{p(STEPS_LABEL[guide.stepsAre])}</p>
            <ol>
              {guide.steps.map((id) => (
                <li key={id}>
                  <ActionLine id={id} lang={lang} wait={guide.wait} />
                </li>
              ))}
            </ol>
          </div>
        )}
        {guide.caution && (
          <p class="caution" data-id={guide.caution.id}>
            {phrased(guide.caution.line[lang])}
          </p>
        )}
        <div class="more" role="group">
          {disclosures.map((d) => (
            <button
              key={d.id}
              type="button"
              class="toggle"
              data-disclosure={d.id}
              aria-expanded={shown === d.id}
              aria-controls={`${uid}-${d.id}`}
              onClick={() => setShown(shown === d.id ? null : d.id)}
            >
              {phrased(d.label)}
            </button>
          ))}
        </div>
        {/* Opened sections scroll in their own box: the head and 今すること above stay in view. */}
        <div class="sections" hidden={shown === null}>
        {shown === 'causes' && (
          <section id={`${uid}-causes`} data-section="causes">
            <p class="intro">{p('panelCausesIntro')}</p>
            <Entries ids={guide.causes} lang={lang} />
          </section>
        )}
        {shown === 'support' && (
          <section id={`${uid}-support`} data-section="support">
            <Entries ids={guide.support} lang={lang} />
          </section>
        )}
        {shown === 'faq' && (
          <section id={`${uid}-faq`} data-section="faq">
            <Entries ids={guide.faq} lang={lang} />
          </section>
        )}
        {shown === 'compose' && (
          <section id={`${uid}-compose`} data-section="compose">
            <ComposerFrame
              page={composer.page}
              open={composer.open}
              title={s('composerOpen')}
              situation={{ lang, situation: situationForKinds([kind], page.variant), quote: quote.slice(0, COMPOSER_QUOTE_LIMIT) }}
            />
          </section>
        )}
        {shown !== null && <DismissWhere lang={lang} />}
        </div>
      </div>
    </div>
  );
}

/** Styles of the panel, inlined into its shadow root so mounting waits for no file. */
export const PANEL_CSS =
  PANEL_HEAD_CSS +
  COMPOSER_FRAME_CSS +
  SOURCE_MARK_CSS +
  `
.panel { display: flex; flex-direction: column; }
.head { flex: none; }
.body { display: flex; flex-direction: column; min-height: 0; }
.body > * { flex: none; }
.body > .sections { flex: 0 1 auto; min-height: 120px; overflow: auto; overscroll-behavior: contain; }
/* The composer's frame fills what the panel leaves it and scrolls inside (ComposerFrame.tsx). */
.sections:has(> [data-section="compose"]) { display: flex; flex-direction: column; }
.sections > [data-section="compose"] { flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column; }
.sections[hidden] { display: none; }
.icon {
  flex: none; width: 26px; height: 26px; border: 1px solid transparent; border-radius: 6px;
  background: transparent; color: var(--alg-fg); font: 18px/1 var(--alg-font); cursor: pointer;
}
.icon:hover { background: var(--alg-surface); }
.body { padding: 0 12px 6px; }
.body[hidden] { display: none; }
.label { font-size: 11px; color: var(--alg-muted); margin-right: 4px; }
.quote { margin: 0 0 5px; padding: 3px 8px; background: var(--alg-surface); border-radius: 6px; }
.quote p { margin: 2px 0; }
.quote q { quotes: "“" "”"; font-style: normal; }
.original.long { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.now { margin: 0 0 4px; padding: 4px 8px; background: var(--alg-now); border-radius: 6px; }
.now p { margin: 0; }
.now-label { display: inline-block; margin-right: 4px; padding: 0 6px; border-radius: 4px; font-size: 11px;
  background: var(--alg-strong); color: var(--alg-on-strong); vertical-align: 1px; }
.steps-label { font-size: 11px; font-weight: 700; color: var(--alg-muted); }
.now-title { font-weight: 700; }
.now-detail { font-size: 12px; color: var(--alg-muted); line-height: 1.45; }
.now-with { font-size: 12px; margin-top: 2px; }
.caution { margin: 0 0 4px; padding: 3px 8px; border-left: 3px solid var(--alg-edge); font-size: 12px; }
.steps { margin: 0 0 4px; }
.steps p { margin: 0; }
.steps ol { margin: 2px 0 0; padding-left: 22px; }
.steps li { margin: 1px 0; }
.more { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; margin: 4px 0 0; }
.foot { margin: 6px 0 0; font-size: 11px; color: var(--alg-muted); }
.toggle {
  border: 1px solid var(--alg-line); background: var(--alg-bg); color: var(--alg-accent); border-radius: 999px;
  padding: 1px 6px; font: inherit; font-size: 12px; line-height: 1.5; cursor: pointer;
}
.toggle[aria-expanded="true"] { background: var(--alg-surface); border-color: var(--alg-accent); font-weight: 700; }
section { margin-top: 6px; border-top: 1px solid var(--alg-line); padding-top: 6px; }
.intro { margin: 0 0 4px; font-size: 12px; color: var(--alg-muted); }
.entries { margin: 0; padding-left: 18px; }
.entries li { margin: 0 0 6px; }
.entries p { margin: 1px 0 0; }
button:focus-visible { outline: 2px solid var(--alg-focus); outline-offset: 1px; }
`;
