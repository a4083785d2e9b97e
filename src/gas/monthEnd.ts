// 月结 YYYY-MM (rulebook §8, contract: guishuMonthEnd): each month that has ended since Guishu
// started in this document gets its snapshot once; a written month is never changed again.
import { addMonths, dayOfIso, monthOf } from '../engine/calendar';
import { monthSummary } from '../engine/month';
import type { Day } from '../engine/types';
import { monthSheetName, monthSheetValues } from '../table/monthSheet';
import type { Policy } from '../policy';
import { rejudge, type Computed } from './run';
import { props, STATE_KEYS } from './state';
import { rectangle } from './writer';
import { createFilledSheet } from './sheets';
import { timeToWrite } from './deadline';

/** Month ends stopped for lack of time; `written` were done. */
export class OutOfTime extends Error {
  constructor(readonly written: string[]) {
    super('out of time');
  }
}
import type { Settings } from './settings';

/** The months to close: from the first month Guishu ran here, through last month. */
export function monthsToClose(asOf: Day, since: string | null): string[] {
  const lastMonth = monthOf(addMonths(monthOf(asOf).first, -1));
  const start = since && dayOfIso(`${since}-01`) !== null ? (dayOfIso(`${since}-01`) as Day) : lastMonth.first;
  const out: string[] = [];
  for (let d = monthOf(start).first; d <= lastMonth.first; d = addMonths(d, 1)) out.push(monthOf(d).key);
  return out;
}

/** Writes each missing 月结 sheet; returns the names written. */
export function writeMonthEnds(c: Computed, settings: Settings, policy: Policy): string[] {
  let since = props().getProperty(STATE_KEYS.monthsFrom);
  if (!since) {
    // The first run marks where catching up starts: the month it ran in.
    since = monthOf(c.asOf).key;
    props().setProperty(STATE_KEYS.monthsFrom, since);
  }
  const written: string[] = [];
  for (const month of monthsToClose(c.asOf, since)) {
    const name = monthSheetName(month);
    if (c.catalog.byName(name)) continue;
    // Out of time: the months left are written by the next run (a month is whole or absent).
    if (!timeToWrite()) throw new OutOfTime(written);
    const last = monthOf(dayOfIso(`${month}-01`) as Day).last;
    const summary = monthSummary(rejudge(c, policy, last), policy, last);
    const values = rectangle(monthSheetValues(summary, settings.lang, true));
    // Written under a working name and renamed when complete: never a half-written 月结.
    createFilledSheet(c.catalog, name, values);
    written.push(name);
  }
  return written;
}
