import { isOwnHost } from '../content/host-tags';
import { isAuthPage } from '../detect/classify';

/**
 * Finds the form fields of login, recovery and anti-bot pages for the inline hints. It runs
 * in the page UI, which such pages load at once (and an in-page navigation to one loads),
 * rather than in the every-page content script: no other page needs it, and the content
 * script's size is budgeted. Reads the document once when the page is, or becomes, such a
 * page; after that only the nodes each batch adds. A field may be reported more than once:
 * the hints keep a set.
 */
export function watchLoginFields(doc: Document, found: (inputs: HTMLInputElement[]) => void): () => void {
  let address = '';
  let formPage = false;
  /** Whether this is a login page now; on becoming one, every field already there is reported. */
  const followAddress = (): boolean => {
    if (doc.location.href === address) return formPage;
    address = doc.location.href;
    const was = formPage;
    formPage = isAuthPage(address);
    if (formPage && !was) found([...doc.getElementsByTagName('input')]);
    return formPage;
  };
  const observer = new MutationObserver((records) => {
    if (!followAddress()) return;
    const inputs: HTMLInputElement[] = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.tagName === 'INPUT') inputs.push(el as HTMLInputElement);
        // Most added subtrees hold no field (a list's rows, a price): one look that stops at
        // the first field, and no collection kept on the node (a live one is cached per node).
        else if (el.firstElementChild && !isOwnHost(el) && el.querySelector('input')) inputs.push(...el.querySelectorAll('input'));
      }
    }
    if (inputs.length > 0) found(inputs);
  });
  followAddress();
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
