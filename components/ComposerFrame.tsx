import { useEffect, useRef, useState } from 'preact/hooks';
import {
  COMPOSER_INITIAL_HEIGHT,
  composerFrameFragment,
  composerHeightFrom,
  composerPortMessage,
  type ComposerFrameParams,
} from '../lib/messaging/composer-frame';

export interface ComposerFrameProps {
  /** The composer page's address (`runtime.getURL`), without a fragment. */
  page: string;
  /** The origin the composer page runs at: the channel is handed to that document only. */
  origin: string;
  params: ComposerFrameParams;
  title: string;
}

/**
 * The composer of a panel, in the extension's own page: what the user types there is out
 * of the page's reach (lib/messaging/composer-frame.ts). The frame grows to its content, as it
 * reports, so it reads as part of the panel; the panel scrolls as before.
 */
export function ComposerFrame({ page, origin, params, title }: ComposerFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(COMPOSER_INITIAL_HEIGHT);
  // Set once: a new address would reload the frame (Chrome loads it from a per-session
  // address, so more than the fragment differs) and lose what the user typed, each time the
  // page re-renders its message with other words (a countdown). The message quoted is the
  // one the composer was opened for.
  const [src] = useState(() => `${page}#${composerFrameFragment(params)}`);

  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    let channel: MessageChannel | null = null;
    // Each load of the frame (it reloads when the panel moves) gets a new channel.
    const connect = (event: Event) => {
      if (!event.isTrusted) return;
      channel?.port1.close();
      const opened = new MessageChannel();
      opened.port1.onmessage = (message) => {
        const reported = composerHeightFrom(message.data);
        if (reported !== null) setHeight(reported);
      };
      el.contentWindow?.postMessage(composerPortMessage(), origin, [opened.port2]);
      channel = opened;
    };
    el.addEventListener('load', connect);
    return () => {
      el.removeEventListener('load', connect);
      channel?.port1.close();
    };
  }, [origin]);

  return (
    <iframe
      ref={frame}
      class="composer-frame"
      src={src}
      title={title}
      // Chrome lets a cross-origin frame write to the clipboard only when allowed here. Not
      // for our origin by name: that names the extension's fixed id, which the per-session
      // address hides, to every page script that reads this attribute. Any origin grants the
      // page nothing new: it can frame a page of its own with the same permission.
      allow='clipboard-write *'
      style={{ height: `${height}px` }}
    />
  );
}

/**
 * The frame takes the panel's width and no border of its own: it is part of the panel. It
 * reaches 3 px past each side, where the page inside keeps room for its focus rings.
 * Its colour scheme is the page's inside, or Chrome paints it an opaque backdrop.
 */
export const COMPOSER_FRAME_CSS = `
.composer-frame {
  display: block; box-sizing: border-box; width: calc(100% + 6px); margin: 0 -3px; border: 0; padding: 0;
  background: transparent; color-scheme: light dark;
}
`;
