// Every run that writes holds the document lock: a second run waits for it or says so, and
// never interleaves its writes with the first.
import { NOTE, pick, type Lang } from './i18n';
import { emptyCounts, type RunCounts } from './counts';

const WAIT_MS = 30_000;

export function withDocumentLock<T extends RunCounts>(lang: Lang, body: () => T): T | RunCounts {
  const lock = LockService.getDocumentLock();
  // No lock means no document context (a misconfigured trigger): say so rather than "busy".
  if (!lock) return emptyCounts([pick(NOTE.noDocument, lang)]);
  if (!lock.tryLock(WAIT_MS)) return emptyCounts([pick(NOTE.busy, lang)]);
  try {
    return body();
  } finally {
    // Writes are buffered: push them out before another run may read the sheet.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
