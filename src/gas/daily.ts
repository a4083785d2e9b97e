// The daily trigger (contract): expiry, warnings, releases and 变更日志 come from recomputing as
// of today; the first run after a month has ended also writes that month's 月结 (catching up).
import { NOTE, pick } from './i18n';
import { recompute } from './recompute';
import { emptyCounts, type RunCounts } from './counts';
import { underLock } from './lock';
import { stampPending } from './onEdit';
import { pendingText, readPending, recordRun } from './runlog';
import { missingScopeNote, missingScopes, SCOPE } from './scopes';
import { OutOfTime, writeMonthEnds } from './monthEnd';
import { loadSettings } from './settings';
import { props, STATE_KEYS } from './state';

export interface MonthEndCounts extends RunCounts {
  snapshots: string[];
}

export function monthEnd(asOf?: string): MonthEndCounts {
  const snapshots: string[] = [];
  let failed = false;
  const loaded = loadSettings();
  const counts = recompute({
    asOf,
    after: (c, settings, notes) => {
      if (!loaded.ok) return;
      try {
        snapshots.push(...writeMonthEnds(c, settings, loaded.policy));
      } catch (e) {
        if (!(e instanceof OutOfTime)) throw e;
        snapshots.push(...e.written);
        notes.push(pick(NOTE.noTime, settings.lang));
        failed = true;
      }
      for (const s of snapshots) notes.push(pick(NOTE.monthWritten(s), settings.lang));
    },
  });
  return failed ? { ...counts, snapshots, failed } : { ...counts, snapshots };
}

/** The daily run: a successful run is recorded as the last daily run; one that did nothing is
 *  recorded as failed with its notes (issue 14 point 6). Waiting stamps are written first. */
export function daily(asOf?: string): MonthEndCounts {
  const out = monthEnd(asOf);
  if (!out.failed) props().setProperty(STATE_KEYS.lastDaily, new Date().toISOString());
  return out;
}

export function dailyTrigger(asOf?: string): MonthEndCounts {
  const loaded = loadSettings();
  const lang = loaded.ok ? loaded.settings.lang : 'zh';
  const missing = missingScopes([SCOPE.sheet]);
  if (missing.length) {
    const notes = [missingScopeNote(missing, lang)];
    recordRun('daily', false, notes);
    return { ...emptyCounts(notes), snapshots: [] };
  }
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const stamps = ss ? underLock(() => stampPending(ss), 30_000) : null;
    const out = daily(asOf);
    const left = stamps && stamps.ok ? stamps.value.left : readPending();
    const notes = left.length
      ? [...out.notes, pick(NOTE.unstamped(left.map(pendingText).join('; ')), lang)]
      : out.notes;
    recordRun('daily', !out.failed, notes);
    return { ...out, notes };
  } catch (e) {
    recordRun('daily', false, [pick(NOTE.unexpected, lang)]);
    throw e;
  }
}
