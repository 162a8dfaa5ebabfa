/**
 * How a panel is put back after the page took it out. Some pages write their form back as
 * it was whenever anything is added to it (a "restore on tamper" script, a framework that
 * drops foreign children and renders its banner anew): each time we place our host next to
 * the new banner, the page restores, and we follow again, inside one microtask checkpoint
 * when the page restores synchronously. Both sides would loop forever.
 *
 * So each kind's placements are judged by what the page did with the last one:
 * - a host the page took out once is placed next to the banner again (a page may render its
 *   form anew once for reasons of its own);
 * - taken out again soon after, the panel becomes a fixed card at the end of the body,
 *   outside the container that rejects it, where such pages leave it alone;
 * - taken out there too, it is placed again only after a wait that doubles each time.
 * Rejections further apart than REJECTION_MEMORY_MS start the count again.
 */

export const REJECTION_MEMORY_MS = 10_000;
/**
 * The first wait once the fixed card is rejected too; it doubles up to MAX_WAIT_MS, which
 * stays under REJECTION_MEMORY_MS so that a page that keeps rejecting is never forgiven.
 */
export const FIRST_WAIT_MS = 1_000;
export const MAX_WAIT_MS = 8_000;

/** Where a host goes now: inline next to its banner, as a fixed card, or not yet (wait `waitMs`). */
export interface PlacementDecision {
  fixed: boolean;
  waitMs: number;
}

interface KindRecord {
  rejections: number;
  lastRejection: number;
  lastPlaced: number;
}

export class PlacementGuard<K> {
  readonly #records = new Map<K, KindRecord>();
  readonly #now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  #record(key: K): KindRecord {
    let record = this.#records.get(key);
    if (!record) this.#records.set(key, (record = { rejections: 0, lastRejection: -Infinity, lastPlaced: -Infinity }));
    return record;
  }

  /** The page took out a host we had placed (we did not remove it ourselves). */
  rejected(key: K): void {
    const record = this.#record(key);
    const now = this.#now();
    record.rejections = now - record.lastRejection > REJECTION_MEMORY_MS ? 1 : record.rejections + 1;
    record.lastRejection = now;
  }

  /** Where the host of `key` goes if it is placed now. */
  decide(key: K): PlacementDecision {
    const { rejections, lastRejection, lastPlaced } = this.#record(key);
    const now = this.#now();
    if (rejections < 2 || now - lastRejection > REJECTION_MEMORY_MS) return { fixed: false, waitMs: 0 };
    if (rejections === 2) return { fixed: true, waitMs: 0 };
    const wait = Math.min(FIRST_WAIT_MS * 2 ** (rejections - 3), MAX_WAIT_MS);
    return { fixed: true, waitMs: Math.max(0, lastPlaced + wait - now) };
  }

  /** The host of `key` was put into the page now. */
  placed(key: K): void {
    this.#record(key).lastPlaced = this.#now();
  }
}
