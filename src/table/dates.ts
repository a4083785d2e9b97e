// Date and time cells -> calendar days and minutes (rulebook §3). Dates are days as the sheet
// shows them: a Date cell goes through the injected cellDate, never through a time-zone shift.
import { validDay, ymdOfDay } from '../engine/calendar';
import type { Day, Minute } from '../engine/types';
import { halfWidth, isBlankCell } from './text';

export type CellDate = (d: Date) => { day: Day; minute: Minute | null };

/** A date cell, read: a full day, a month-day still needing its year, or unreadable. */
export type DateRead =
  | { readonly t: 'day'; readonly day: Day; readonly minute: Minute | null }
  | { readonly t: 'partial'; readonly month: number; readonly date: number; readonly minute: Minute | null }
  | { readonly t: 'bad' };

/** A date cell that did read, with or without its year. */
export type GoodDate = Exclude<DateRead, { readonly t: 'bad' }>;

const MS_PER_DAY = 86_400_000;
const BAD: DateRead = { t: 'bad' };

/** Default cellDate: the Date's UTC fields; no minute when the time is exactly 00:00. */
export function utcCellDate(d: Date): { day: Day; minute: Minute | null } {
  const t = d.getTime();
  const day = Math.floor(t / MS_PER_DAY);
  const minute = Math.floor((t - day * MS_PER_DAY) / 60_000);
  return { day, minute: minute === 0 ? null : minute };
}

// Excel / Sheets serial numbers: days since 1899-12-30; 25569 is 1970-01-01.
const SERIAL_EPOCH = 25569;
const SERIAL_MIN = 20000; // 1954
const SERIAL_MAX = 80000; // 2119

function fromSerial(n: number): DateRead {
  const whole = Math.floor(n);
  const minute = Math.min(1439, Math.round((n - whole) * 1440));
  return { t: 'day', day: whole - SERIAL_EPOCH, minute: minute === 0 ? null : minute };
}

function fromYyyymmdd(n: number): DateRead {
  const day = validDay(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  return day === null ? BAD : { t: 'day', day, minute: null };
}

function fromNumber(n: number): DateRead {
  if (!Number.isFinite(n)) return BAD;
  if (n >= SERIAL_MIN && n < SERIAL_MAX) return fromSerial(n);
  if (Number.isInteger(n) && n >= 19000101 && n <= 29991231) return fromYyyymmdd(n);
  return BAD;
}

const FULL = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(.*)$/;
const PARTIAL = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(.*)$/;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;
const YMD_TEXT = /^\d{8}$/;
const WEEKDAY = /[(]?(?:周|星期|礼拜)[一二三四五六日天七][)]?/g;
const ISO_TAIL = /^t|(?:z|[+-]\d{2}:?\d{2})$/gi;

/** What follows the date: nothing, a weekday, or a time. undefined when it is something else. */
function restMinute(rest: string): Minute | null | undefined {
  const r = rest.replace(WEEKDAY, '').trim().replace(ISO_TAIL, '').trim();
  if (r === '') return null;
  return readTimeText(r);
}

function fromText(raw: string): DateRead {
  const s = halfWidth(raw).trim();
  let m = FULL.exec(s);
  if (m) {
    const minute = restMinute(m[4] ?? '');
    const day = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return day === null || minute === undefined ? BAD : { t: 'day', day, minute };
  }
  m = PARTIAL.exec(s);
  if (m) {
    const month = Number(m[1]);
    const date = Number(m[2]);
    const minute = restMinute(m[3] ?? '');
    // 2000 is a leap year, so 2月29日 stays possible until its year is known.
    if (minute === undefined || validDay(2000, month, date) === null) return BAD;
    return { t: 'partial', month, date, minute };
  }
  if (SERIAL_TEXT.test(s)) return fromNumber(Number(s));
  if (YMD_TEXT.test(s)) return fromYyyymmdd(Number(s));
  return BAD;
}

/** A date cell; null when blank. Error cells are the caller's to report first. */
export function readDate(v: unknown, cellDate: CellDate): DateRead | null {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return BAD;
    const { day, minute } = cellDate(v);
    return { t: 'day', day, minute };
  }
  if (typeof v === 'number') return fromNumber(v);
  if (isBlankCell(v)) return null;
  if (typeof v === 'string') return fromText(v);
  return BAD;
}

const TIME =
  /^(上午|下午|晚上|中午|早上|凌晨|傍晚|早|晚|am|pm)?(\d{1,2})(?::(\d{1,2})(?::\d{1,2}(?:\.\d+)?)?|[点时](?:(\d{1,2})分?|(半))?)(am|pm)?$/i;
const SPACES = /\s+/g;
const AFTERNOON = /^(下午|晚上|傍晚|晚|pm)$/i;
const MORNING = /^(上午|早上|凌晨|早|am)$/i;

/** '14:30', '14:30:00', '14点30分', '14点半', '下午2点', '2:30pm'; undefined when not a time. */
export function readTimeText(raw: string): Minute | undefined {
  const m = TIME.exec(halfWidth(raw).replace(SPACES, ''));
  if (!m) return undefined;
  let hour = Number(m[2]);
  const minute = m[5] ? 30 : Number(m[3] ?? m[4] ?? 0);
  const half = m[1] ?? m[6] ?? '';
  if (AFTERNOON.test(half) && hour < 12) hour += 12;
  else if (half === '中午' && hour < 11) hour += 12;
  else if (MORNING.test(half) && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return hour * 60 + minute;
}

/** A time cell (a Date at 1899-12-30, a fraction of a day, or text); null blank, undefined unreadable. */
export function readTime(v: unknown, cellDate: CellDate): Minute | null | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : cellDate(v).minute;
  if (typeof v === 'number') {
    if (v >= 0 && v < 1) return Math.min(1439, Math.round(v * 1440));
    if (v >= SERIAL_MIN && v < SERIAL_MAX) {
      const d = fromSerial(v);
      return d.t === 'day' ? d.minute : undefined;
    }
    return undefined;
  }
  if (isBlankCell(v)) return null;
  if (typeof v !== 'string') return undefined;
  const t = readTimeText(v);
  if (t !== undefined) return t;
  const d = fromText(v);
  return d.t === 'bad' ? undefined : d.minute;
}

/** The month-day in the year that puts it closest to the reference days (sum of distances). */
export function nearestYear(month: number, date: number, refs: readonly Day[]): Day | null {
  let best: Day | null = null;
  let bestCost = Infinity;
  for (const ref of refs) {
    const year = ymdOfDay(ref).year;
    for (let y = year - 1; y <= year + 1; y++) {
      const day = validDay(y, month, date);
      if (day === null) continue;
      let cost = 0;
      for (const r of refs) cost += Math.abs(day - r);
      if (cost < bestCost) {
        best = day;
        bestCost = cost;
      }
    }
  }
  return best;
}

/** Where a month-day's year comes from when the sheet has no full date to go by. */
export interface YearFallback {
  /** The year in the sheet's name. */
  readonly nameYear: number | null;
  readonly asOf: Day | null;
}

/** Registers record what happened: a month-day more than a month past as-of is last year's. */
const AHEAD_DAYS = 31;

export function fallbackYear(month: number, date: number, fb: YearFallback): Day | null {
  if (fb.nameYear !== null) return validDay(fb.nameYear, month, date);
  if (fb.asOf === null) return null;
  const year = ymdOfDay(fb.asOf).year;
  const day = validDay(year, month, date);
  if (day !== null && day <= fb.asOf + AHEAD_DAYS) return day;
  return validDay(year - 1, month, date) ?? day;
}

/**
 * Days for one date column, in row order: month-days take the year that puts them closest to
 * the nearest full dates above and below, else the fallback; null where none can be had.
 */
export function resolveColumn(reads: readonly (DateRead | null)[], fb: YearFallback): (Day | null)[] {
  const out: (Day | null)[] = new Array<Day | null>(reads.length).fill(null);
  const above: (Day | null)[] = new Array<Day | null>(reads.length).fill(null);
  let last: Day | null = null;
  for (let i = 0; i < reads.length; i++) {
    const r = reads[i];
    above[i] = last;
    if (r?.t === 'day') {
      out[i] = r.day;
      last = r.day;
    }
  }
  let next: Day | null = null;
  for (let i = reads.length - 1; i >= 0; i--) {
    const r = reads[i];
    if (r?.t === 'day') next = r.day;
    else if (r?.t === 'partial') {
      const refs: Day[] = [];
      const a = above[i];
      if (a !== null && a !== undefined) refs.push(a);
      if (next !== null) refs.push(next);
      out[i] = refs.length > 0 ? nearestYear(r.month, r.date, refs) : fallbackYear(r.month, r.date, fb);
    }
  }
  return out;
}
