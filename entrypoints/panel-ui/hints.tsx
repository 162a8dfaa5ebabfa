import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Hint, HINT_CSS } from '../../components/Hint';
import { factsOf, hintForField, isRegistrationPage, type HintKind } from '../../lib/hints/fields';
import { placeHint } from '../../lib/hint-placement';
import type { Lang } from '../../lib/knowledge/entries';

import { HINT_TAG } from '../../lib/hosts';

interface MountedHint {
  kind: HintKind;
  ui: ShadowRootContentScriptUi<void> | null;
  listeners: AbortController;
  removed: boolean;
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
export function createHints(ctx: ContentScriptContext, options: () => HintOptions) {
  const seen = new Set<HTMLInputElement>();
  const mounted = new Map<HTMLInputElement, MountedHint>();
  const dismissed = new WeakSet<HTMLInputElement>();
  const registration = isRegistrationPage(location.href);

  function remove(input: HTMLInputElement): void {
    const hint = mounted.get(input);
    if (!hint) return;
    hint.removed = true;
    hint.listeners.abort();
    hint.ui?.remove();
    mounted.delete(input);
  }

  async function mount(input: HTMLInputElement, kind: HintKind): Promise<void> {
    const hint: MountedHint = { kind, ui: null, listeners: new AbortController(), removed: false };
    mounted.set(input, hint);
    let open = false;
    let pinned = false;
    let host: HTMLElement | null = null;
    const lang = options().lang;

    // Badge and tip follow the field's box; read when drawn (mount, focus, typing, toggle),
    // never in a loop or on the page's own changes.
    const place = (container: HTMLElement) => {
      if (!host || !input.isConnected) return;
      const tip = container.querySelector<HTMLElement>('.tip');
      // Offsets are from the hint's own box inside the shadow root (WXT's container may add
      // its own margins to the host's position).
      const origin = container.querySelector('.hint') ?? host;
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
    };
    const draw = (container: HTMLElement) => {
      paint(container);
      place(container);
    };
    const paint = (container: HTMLElement) =>
      render(
        <Hint
          kind={kind}
          lang={lang}
          value={kind === 'phone-format' ? input.value : ''}
          open={open || pinned}
          onToggle={() => {
            pinned = !(open || pinned);
            open = false;
            draw(container);
          }}
          onConvert={(international) => {
            typeInto(input, international);
            draw(container);
          }}
          onDismiss={() => {
            dismissed.add(input);
            remove(input);
          }}
        />,
        container,
      );

    const ui = await createShadowRootUi<void>(ctx, {
      name: HINT_TAG,
      position: 'inline',
      css: HINT_CSS,
      isolateEvents: true,
      anchor: input,
      append: (anchor, h) => anchor.after(h),
      onMount(container, _shadow, h) {
        host = h;
        h.dataset.hint = kind;
        h.lang = lang;
        draw(container);
      },
      onRemove() {
        render(null, ui.uiContainer);
      },
    });
    if (hint.removed || ctx.isInvalid || !input.isConnected) {
      mounted.delete(input);
      return;
    }
    hint.ui = ui;
    ui.mount();

    const signal = hint.listeners.signal;
    const show = (value: boolean) => {
      open = value;
      draw(ui.uiContainer);
    };
    input.addEventListener('focus', () => show(true), { signal });
    // Leaving the field for the tip's own button keeps the tip open.
    input.addEventListener('blur', () => ctx.setTimeout(() => document.activeElement !== host && show(false), 0), { signal });
    if (kind === 'phone-format') input.addEventListener('input', () => draw(ui.uiContainer), { signal });
    if (document.activeElement === input) show(true);
  }

  function refresh(): void {
    const { allowed } = options();
    for (const input of seen) {
      if (!input.isConnected) {
        seen.delete(input);
        remove(input);
        continue;
      }
      if (!allowed) {
        remove(input);
        continue;
      }
      if (mounted.has(input) || dismissed.has(input)) continue;
      const kind = hintForField(factsOf(input), registration);
      if (kind) void mount(input, kind);
    }
  }

  return {
    add(inputs: HTMLInputElement[]): void {
      for (const input of inputs) seen.add(input);
      refresh();
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
