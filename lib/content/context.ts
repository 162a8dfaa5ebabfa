// The global `chrome` (Firefox's alias of `browser`), not WXT's `browser` module: the same
// object, and ~25 bytes less of the every-page budget (see panel-loader.ts).
declare const chrome: { runtime?: { id?: string } };

/** What our content-script code uses of its context: one abort signal for the script's life. */
export interface ScriptContext {
  /** Aborted when this copy of the script is retired (extension reloaded, updated or removed). */
  readonly signal: AbortSignal;
  /** Reading it notices a retired copy: the extension id is gone from `runtime`. */
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): () => void;
  /** A listener that goes away with the context. */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
}

/**
 * The content script's context, in place of WXT's `ContentScriptContext` (the build points
 * WXT's specifier here: modules/content-script-context.ts). WXT's announces every start to
 * the page (a `window.postMessage` whose type holds the extension id, so any page learns we
 * are installed) and listens for a `document` event of that type that retires the running
 * script (so any page can switch us off); its location watcher fires a page-visible event;
 * its timer helpers add a listener per call that is never released. This one only keeps
 * the signal. No copy of ours needs the start messages: Chrome does not inject a new copy
 * into an open page after an update (the old copy notices its extension id is gone), and
 * Firefox unloads the old copy before injecting the new one, which removes what the old one
 * left (lib/page-ui/guide.ts).
 */
export class ContentScriptContext implements ScriptContext {
  readonly #controller = new AbortController();

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get isInvalid(): boolean {
    if (chrome.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /** Retires this copy: every `onInvalidated` callback runs, every listener added here goes. */
  notifyInvalidated(): void {
    this.#controller.abort(); // (no reason string: nothing reads it, and every page loads this script)
  }
}
