import { render } from 'preact';
import type { ScriptContext } from '../content/context';
import { Hint, HINT_CSS } from '../../components/Hint';
import { factsOf, hintForField, isRegistrationPage, type HintKind } from '../hints/fields';
import { placeHint, type HintPlacement } from './hint-placement';
import { HINT_TAG } from '../content/host-tags';
import type { Lang } from '../i18n/language';
import { mountShadowUi, type ShadowUi } from './shadow-ui';
import { PlacementGuard } from './placement-guard';


interface MountedHint {
  kind: HintKind;
  ui: ShadowUi;
  /** The listeners on the page's field, all released with the hint. */
  listeners: AbortController;
}

export interface HintOptions {
  lang: Lang;
  /** The extension is on and the user wants inline hints. */
  allowed: boolean;
}

/** Sets a field's value the way typing does, so the page's framework sees the change. */
function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Small tips next to login, registration and verification fields. A password field's value
 * is never read; a phone field's is, to show its international form.
 */
export function createHints(ctx: ScriptContext, options: () => HintOptions) {
  const seen = new Set<HTMLInputElement>();
  const mounted = new Map<HTMLInputElement, MountedHint>();
  const dismissed = new WeakSet<HTMLInputElement>();
  const registration = isRegistrationPage(location.href);
  /**
   * A page that renders its form anew whenever something is added to it takes our hints out
   * with its fields, and each new field would get a new hint: hints of a kind the page keeps
   * taking out wait longer each time (lib/page-ui/placement-guard.ts), then one refresh places them.
   */
  const guard = new PlacementGuard<HintKind>();
  let retry: ReturnType<typeof setTimeout> | undefined;

  function remove(input: HTMLInputElement): void {
    const hint = mounted.get(input);
    if (!hint) return;
    mounted.delete(input);
    hint.listeners.abort();
    hint.ui.remove();
  }

  function mount(input: HTMLInputElement, kind: HintKind): void {
    const { waitMs } = guard.decide(kind);
    if (waitMs > 0) {
      retry ??= setTimeout(() => {
        retry = undefined;
        if (!ctx.isInvalid) refresh();
      }, waitMs);
      return;
    }
    guard.placed(kind);
    let open = false;
    let pinned = false;
    const lang = options().lang;
    const listeners = new AbortController();
    const ui = mountShadowUi(ctx, {
      tag: HINT_TAG,
      css: HINT_CSS,
      place: (host) => input.after(host),
      onRemove: (container) => render(null, container),
    });
    const hint: MountedHint = { kind, ui, listeners };
    mounted.set(input, hint);
    ui.host.dataset.hint = kind;
    // No `lang` on the host: the page could read the chosen language from it (PRIVACY.md).

    // Badge and tip follow the field's box; read when drawn (mount, focus, typing, toggle),
    // never in a loop or on the page's own changes.
    const place = (): HintPlacement['tip']['side'] | null => {
      if (!input.isConnected) return null;
      const host = ui.host;
      const tip = ui.container.querySelector<HTMLElement>('.tip');
      // Offsets are from the hint's own box inside the shadow root.
      const origin = ui.container.querySelector('.hint') ?? host;
      const field = input.getBoundingClientRect();
      const from = origin.getBoundingClientRect();
      const viewport = { width: innerWidth, height: innerHeight };
      const measure = () => (tip && !tip.hidden ? { height: tip.offsetHeight, width: tip.offsetWidth } : { height: 0, width: 0 });
      let at = placeHint(field, from, viewport, measure());
      if (tip && !tip.hidden && at.tip.side !== 'beside') {
        // Its height at the width it gets there decides whether it fits above: measure again.
        host.style.setProperty('--alg-tip-w', `${at.tip.width}px`);
        at = placeHint(field, from, viewport, measure());
      }
      host.style.setProperty('--alg-badge-x', `${at.badge.x}px`);
      host.style.setProperty('--alg-badge-y', `${at.badge.y}px`);
      host.style.setProperty('--alg-tip-x', `${at.tip.x}px`);
      host.style.setProperty('--alg-tip-y', `${at.tip.y}px`);
      host.style.setProperty('--alg-tip-w', `${at.tip.width}px`);
      host.dataset.tipSide = at.tip.side;
      return tip && !tip.hidden ? at.tip.side : null;
    };
    const draw = () => {
      // Read again before every read of the field: a page can turn a phone field into a
      // password field, whose value is never read.
      if (hintForField(factsOf(input), registration) !== kind) return remove(input);
      paint();
      // Opened by focus alone, a tip that only fits below would cover the next field or the
      // submit button: it stays shut, and the badge opens it on request.
      if (place() === 'below' && open && !pinned) {
        open = false;
        paint();
        place();
      }
    };
    const paint = () =>
      render(
        <Hint
          kind={kind}
          lang={lang}
          value={kind === 'phone-format' ? input.value : ''}
          open={open || pinned}
          onToggle={() => {
            pinned = !(open || pinned);
            open = false;
            draw();
          }}
          onConvert={(international, event) => {
            // It writes into the page's field: only the user's own click on the control counts,
            // decided a frame later where the browser tracks visibility (user-activation.ts).
            void ui.isUsersActivation(event).then((users) => {
              // The field, checked again: the page may have changed it in that frame.
              if (!users || mounted.get(input) !== hint || hintForField(factsOf(input), registration) !== kind) return;
              typeInto(input, international);
              draw();
            });
          }}
          onDismiss={() => {
            dismissed.add(input);
            remove(input);
          }}
        />,
        ui.container,
      );
    draw();

    const signal = listeners.signal;
    const show = (value: boolean) => {
      if (mounted.get(input) !== hint) return;
      open = value;
      draw();
    };
    input.addEventListener('focus', () => show(true), { signal });
    // Leaving the field for the tip's own button keeps the tip open. A plain timer, checked
    // against removal: `ctx.setTimeout` would add an invalidation listener per blur.
    input.addEventListener('blur', () => setTimeout(() => document.activeElement !== ui.host && show(false), 0), { signal });
    if (kind === 'phone-format') input.addEventListener('input', () => show(open), { signal });
    if (document.activeElement === input) show(true);
  }

  /** Hints whose field or host left the page go; a host taken out by the page is a rejection. */
  function dropGone(): void {
    for (const [input, hint] of mounted) {
      if (input.isConnected && hint.ui.host.isConnected) continue;
      if (!hint.ui.host.isConnected) guard.rejected(hint.kind);
      remove(input);
    }
  }

  /** Mounts, keeps or removes the hint of one field. */
  function consider(input: HTMLInputElement, allowed: boolean): void {
    if (!input.isConnected) {
      seen.delete(input);
      return;
    }
    if (!allowed) return remove(input);
    if (mounted.has(input) || dismissed.has(input)) return;
    const kind = hintForField(factsOf(input), registration);
    if (kind) mount(input, kind);
  }

  function refresh(): void {
    dropGone();
    const { allowed } = options();
    for (const input of seen) consider(input, allowed);
  }

  return {
    /** New fields: only they are looked at (a page adding one field at a time to thousands costs one each). */
    add(inputs: HTMLInputElement[]): void {
      dropGone();
      const { allowed } = options();
      for (const input of inputs) {
        seen.add(input);
        consider(input, allowed);
      }
    },
    /** Preferences changed: hints follow at once (off removes them, on brings them back). */
    refresh,
    rebuild(): void {
      for (const input of [...mounted.keys()]) remove(input);
      refresh();
    },
    removeAll(): void {
      for (const input of [...mounted.keys()]) remove(input);
    },
  };
}
