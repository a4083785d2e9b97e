// The daily trigger (contract): expiry, warnings, releases and 变更日志 come from recomputing as
// of today; the first run after a month has ended also writes that month's 月结 (catching up).
import { NOTE, pick } from './i18n';
import { recompute } from './recompute';
import type { RunCounts } from './counts';
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

export function daily(asOf?: string): MonthEndCounts {
  const out = monthEnd(asOf);
  props().setProperty(STATE_KEYS.lastDaily, new Date().toISOString());
  return out;
}
