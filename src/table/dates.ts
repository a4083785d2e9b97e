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
const PART_OF_DAY = /^(?:上午|下午|中午|晚上|早上|凌晨|傍晚|白天|夜间|am|pm)$/i;

/** What follows the date: nothing, a weekday, or a time. undefined when it is something else. */
function restMinute(rest: string): Minute | null | undefined {
  const r = rest.replace(WEEKDAY, '').trim().replace(ISO_TAIL, '').trim();
  // A part of the day with no hour (2026-11-5 下午): the day, with no time to order it by.
  if (r === '' || PART_OF_DAY.test(r)) return null;
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

/** Where a month-day's year may come from besides the row itself (decide/D13). */
export interface YearFallback {
  /** The year in the sheet's name or, failing that, its title rows (来访登记 2026年12月). */
  readonly nameYear: number | null;
  readonly asOf: Day | null;
}

/** Which step of decide/D13 gave a month-day its year. */
export type YearBasis = 'name' | 'entered' | 'sheet' | 'asOf';

export const YEAR_RULE = 'decide/D13';

/** A date column's day, and for a month-day the step of decide/D13 that gave its year. */
export type YearRead = { readonly day: Day; readonly basis: YearBasis | null } | null;

/** The latest day with this month and date on or before `limit`. */
function onOrBefore(month: number, date: number, limit: Day): Day | null {
  const year = ymdOfDay(limit).year;
  for (let y = year; y >= year - 8; y--) {
    const day = validDay(y, month, date);
    if (day !== null && day <= limit) return day;
  }
  return null;
}

/**
 * decide/D13: a year-less date takes its year from, in order: the sheet's name or title; the
 * row's entry stamp (the latest such day on or before it); the year putting it nearest the
 * sheet's latest full date; else the latest such day on or before the as-of day.
 */
export function yearOf(
  month: number,
  date: number,
  fb: YearFallback,
  entered: Day | null,
  latestFull: Day | null,
): { day: Day; basis: YearBasis } | null {
  if (fb.nameYear !== null) {
    const day = validDay(fb.nameYear, month, date);
    if (day !== null) return { day, basis: 'name' };
  }
  if (entered !== null) {
    const day = onOrBefore(month, date, entered);
    if (day !== null) return { day, basis: 'entered' };
  }
  if (latestFull !== null) {
    const day = nearestYear(month, date, [latestFull]);
    if (day !== null) return { day, basis: 'sheet' };
  }
  if (fb.asOf !== null) {
    const day = onOrBefore(month, date, fb.asOf);
    if (day !== null) return { day, basis: 'asOf' };
  }
  return null;
}

/** A month-day with nothing on its sheet to go by: the name's year, else on or before as-of (decide/D13). */
export function fallbackYear(month: number, date: number, fb: YearFallback): Day | null {
  return yearOf(month, date, fb, null, null)?.day ?? null;
}

/**
 * Days for one date column of one sheet, in row order, by decide/D13; `entered` holds each row's
 * entry stamp where it has one; the sheet's latest full date is the latest in this column or in
 * `otherLatest`. Full dates stand as written; null where no year can be had.
 */
export function resolveYears(
  reads: readonly (DateRead | null)[],
  fb: YearFallback,
  entered: readonly (Day | null)[] = [],
  /** The latest full date in the sheet's other date columns (录入时间, 成交日期 …), if any. */
  otherLatest: Day | null = null,
): YearRead[] {
  let latestFull: Day | null = otherLatest;
  for (const r of reads) if (r?.t === 'day' && (latestFull === null || r.day > latestFull)) latestFull = r.day;
  return reads.map((r, i) => {
    if (r?.t === 'day') return { day: r.day, basis: null };
    if (r?.t !== 'partial') return null;
    return yearOf(r.month, r.date, fb, entered[i] ?? null, latestFull);
  });
}

/** resolveYears without the basis. */
export function resolveColumn(
  reads: readonly (DateRead | null)[],
  fb: YearFallback,
  entered?: readonly (Day | null)[],
): (Day | null)[] {
  return resolveYears(reads, fb, entered).map((r) => r?.day ?? null);
}
