import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { buildChecklist, COUNTED_ITEMS, FAQ_IDS, type ChecklistItemId, type TabStory } from '../lib/explain/checklist';
import { t, type UiKey } from '../lib/i18n/ui-strings';
import { ACTIONS, actionText, type Action, type ActionId } from '../lib/explain/actions';
import { KNOWLEDGE, type KnowledgeEntry, type KnowledgeId, type KnowledgeSource } from '../lib/explain/entries';
import type { Lang } from '../lib/i18n/language';
import { KIND_MEANING } from '../lib/explain/heads';
import { situationForKinds } from '../lib/explain/support-message';
import { Composer } from './Composer';
import { phrased } from './phrased';
import { SourceMark } from './SourceMark';
import { STEPS_LABEL } from './Panel';
import type { Wait } from '../lib/explain/figures';
import { resolveLanguage, type LanguageChoice, type Prefs, type PrefsPatch } from '../lib/storage/prefs';
import type { Progress } from '../lib/storage/progress';
import type { Situation } from '../lib/explain/situation';

export interface PopupActions {
  /** Each resolves to what storage holds after the change (ticks still on their way laid over). */
  updatePrefs(patch: PrefsPatch): Promise<Prefs>;
  setItemChecked(id: ChecklistItemId, checked: boolean): Promise<Progress>;
  resetProgress(): Promise<Progress>;
  /**
   * Whether the browser lets the content script run on every AliExpress site. Firefox's
   * Manifest V3 grants them at install but lets the user withdraw them; the guide then does
   * nothing there, which the popup says instead of staying silent.
   */
  siteAccess(): Promise<boolean>;
  /** Asks the browser for them again (from the user's click); resolves to whether it has them now. */
  requestSiteAccess(): Promise<boolean>;
  /** Calls back with what storage holds whenever it changes; returns the unwatch function. */
  watch(onProgress: (progress: Progress) => void, onPrefs: (prefs: Prefs) => void): () => void;
}

export interface PopupProps {
  initialPrefs: Prefs;
  initialProgress: Progress;
  /** What the tab shows, as its panels decided it (lib/explain/situation.ts); empty when nothing. */
  situations: Situation[];
  uiLanguage: string;
  actions: PopupActions;
  /**
   * Draw only what is in sight: closed sections keep their summary, and the items'
   * explanations are left out. Nine in ten of the popup's elements are out of sight, and
   * drawing them (with their phrases) was most of its script time before it could be used;
   * the caller draws the rest right after, with this false, and then the popup is as if
   * drawn at once.
   */
  firstView?: boolean;
}

function itemText(id: ChecklistItemId, lang: Lang): { title: string; body?: string; source?: KnowledgeSource } {
  if (Object.hasOwn(ACTIONS, id)) {
    const action = ACTIONS[id as ActionId] as Action;
    return { title: action[lang].title, body: action[lang].detail, source: action.source };
  }
  const entry = KNOWLEDGE[id as KnowledgeId] as KnowledgeEntry;
  return { ...entry[lang], source: entry.source };
}

function ChecklistItem({ id, lang, checked, onToggle, firstView }: { id: ChecklistItemId; lang: Lang; checked: boolean; onToggle: (v: boolean) => void; firstView: boolean }) {
  const [open, setOpen] = useState(false);
  const { title, body, source } = itemText(id, lang);
  const bodyId = `body-${id.replace('.', '-')}`;
  return (
    <li class={checked ? 'item done' : 'item'} data-id={id}>
      <div class="row">
        <label>
          <input type="checkbox" checked={checked} onChange={(e) => onToggle(e.currentTarget.checked)} />
          <span class="title">
            {phrased(title)}
            <SourceMark source={source} lang={lang} />
          </span>
        </label>
        {body && (
          <button type="button" class="more" aria-expanded={open} aria-controls={firstView ? undefined : bodyId} onClick={() => setOpen(!open)}>
            {phrased(t(lang, open ? 'popupCollapse' : 'popupExpand'))}
          </button>
        )}
      </div>
      {body && !firstView && (
        <p class="body" id={bodyId} hidden={!open}>
          {phrased(body)}
        </p>
      )}
    </li>
  );
}

function Settings({ prefs, lang, onChange, firstView }: { prefs: Prefs; lang: Lang; onChange: (patch: PrefsPatch) => void; firstView: boolean }) {
  const s = (key: UiKey) => t(lang, key);
  const p = (key: UiKey) => phrased(s(key));
  if (firstView) {
    return (
      <details class="settings">
        <summary>{p('popupSettings')}</summary>
      </details>
    );
  }
  return (
    <details class="settings">
      <summary>{p('popupSettings')}</summary>
      <label class="setting">
        <input type="checkbox" name="enabled" checked={prefs.enabled} onChange={(e) => onChange({ enabled: e.currentTarget.checked })} />
        {p('settingEnabled')}
      </label>
      <label class="setting">
        <input
          type="checkbox"
          name="inlineHints"
          checked={prefs.inlineHints}
          onChange={(e) => onChange({ inlineHints: e.currentTarget.checked })}
        />
        {p('settingInlineHints')}
      </label>
      <label class="setting">
        {p('settingLanguage')}
        <select name="language" value={prefs.language} onChange={(e) => onChange({ language: e.currentTarget.value as LanguageChoice })}>
          <option value="auto">{s('languageAuto')}</option>
          <option value="ja">{s('languageJa')}</option>
          <option value="en">{s('languageEn')}</option>
        </select>
      </label>
      <p>{p('settingDismissed')}</p>
      {prefs.dismissedKinds.length === 0 ? (
        <p class="muted">{p('settingDismissedNone')}</p>
      ) : (
        <ul class="dismissed">
          {prefs.dismissedKinds.map((kind) => (
            <li key={kind} data-kind={kind}>
              {phrased(KIND_MEANING[kind][lang])}{' '}
              <button
                type="button"
                class="btn"
                onClick={() => onChange({ dismissedKinds: prefs.dismissedKinds.filter((k) => k !== kind) })}
              >
                {p('settingRestore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** The toolbar popup: what this tab shows, the checklist, and the settings. */
export function Popup({ initialPrefs, initialProgress, situations, uiLanguage, actions, firstView = false }: PopupProps) {
  const [prefs, setPrefs] = useState(initialPrefs);
  const [progress, setProgress] = useState(initialProgress);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => actions.watch(setProgress, setPrefs), [actions]);
  // Assumed granted until the browser says otherwise: the first view does not wait for it.
  const [siteAccess, setSiteAccess] = useState(true);
  useEffect(() => {
    void actions.siteAccess().then(setSiteAccess, () => undefined);
  }, [actions]);
  const lang = resolveLanguage(prefs.language, uiLanguage);
  const s = (key: UiKey) => t(lang, key);
  const p = (key: UiKey) => phrased(s(key));
  const checked = new Set(progress.checked);
  const checklist = buildChecklist(situations);
  const tabKinds = situations.map((x) => x.kind);
  const done = checklist.counted.filter((id) => checked.has(id)).length;
  const total = checklist.counted.length;

  const toggle = (id: ChecklistItemId, value: boolean) => {
    // Show the tick at once; what storage holds after the write is the truth.
    setProgress((now) => ({ ...now, checked: value ? [...now.checked, id] : now.checked.filter((x) => x !== id) }));
    // A write that failed: the tick rolls back, never shown as if it were kept.
    void actions.setItemChecked(id, value).then(setProgress, () =>
      setProgress((now) => ({ ...now, checked: value ? now.checked.filter((x) => x !== id) : [...now.checked, id] })),
    );
  };
  // A new object re-renders the controls, which puts an unstored change back.
  const changePrefs = (patch: PrefsPatch) => void actions.updatePrefs(patch).then(setPrefs, () => setPrefs((now) => ({ ...now })));
  const item = (id: ChecklistItemId) => (
    <ChecklistItem key={id} id={id} lang={lang} checked={checked.has(id)} onToggle={(v) => toggle(id, v)} firstView={firstView} />
  );
  // What a closed section holds: left for the second drawing (firstView).
  const closed = (content: () => ComponentChildren) => (firstView ? null : content());
  const items = (ids: readonly ChecklistItemId[]) => <ul class="items">{ids.map(item)}</ul>;
  // An action of the panel: a box to tick when it is a checklist action, else a line (what
  // the page itself asks passes with the page).
  const action = (id: ActionId, wait?: Wait) =>
    (COUNTED_ITEMS as readonly string[]).includes(id) ? (
      item(id as ChecklistItemId)
    ) : (
      <li key={id} class="page-action" data-action={id}>
        {phrased(actionText(id, lang, wait).title)}
      </li>
    );
  // The tab's story in the panel's order: what it means, what to do now, then the steps.
  const story = ({ situation, guide, actions: ids }: TabStory) => {
    // A `now` an earlier situation of the tab already said is not repeated.
    const first = ids[0] === guide.now ? guide.now : undefined;
    const rest = first ? ids.slice(1) : ids;
    return (
      <div class="story" key={situation.kind} data-kind={situation.kind}>
        <p class="kind">{phrased(guide.meaning[lang])}</p>
        {first && (
          <>
            <p class="label">{p('panelNow')}</p>
            <ul class="items now">{action(first, guide.wait)}</ul>
          </>
        )}
        {rest.length > 0 && (
          <>
            <p class="label">{p(STEPS_LABEL[guide.stepsAre])}</p>
            <ul class="items">{rest.map((id) => action(id, guide.wait))}</ul>
          </>
        )}
        {/* "Never show again" is chosen here, where the page cannot steer the user's input;
            the panel on the page only points here (issue 19). Undone in the settings below. */}
        {!prefs.dismissedKinds.includes(situation.kind) && (
          <p class="dismiss">
            <button
              type="button"
              class="btn"
              data-dismiss-kind={situation.kind}
              onClick={() => changePrefs({ dismissedKinds: [...prefs.dismissedKinds, situation.kind] })}
            >
              {p('popupDismissKind')}
            </button>
          </p>
        )}
      </div>
    );
  };

  return (
    <main lang={lang}>
      <h1>{p('popupTitle')}</h1>
      {!siteAccess && (
        <div class="site-access" role="alert" data-site-access>
          <p>{p('popupSiteAccessMissing')}</p>
          <button type="button" class="btn primary" onClick={() => void actions.requestSiteAccess().then(setSiteAccess, () => undefined)}>
            {p('popupSiteAccessGrant')}
          </button>
        </div>
      )}
      {total > 0 && (
        <div class="progress" role="status" aria-live="polite">
          <div class="bar" aria-hidden="true">
            <span style={{ width: `${Math.round((done / total) * 100)}%` }} />
          </div>
          <span data-progress>{t(lang, 'popupProgress', done, total)}</span>
        </div>
      )}

      <section class="tab" data-section="this-tab" aria-label={s('popupTabFound')} data-tab-kinds={tabKinds.join(' ')}>
        {checklist.stories.length === 0 ? (
          <p>{p('popupTabNone')}</p>
        ) : (
          <>
            <p class="muted">{p('popupTabFound')}</p>
            {checklist.stories.map(story)}
          </>
        )}
      </section>

      {checklist.sections.map((section) =>
        checklist.stories.length === 0 ? (
          <section key={section.id} data-section={section.id} aria-labelledby={`h-${section.id}`}>
            <h2 id={`h-${section.id}`}>{p(section.title)}</h2>
            {items(section.items)}
          </section>
        ) : (
          // With a banner on the tab, the other routes come after its story, open only
          // where its panel names one of them.
          <details class="box" key={section.id} data-section={section.id} open={section.applies}>
            <summary>{p(section.title)}</summary>
            {section.applies ? items(section.items) : closed(() => items(section.items))}
          </details>
        ),
      )}

      {checklist.causes.length > 0 && (
        <details class="box" data-section="causes">
          <summary>{p('sectionCauses')}</summary>
          {closed(() => items(checklist.causes))}
        </details>
      )}

      <details class="box" data-section="faq">
        <summary>{p('sectionFaq')}</summary>
        {closed(() => (
          <dl class="faq">
            {FAQ_IDS.map((id) => (
              <div key={id} data-id={id}>
                <dt>{phrased(KNOWLEDGE[id][lang].title)}</dt>
                <dd>{phrased(KNOWLEDGE[id][lang].body)}</dd>
              </div>
            ))}
          </dl>
        ))}
      </details>

      <div class="actions">
        {confirming ? (
          <>
            <span role="alert">{p('popupResetConfirm')}</span>
            <button
              type="button"
              class="btn primary"
              onClick={() => {
                setConfirming(false);
                void actions.resetProgress().then(setProgress);
              }}
            >
              {p('popupResetYes')}
            </button>
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              {p('popupResetNo')}
            </button>
          </>
        ) : (
          <button type="button" class="btn" onClick={() => setConfirming(true)}>
            {p('popupReset')}
          </button>
        )}
      </div>

      <details class="box composer-box">
        <summary>{p('composerOpen')}</summary>
        {closed(() => (
          <Composer lang={lang} situation={situationForKinds(tabKinds, situations.map((x) => x.page.variant).find((v) => v !== undefined))} />
        ))}
      </details>

      <Settings prefs={prefs} lang={lang} onChange={changePrefs} firstView={firstView} />
    </main>
  );
}
