/**
 * Runs in every frame before the page's own scripts (both browsers): records when the
 * first panel host appears, so a suite can measure banner-to-panel time inside the page.
 * Self-contained on purpose: Firefox receives it as source text.
 */
export const PANEL_CLOCK = () => {
  const w = window as unknown as { __panelAt?: number };
  new MutationObserver((_records, observer) => {
    if (document.querySelector('ali-lock-guide')) {
      w.__panelAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};
