import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { composerFrameAddress, type ComposerSituation } from '../lib/messaging/composer-frame';

export interface ComposerFrameProps {
  /** The composer page's address (`runtime.getURL`), without a fragment. */
  page: string;
  situation: ComposerSituation;
  title: string;
  /** Registers the situation with the background; resolves to the one-time token for the address. */
  open(situation: ComposerSituation): Promise<string>;
}

/**
 * The composer of a panel, in the extension's own page: what the user types there is out
 * of the page's reach, and what it says comes from the background, by a one-time token
 * (lib/messaging/composer-frame.ts).
 *
 * The frame's height is fixed by the panel's CSS, the same whatever the user ticks or types,
 * and the composer scrolls inside it: a frame that grew with its content would tell the page
 * (it can measure our frame element) when claims are ticked and how much was typed.
 */
export function ComposerFrame({ page, situation, title, open }: ComposerFrameProps) {
  // One frame element per token: `n` renews the element, so that each address is loaded by
  // a frame of its own, once.
  const [opened, setOpened] = useState<{ token: string; n: number } | null>(null);
  // The situation the composer was opened for: the page re-renders its message (a countdown)
  // and the panel with it; the composer keeps the one it was opened for.
  const [fixed] = useState(situation);
  const alive = useRef(true);
  const loadedOnce = useRef<EventTarget | null>(null);

  const register = () => {
    void open(fixed).then(
      (token) => {
        if (alive.current) setOpened((before) => ({ token, n: (before?.n ?? 0) + 1 }));
      },
      // A worker that cannot answer: the frame stays away, the rest of the panel works.
      () => undefined,
    );
  };

  useEffect(() => {
    alive.current = true;
    register();
    return () => {
      alive.current = false;
    };
  }, []);

  // The frame has no `src`: its address would name the extension (in Firefox the UUID fixed
  // for the install, in Chrome the per-session id) to every page script, through the open
  // shadow root. The content script navigates the frame's initial empty document instead,
  // in the same task as the frame was inserted, before any page script runs: the page then
  // holds a cross-origin window whose address it cannot read, no attribute names it, and a
  // navigation not made by `src` leaves no resource timing entry in the page.
  const frame = useRef<HTMLIFrameElement>(null);
  useLayoutEffect(() => {
    if (opened) frame.current?.contentWindow?.location.replace(composerFrameAddress(page, opened.token));
  }, [opened]);

  // Each frame element holds one composer, loaded once. The initial empty document may
  // announce its load first (Chromium, at insertion): it is ours to leave. Any load after
  // the composer's is a reload: the panel moved (a moved frame starts empty again), or the
  // page navigated it. The composer is opened anew, in a new element.
  const loaded = (event: Event) => {
    if (!event.isTrusted) return;
    const target = event.currentTarget as HTMLIFrameElement;
    if (loadedOnce.current !== target) {
      if (holdsInitialDocument(target)) return;
      loadedOnce.current = target;
      return;
    }
    register();
  };

  if (!opened) return null;
  return (
    <iframe
      key={opened.n}
      ref={frame}
      class="composer-frame"
      title={title}
      onLoad={loaded}
      // Chrome lets a cross-origin frame write to the clipboard only when allowed here. Not
      // for our origin by name: that names the extension's fixed id, which the per-session
      // address hides, to every page script that reads this attribute. Any origin grants the
      // page nothing new: it can frame a page of its own with the same permission.
      allow='clipboard-write *'
    />
  );
}

/** Whether the frame still shows the empty document it was made with (readable: the page's origin). */
function holdsInitialDocument(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentDocument?.URL === 'about:blank';
  } catch {
    return false;
  }
}

export const COMPOSER_FRAME_CSS = `
.composer-frame {
  display: block; box-sizing: border-box; width: calc(100% + 6px); margin: 0 -3px; border: 0; padding: 0;
  background: transparent; color-scheme: light dark;
  flex: 1 1 auto; height: 480px; min-height: 160px;
}
`;
