import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { takeFirstViewReads } from '../lib/storage/first-view-reads';
import { start } from './popup/app';

// The popup's app: one classic script at the end of the popup's body (entrypoints/popup/index.html),
// fetched and run as the page is parsed. As module chunks (the popup's own, the one it shared with the
// composer, and a stylesheet) it waited for their fetches after the parse: 3-6 ms more at p50 (issue 20).
export default defineUnlistedScript(() => void start(takeFirstViewReads(location.search)));
