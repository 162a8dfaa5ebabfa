import type { Kind } from '../detect/kinds';
import type { ProtocolMap } from '../messaging/messages';
import type { ReliableSend } from './reliable-send';

/** A port to the background, as much of it as the report uses. */
export interface ReportPort {
  disconnect(): void;
  onDisconnect: { addListener(listener: () => void): void };
}

/** What a frame reports: the kinds it shows (none: empty), with yes/no facts about each page. */
export type FrameReportMessage = Parameters<ProtocolMap['reportBanners']>[0];

export interface FrameReportDeps {
  /** Delivers one write to the background, again and again until it answers (reliable-send.ts). */
  send: ReliableSend;
  reportBanners(message: FrameReportMessage): Promise<unknown>;
  /** Opens the port that tells the background when this frame goes away (FRAME_PORT). */
  connect(): ReportPort;
  /** The extension was reloaded or updated under the page: nothing more is sent. */
  isClosed(): boolean;
}

/** What one frame shows, given the banners found and the preferences. */
export function frameView(
  banners: ReadonlyMap<Kind, unknown>,
  prefs: { enabled: boolean; dismissedKinds: readonly Kind[] },
): { panels: Kind[]; reported: Kind[] } {
  // Switched off, the extension shows and reports nothing. A dismissed kind gets no panel,
  // but is still reported (kinds only, never page text): the badge and the popup list it,
  // and the popup is where a kind is dismissed or shown again.
  if (!prefs.enabled) return { panels: [], reported: [] };
  const kinds = [...banners.keys()];
  return { panels: kinds.filter((kind) => !prefs.dismissedKinds.includes(kind)), reported: kinds };
}

/** A report as a string that is equal when the report is (nothing shown: ''). */
const keyOf = (message: FrameReportMessage): string => (message.kinds.length === 0 ? '' : JSON.stringify(message));
const messageOf = (key: string): FrameReportMessage => (key === '' ? { kinds: [] } : (JSON.parse(key) as FrameReportMessage));

/**
 * The frame's reports to the background: which kinds it shows. Only the latest state is
 * sent, one report at a time: a page that flips its banners fast costs one message per
 * round trip, not one per flip. A frame makes no other write: lasting choices (never show
 * a kind again, settings) are made in the popup, where the page cannot steer the user's input.
 */
export function createFrameReport(deps: FrameReportDeps) {
  // What this frame shows, as the background last confirmed it, and as it is now.
  let reported = '';
  let wanted = '';
  let reporting = false;
  // Open while this frame shows something, so that the background hears when it goes away
  // (see FRAME_PORT). A worker that is stopped closes it; the next report opens it again.
  let port: ReportPort | null = null;

  function keepPort(showing: boolean): void {
    if (showing && !port && !deps.isClosed()) {
      const opened = deps.connect();
      opened.onDisconnect.addListener(() => {
        if (port === opened) port = null;
      });
      port = opened;
    } else if (!showing && port) {
      port.disconnect();
      port = null;
    }
  }

  async function flush(): Promise<void> {
    if (reporting) return;
    reporting = true;
    try {
      while (wanted !== reported && !deps.isClosed()) {
        const key = wanted;
        await deps.send(() => deps.reportBanners(messageOf(key)));
        reported = key;
        keepPort(key !== '');
      }
    } catch {
      // Undelivered for long or refused: the next change tries again.
    } finally {
      reporting = false;
    }
  }

  return {
    /** What this frame shows now. Resolves when the queue has caught up or given up. */
    show(message: FrameReportMessage): Promise<void> {
      wanted = keyOf(message);
      return flush();
    },
    /**
     * A frame that goes away (removed iframe, navigation) no longer shows anything. The
     * report is sent at once, outside the queue: there is no later for this document.
     */
    pageHidden(): void {
      if (reported === '' && wanted === '') return;
      void deps.reportBanners({ kinds: [] }).catch(() => undefined);
      reported = '';
    },
    close(): void {
      try {
        port?.disconnect();
      } catch {
        // The extension context is gone, and the port with it.
      }
    },
  };
}
