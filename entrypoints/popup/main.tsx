// The popup's entry: the first view's reads, started by the head script (popup-reads.ts), then the app.
import { takeFirstViewReads } from '../../lib/storage/first-view-reads';
import { start } from './app';

void start(takeFirstViewReads(location.search));
