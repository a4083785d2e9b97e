// Every run that writes holds the document lock: a second run waits for it or says so, and
// never interleaves its writes with the first. Writes are pushed out with SpreadsheetApp.flush()
// before every release ("if you are working with a spreadsheet, you should call
// SpreadsheetApp.flush() prior to releasing the lock": docs/addon-platform.md §8). The lock is
// re-entrant within a run: a filing save that recomputes afterwards keeps the one lock.
import { NOTE, pick, type Lang } from './i18n';
import { emptyCounts, type RunCounts } from './counts';

const WAIT_MS = 30_000;
let depth = 0;

export type Locked<T> = { ok: true; value: T } | { ok: false; why: 'busy' | 'noDocument' };

/** Runs body holding the document lock (waiting up to waitMs for it). */
export function underLock<T>(body: () => T, waitMs = WAIT_MS): Locked<T> {
  if (depth > 0) {
    depth++;
    try {
      return { ok: true, value: body() };
    } finally {
      depth--;
    }
  }
  const lock = LockService.getDocumentLock();
  // No lock means no document context (a misconfigured trigger): say so rather than "busy".
  if (!lock) return { ok: false, why: 'noDocument' };
  if (!lock.tryLock(waitMs)) return { ok: false, why: 'busy' };
  depth = 1;
  try {
    return { ok: true, value: body() };
  } finally {
    depth = 0;
    // Writes are buffered: push them out before another run may read the sheet.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

export function lockNote(why: 'busy' | 'noDocument', lang: Lang): string {
  return pick(why === 'busy' ? NOTE.busy : NOTE.noDocument, lang);
}

export function withDocumentLock<T extends RunCounts>(lang: Lang, body: () => T): T | RunCounts {
  const r = underLock(body);
  return r.ok ? r.value : emptyCounts([lockNote(r.why, lang)]);
}
