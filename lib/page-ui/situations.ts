import type { Kind } from '../detect/kinds';
import type { Banner } from '../detect/tracker';
import type { PageFacts } from '../explain/guide';
import type { PagesByKind } from '../explain/situation';

/**
 * The one place a frame decides what the page offers around each shown banner (its
 * situation, lib/explain/situation.ts). The panel draws from it and the report to the background
 * carries it, so the popup tells the same story as the panel. Facts are read when a kind's
 * banner first shows and kept while the kind stays shown: a banner the page re-renders
 * keeps them (and its panel keeps what it says), only the interception's variant follows
 * the banner (a slide that failed after load).
 */
export function createPageSituations(read: (banner: Banner) => PageFacts) {
  const known = new Map<Kind, PageFacts>();
  return {
    pageOf(banner: Banner): PageFacts {
      const before = known.get(banner.kind);
      const page = before ? (before.captchaVariant === banner.captchaVariant ? before : { ...before, captchaVariant: banner.captchaVariant }) : read(banner);
      known.set(banner.kind, page);
      return page;
    },
    /** Forgets the kinds no longer shown: shown again, their page is read again. */
    keepOnly(kinds: ReadonlySet<Kind>): void {
      for (const kind of [...known.keys()]) if (!kinds.has(kind)) known.delete(kind);
    },
    /** What the page offers for each of these kinds, as decided (for the report). */
    pagesOf(kinds: readonly Kind[]): PagesByKind {
      const out: PagesByKind = {};
      for (const kind of kinds) {
        const page = known.get(kind);
        if (page) out[kind] = page;
      }
      return out;
    },
  };
}

export type PageSituations = ReturnType<typeof createPageSituations>;
