// Calendar days (rulebook §3). A Day is days since 1970-01-01; no time zone lives here:
// adapters turn sheet cells into Days once, at the edge.
import type { Day } from './types';

const MS_PER_DAY = 86_400_000;

export function dayFromYmd(year: number, month: number, date: number): Day {
  return Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

export function ymdOfDay(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const isoCache = new Map<Day, string>();

/** `2026-11-03`. Memoized: reasons name the same few hundred days again and again. */
export function isoOfDay(day: Day): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    const { year, month, date } = ymdOfDay(day);
    iso = `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

/** Parses `YYYY-MM-DD` strictly; null when it is not a real calendar day. */
export function dayOfIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The day for y-m-d, or null when the date does not exist (02-30). */
export function validDay(year: number, month: number, date: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(date)) return null;
  if (month < 1 || month > 12 || date < 1 || date > 31) return null;
  const day = dayFromYmd(year, month, date);
  const back = ymdOfDay(day);
  return back.year === year && back.month === month && back.date === date ? day : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day N calendar months later, clamped to the month's last day (rulebook §3). */
export function addMonths(day: Day, months: number): Day {
  if (months === 0) return day; // most windows are in days: no calendar work
  const { year, month, date } = ymdOfDay(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayFromYmd(y, m, Math.min(date, daysInMonth(y, m)));
}

/** A span of days or months, as the regulations state them. */
export interface Duration {
  readonly days?: number;
  readonly months?: number;
}

/** The last day a claim made on `day` holds for `span`: "N days after D" holds through D+N. */
export function endOf(day: Day, span: Duration): Day {
  return addMonths(day, span.months ?? 0) + (span.days ?? 0);
}

/** First and last day of the month holding `day`. */
export function monthOf(day: Day): { first: Day; last: Day; key: string } {
  const { year, month } = ymdOfDay(day);
  const first = dayFromYmd(year, month, 1);
  return { first, last: first + daysInMonth(year, month) - 1, key: `${pad(year, 4)}-${pad(month)}` };
}
