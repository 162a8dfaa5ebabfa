import type { CaptchaVariant } from '../detect/captcha';
import type { Kind } from '../detect/kinds';
import { resolveLanguage, type Lang } from '../i18n/language';

/**
 * The early head of a panel, shown by the content script itself the moment a banner is
 * found on a page whose panel UI (panel-ui.js) is not loaded yet. Importing that file costs
 * a few round trips to the browser, 25–45 ms on a busy page even for an empty file, while
 * the panel should appear within a frame of the banner. So the content script shows the
 * panel's head at once (what the message means, and the note under it), and the UI, once
 * loaded, takes over the same element and fills in the rest.
 *
 * The head's words and styles come from the kit the background keeps in `storage.local`
 * (components/panel-head.ts builds it from the panel's own definitions), read with the
 * preferences when the page starts: every page pays for the detector and this small reader
 * only. Without a kit (never written, or of another shape) nothing is shown early, and the
 * panel appears when its UI has loaded, as before.
 */

export const EARLY_HEAD_VERSION = 1;

export interface EarlyHeadKit {
  v: typeof EARLY_HEAD_VERSION;
  /** The panel's styles for its head: the shadow root's reset and theme tokens included. */
  css: string;
  /** By `headKey()`: the headline, then the note when there is one. */
  heads: Record<string, Record<Lang, string[]>>;
}

/** Which head a banner shows: its kind, and for interceptions which one. */
export function headKey(kind: Kind, variant?: CaptchaVariant): string {
  return variant ? `${kind}/${variant}` : kind;
}

export interface EarlyHead {
  css: string;
  lines: string[];
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/*
 * Stored values as the content script reads them, not checked yet: whatever JSON storage holds,
 * typed as the shape we write with every part optional and unknown, so that each part is read
 * with optional chaining and checked before use. (Parameters of this type rather than `unknown`
 * cast inside: the alias a cast makes stays in the minified bundle, whose budget is tight.)
 */
export type StoredKit = { v?: unknown; css?: unknown; heads?: Record<string, Partial<Record<Lang, unknown>> | undefined> } | null | undefined;
export type StoredPrefs = { enabled?: unknown; dismissedKinds?: unknown; language?: unknown } | null | undefined;

/** The head to show, or null when the stored kit is missing or not of this shape. */
export function earlyHeadOf(kit: StoredKit, key: string, lang: Lang): EarlyHead | null {
  if (!kit || kit.v !== EARLY_HEAD_VERSION || !isText(kit.css)) return null;
  const lines = kit.heads?.[key]?.[lang];
  // A first line that is there and every line text: the headline is never empty.
  if (!Array.isArray(lines) || !lines[0] || !lines.every(isText)) return null;
  return { css: kit.css, lines };
}

/**
 * What the stored preferences allow, read the way lib/storage/prefs.ts reads them (whose schema
 * library is too big for every page): a value that is not what we write counts as the
 * default. The UI validates them fully once loaded and removes what they do not allow.
 */
export function mayShowPanel(prefs: StoredPrefs, kind: Kind): boolean {
  return prefs?.enabled !== false && !(Array.isArray(prefs?.dismissedKinds) && prefs.dismissedKinds.includes(kind));
}

/** The panel's language, from preferences not validated yet (see `mayShowPanel`). */
export function panelLanguage(prefs: StoredPrefs, uiLanguage: string): Lang {
  return resolveLanguage(prefs?.language, uiLanguage);
}

/** Takes every early head out of the page (the content script's, and the UI's leftovers). */
export function removeEarlyHeads(hosts: Map<Kind, HTMLElement>): void {
  for (const host of hosts.values()) host.remove();
  hosts.clear();
}

/**
 * The panel head's structure, the one definition both heads use: the early head builds it with
 * the DOM (below) and the full panel with Preact (components/Panel.tsx). The panel UI takes an
 * early head over in place, so the two must lay out alike, or the head would move when the
 * UI fills it in. The full panel adds its buttons after the titles.
 */
export function headMarkup<C, N extends C>(
  make: (tag: string, className: string, children: C[]) => N,
  /** The headline, then the note when there is one (as in the kit). */
  lines: C[],
  ...buttons: C[]
): N {
  return make('div', 'head', [make('div', 'titles', lines.map((line, i) => (i ? make('p', 'note', [line]) : make('h2', 'headline', [line])))), ...buttons]);
}

/**
 * A panel host showing only the head, in an open shadow root like the panel UI's own, so
 * that the UI can take it over in place (lib/page-ui/shadow-ui.ts replaces the root's content).
 * Page text never goes in: the lines are ours, set as text.
 */
export function createEarlyHeadHost(doc: Document, tag: string, kind: Kind, lang: Lang, head: EarlyHead): HTMLElement {
  const el = (name: string, className = '', children: (Node | string)[] = []): HTMLElement => {
    const e = doc.createElement(name);
    if (className) e.className = className;
    e.append(...children);
    return e;
  };
  // A landmark with its name comes with the full panel, tens of milliseconds later.
  const panel = el('div', 'panel early-head', [headMarkup(el, head.lines)]);
  const host = el(tag);
  host.dataset.kind = kind;
  // On the panel, not the host: an attribute of the host would tell the page the chosen language.
  panel.lang = lang;
  host.attachShadow({ mode: 'open' }).append(el('style', '', [head.css]), panel);
  return host;
}
