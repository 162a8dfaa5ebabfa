import { createSerialQueue } from '../storage/lock';

/**
 * Delivery of a page's writes to the background worker (what a frame shows, its only one),
 * which the browser may stop at any moment (Chrome stops an idle MV3 worker, and a stopped
 * worker drops a message sent while it goes down). Writes are sent one at a time, in the
 * order they were made, and each one is sent again until the background answers; the caller
 * shows the answer, which is what storage holds. The write is idempotent, so one that was
 * applied but whose answer was lost is safe to send again.
 */

/** The errors of a message that did not reach a running worker or lost its answer. */
const UNDELIVERED =
  /Could not establish connection|Receiving end does not exist|message port closed|message channel closed|No response|No SW|worker.*(stopp|terminat)/i;

export function isUndelivered(error: unknown): boolean {
  return error instanceof Error && UNDELIVERED.test(error.message);
}

/** Waits before each new attempt: quick at first (a stopped worker starts again in tens of ms). */
export const RETRY_DELAYS_MS: readonly number[] = [25, 50, 100, 200, 400, 800, 1_000];
/** After this many attempts the write is given up and the caller rolls back. */
export const MAX_ATTEMPTS = 40;
/**
 * An attempt not answered by then counts as undelivered: a worker stopped while it handles
 * a message can leave the sender's promise pending for good, which would hold up every
 * later write. Generous, since a worker starting on a busy machine takes seconds.
 */
export const ATTEMPT_TIMEOUT_MS = 5_000;

export class DeliveryError extends Error {
  constructor(readonly attempts: number, options: { cause: unknown }) {
    super(`Not delivered after ${attempts} attempts`, options);
    this.name = 'DeliveryError';
  }
}

export interface ReliableSenderOptions {
  delays?: readonly number[];
  maxAttempts?: number;
  wait?: (ms: number) => Promise<void>;
  /** Stops retrying for good (the extension was reloaded under this page). */
  isClosed?: () => boolean;
  attemptTimeoutMs?: number;
}

function answeredWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No response within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export type ReliableSend = <T>(attempt: () => Promise<T>) => Promise<T>;

export function createReliableSender(options: ReliableSenderOptions = {}): ReliableSend {
  const delays = options.delays ?? RETRY_DELAYS_MS;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attemptTimeoutMs = options.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS;
  const serial = createSerialQueue();

  async function deliver<T>(attempt: () => Promise<T>): Promise<T> {
    for (let n = 1; ; n++) {
      try {
        return await answeredWithin(attempt(), attemptTimeoutMs);
      } catch (error) {
        // A refused write (bad data) is final; only an undelivered one is sent again.
        if (!isUndelivered(error) || options.isClosed?.()) throw error;
        if (n >= maxAttempts) throw new DeliveryError(n, { cause: error });
        await wait(delays[Math.min(n - 1, delays.length - 1)]!);
      }
    }
  }

  return <T>(attempt: () => Promise<T>): Promise<T> => serial(() => deliver(attempt));
}
