// The popup's entry: the first view's reads start first (first-view-reads.ts), then the app.
import { firstViewReads } from './first-view-reads';
import { start } from './app';

void start(firstViewReads);
