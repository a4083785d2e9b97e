// Entry time (rulebook §3, §8): when a row reached the register. An entry stamp (add-on) or a
// 录入时间 column sets `enteredDay`; without one a row counts as entered on its own date. Rules of
// timely registration (who was first, who was on time) read it; everything else reads the date.
import { M, type Text } from './messages';
import type { Day, EventRecord } from './types';

/** The day the row was on the register: its entry day, never earlier than its own date. */
export function enteredOn(ev: EventRecord): Day {
  return ev.enteredDay !== null && ev.enteredDay > ev.day ? ev.enteredDay : ev.day;
}

/** Entered after the day it is dated (a back-dated row). */
export function backdated(ev: EventRecord): boolean {
  return ev.enteredDay !== null && ev.enteredDay > ev.day;
}

/** "row dated D was entered on E": said wherever a rule reads the entry time. */
export function enteredText(ev: EventRecord): Text {
  const e = enteredOn(ev);
  return M.enteredText(ev.day, e);
}

/** Who came first by entry time; ties by the date, then the timeline. Negative: `a` first. */
export function enteredFirst(a: EventRecord, b: EventRecord): number {
  return enteredOn(a) - enteredOn(b) || a.day - b.day;
}
