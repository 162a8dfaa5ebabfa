import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstViewReads } from '../lib/storage/first-view-reads';

// A classic script in the popup's head: the first view's reads start while the page is parsed.
export default defineUnlistedScript(() => startFirstViewReads(location.search));
