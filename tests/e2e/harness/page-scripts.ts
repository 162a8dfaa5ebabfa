/**
 * Functions that run in the page, sent to it as source by either driver (Playwright's or
 * puppeteer's `evaluate`): they must be self-contained.
 */

/** Adds error lines to the clean login fixture's form, as the site's own script would. */
export function appendLoginErrors(texts: string[]): void {
  for (const text of texts) {
    const div = document.createElement('div');
    div.className = 'nfm-login-input-error-text';
    div.textContent = text;
    document.querySelector('.fm-login')!.append(div);
  }
}
