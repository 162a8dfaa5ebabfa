import type { Kind } from '../detect/kinds';
import type { Banner } from '../detect/tracker';

/** A mounted panel, as much as deciding its fate needs: where it is and what it shows. */
export interface PanelPosition {
  anchor: Element;
  /** The element whose words are quoted: the interception's message line, else the anchor. */
  message: Element;
  captchaVariant?: Banner['captchaVariant'];
  /** The page took its host out, or it waits to be placed again (placement-guard.ts): it follows its banner anew. */
  displaced?: boolean;
}

export interface PanelPlan {
  /** Their banner went away, or the user closed the panel for it. */
  remove: Kind[];
  /** A re-rendered banner, an interception that changed under it, or a host the page took out: the same panel follows. */
  follow: Kind[];
  /** New banners that get a panel. */
  mount: Kind[];
}

/**
 * Decides, on each sync, which panels go, which follow their banner and which are new; it
 * remembers the banners the user closed a panel for. A banner the page re-renders (a new
 * element of the same kind in place of one that left the document) keeps its panel, moved
 * to the new element, and a closed panel stays closed across the re-render.
 */
export function createPanelSync() {
  const closedFor = new WeakSet<Element>();
  /** Each kind's banner element at the last sync, to tell a re-render from a new banner. */
  let previous = new Map<Kind, Element>();

  return {
    closed(anchor: Element): void {
      closedFor.add(anchor);
    },
    plan(mounted: ReadonlyMap<Kind, PanelPosition>, banners: ReadonlyMap<Kind, Banner>): PanelPlan {
      for (const banner of banners.values()) {
        const before = previous.get(banner.kind);
        if (before && before !== banner.anchor && !before.isConnected && closedFor.has(before)) closedFor.add(banner.anchor);
      }
      previous = new Map([...banners].map(([kind, banner]) => [kind, banner.anchor]));

      const plan: PanelPlan = { remove: [], follow: [], mount: [] };
      for (const [kind, panel] of mounted) {
        const banner = banners.get(kind);
        if (!banner || closedFor.has(banner.anchor)) plan.remove.push(kind);
        else if (panel.displaced || banner.anchor !== panel.anchor || (banner.message ?? banner.anchor) !== panel.message || banner.captchaVariant !== panel.captchaVariant) plan.follow.push(kind);
      }
      for (const banner of banners.values()) {
        if (!mounted.has(banner.kind) && !closedFor.has(banner.anchor)) plan.mount.push(banner.kind);
      }
      return plan;
    },
    /** Every panel was taken away: the next sync starts afresh (closed banners stay closed). */
    reset(): void {
      previous = new Map();
    },
  };
}
