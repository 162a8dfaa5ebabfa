import type { CaptchaVariant } from '../detect/captcha';
import type { Kind } from '../detect/kinds';
import { resolveLanguage, type Lang } from '../i18n/language';

/**
 * The first state of a panel, shown by the content script itself the moment a banner is
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

export const FIRST_STATE_VERSION = 1;

export interface FirstStateKit {
  v: typeof FIRST_STATE_VERSION;
  /** The panel's styles for its head: the shadow root's reset and theme tokens included. */
  css: string;
  /** By `headKey()`: the headline, then the note when there is one. */
  heads: Record<string, Record<Lang, string[]>>;
}

/** Which head a banner shows: its kind, and for interceptions which one. */
export function headKey(kind: Kind, variant?: CaptchaVariant): string {
  return variant ? `${kind}/${variant}` : kind;
}

export interface FirstStateHead {
  css: string;
  lines: string[];
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The head to show, or null when the stored kit is missing or not of this shape. */
export function firstStateHead(kit: unknown, key: string, lang: Lang): FirstStateHead | null {
  const k = kit as Partial<FirstStateKit> | null | undefined;
  if (!k || k.v !== FIRST_STATE_VERSION || !isText(k.css)) return null;
  const lines: unknown = k.heads?.[key]?.[lang];
  if (!Array.isArray(lines) || !isText(lines[0]) || !lines.every(isText)) return null;
  return { css: k.css, lines };
}

/**
 * What the stored preferences allow, read the way lib/storage/prefs.ts reads them (whose schema
 * library is too big for every page): a value that is not what we write counts as the
 * default. The UI validates them fully once loaded and removes what they do not allow.
 */
export function mayShowPanel(prefs: unknown, kind: Kind): boolean {
  const p = prefs as { enabled?: unknown; dismissedKinds?: unknown } | null | undefined;
  return p?.enabled !== false && !(Array.isArray(p?.dismissedKinds) && p.dismissedKinds.includes(kind));
}

/** The panel's language, from preferences not validated yet (see `mayShowPanel`). */
export function panelLanguage(prefs: unknown, uiLanguage: string): Lang {
  return resolveLanguage((prefs as { language?: unknown } | null | undefined)?.language, uiLanguage);
}

/** Takes every first state out of the page (the content script's, and the UI's leftovers). */
export function removeFirstStates(hosts: Map<Kind, HTMLElement>): void {
  for (const host of hosts.values()) host.remove();
  hosts.clear();
}

/**
 * A panel host showing only the head, in an open shadow root like the panel UI's own, so
 * that the UI can take it over in place (lib/page-ui/shadow-ui.ts replaces the root's content).
 * Page text never goes in: the lines are ours, set as text.
 */
export function createFirstStateHost(doc: Document, tag: string, kind: Kind, lang: Lang, head: FirstStateHead): HTMLElement {
  const el = (name: string, className = '', children: (Node | string)[] = []) => {
    const e = doc.createElement(name);
    if (className) e.className = className;
    e.append(...children);
    return e;
  };
  const [meaning, note] = head.lines as [string, string?];
  const titles = el('div', 'titles', [el('h2', 'headline', [meaning])]);
  if (note) titles.append(el('p', 'note', [note]));
  // A landmark with its name comes with the full panel, tens of milliseconds later.
  const panel = el('div', 'panel first-state', [el('div', 'head', [titles])]);
  const host = el(tag);
  host.dataset.kind = kind;
  host.lang = lang;
  host.attachShadow({ mode: 'open' }).append(el('style', '', [head.css]), panel);
  return host;
}
