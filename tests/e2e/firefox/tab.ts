import type { BidiClient } from './bidi';

interface TreeNode {
  context: string;
  url: string;
  children: TreeNode[] | null;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/**
 * Serves pages at their real addresses for the whole session: requests are intercepted
 * before they leave the browser and answered from `pages`; the extension's own files pass;
 * anything else fails, so a stray request shows.
 */
export async function interceptRequests(bidi: BidiClient, pages: Map<string, string>): Promise<void> {
  bidi.on('network.beforeRequestSent', (params) => {
    if (!params.isBlocked) return;
    const request = (params.request as { request: string; url: string });
    const body = pages.get(request.url);
    const answer =
      body !== undefined
        ? bidi.send('network.provideResponse', {
            request: request.request,
            statusCode: 200,
            reasonPhrase: 'OK',
            headers: [{ name: 'Content-Type', value: { type: 'string', value: 'text/html; charset=utf-8' } }],
            body: { type: 'string', value: body },
          })
        : request.url.startsWith('moz-extension://')
          ? bidi.send('network.continueRequest', { request: request.request })
          : bidi.send('network.failRequest', { request: request.request });
    answer.catch(() => {
      // The tab may be gone by the time the answer arrives.
    });
  });
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] });
}

/** One browser tab, with helpers to run code in it or in one of its frames. */
export class FirefoxTab {
  private constructor(
    private readonly bidi: BidiClient,
    readonly context: string,
  ) {}

  static async open(bidi: BidiClient): Promise<FirefoxTab> {
    const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    return new FirefoxTab(bidi, context);
  }

  async navigate(url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  /** The tab's frames (itself first), with their addresses. */
  async frames(): Promise<{ context: string; url: string }[]> {
    const { contexts } = await this.bidi.send<{ contexts: TreeNode[] }>('browsingContext.getTree', { root: this.context });
    const out: { context: string; url: string }[] = [];
    const walk = (node: TreeNode) => {
      out.push({ context: node.context, url: node.url });
      for (const child of node.children ?? []) walk(child);
    };
    for (const node of contexts) walk(node);
    return out;
  }

  async frameContext(urlPrefix?: string): Promise<string | null> {
    if (!urlPrefix) return this.context;
    return (await this.frames()).find((f) => f.url.startsWith(urlPrefix))?.context ?? null;
  }

  /** Runs `fn` (no arguments, may be async) in a frame and returns its JSON-able result. */
  async evaluate<T>(fn: string, context: string = this.context): Promise<T> {
    const result = await this.bidi.send<EvaluateResult>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${fn})()))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type !== 'success') throw new Error(`evaluation failed: ${result.exceptionDetails?.text ?? 'unknown'}`);
    const value = result.result?.value;
    return (typeof value === 'string' ? JSON.parse(value) : undefined) as T;
  }

  /** Polls `fn` until it returns something truthy, or fails after `timeoutMs`. */
  async waitFor<T>(fn: string, timeoutMs: number, context?: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(fn, context).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${fn}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.context }).catch(() => {});
  }
}
