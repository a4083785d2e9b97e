import {
  fallbackYear,
  nearestYear,
  readDate,
  readTime,
  readTimeText,
  resolveColumn,
  utcCellDate,
} from '../../src/table/dates';
import { day, utc } from './helpers';

const read = (v: unknown) => readDate(v, utcCellDate);

describe('readDate', () => {
  it.each([
    ['2026-11-03', '2026-11-03'],
    ['2026/11/3', '2026-11-03'],
    ['2026年11月3日', '2026-11-03'],
    ['2026.11.03', '2026-11-03'],
    ['2026-11-03 ', '2026-11-03'],
    ['２０２６年１１月３日', '2026-11-03'],
    ['２０２６－１１－０３', '2026-11-03'],
    ['2026年11月3号', '2026-11-03'],
    ['2026-11-03 周二', '2026-11-03'],
    ['2026-11-03（星期二）', '2026-11-03'],
    ['20261103', '2026-11-03'],
  ])('reads %p as a full date', (text, iso) => {
    expect(read(text)).toEqual({ t: 'day', day: day(iso), minute: null });
  });

  it('reads the time written after the date', () => {
    expect(read('2026-11-03 14:30')).toEqual({ t: 'day', day: day('2026-11-03'), minute: 14 * 60 + 30 });
    expect(read('2026-11-03T09:05:00')).toEqual({ t: 'day', day: day('2026-11-03'), minute: 9 * 60 + 5 });
    expect(read('2026年11月3日 下午2点')).toEqual({ t: 'day', day: day('2026-11-03'), minute: 14 * 60 });
    expect(read('2026/11/3 14点30分')).toEqual({ t: 'day', day: day('2026-11-03'), minute: 14 * 60 + 30 });
  });

  it('issue 12 (outside registers): a part of the day without an hour keeps the date, with no time', () => {
    expect(read('2026-11-5 下午')).toEqual({ t: 'day', day: day('2026-11-05'), minute: null });
    expect(read('2026年11月5日上午')).toEqual({ t: 'day', day: day('2026-11-05'), minute: null });
    expect(read('11月5日 晚上')).toEqual({ t: 'partial', month: 11, date: 5, minute: null });
    // Anything else after the date is still not a date.
    expect(read('2026-11-05 待定')).toEqual({ t: 'bad' });
  });

  it('keeps month-days without a year as partial', () => {
    expect(read('11月3日')).toEqual({ t: 'partial', month: 11, date: 3, minute: null });
    expect(read('11/3')).toEqual({ t: 'partial', month: 11, date: 3, minute: null });
    expect(read('１１月３日')).toEqual({ t: 'partial', month: 11, date: 3, minute: null });
    expect(read('11月3日 9:00')).toEqual({ t: 'partial', month: 11, date: 3, minute: 540 });
    expect(read('2月29日')).toEqual({ t: 'partial', month: 2, date: 29, minute: null });
  });

  it('reads Date cells through cellDate, with the time when there is one', () => {
    expect(read(utc('2026-11-03'))).toEqual({ t: 'day', day: day('2026-11-03'), minute: null });
    expect(read(utc('2026-11-03T14:30:00'))).toEqual({ t: 'day', day: day('2026-11-03'), minute: 870 });
    const shifted = readDate(new Date(0), () => ({ day: 42, minute: 7 }));
    expect(shifted).toEqual({ t: 'day', day: 42, minute: 7 });
  });

  it('reads serial numbers, with the fraction as the time', () => {
    // 46329 is 2026-11-03 in Excel / Sheets serials.
    expect(read(46329)).toEqual({ t: 'day', day: day('2026-11-03'), minute: null });
    expect(read(46329.5)).toEqual({ t: 'day', day: day('2026-11-03'), minute: 720 });
    expect(read('46329')).toEqual({ t: 'day', day: day('2026-11-03'), minute: null });
    expect(read(20261103)).toEqual({ t: 'day', day: day('2026-11-03'), minute: null });
  });

  it('returns null for blanks and bad for what is not a date', () => {
    expect(read('')).toBeNull();
    expect(read('  ')).toBeNull();
    for (const bad of ['abc', '2026-02-30', '13月1日', '11/31', '12/25/2026', 123, 'next week', new Date(NaN), true]) {
      expect(read(bad)).toEqual({ t: 'bad' });
    }
  });
});

describe('readTime', () => {
  it.each([
    ['14:30', 870],
    ['9:05', 545],
    ['14:30:59', 870],
    ['14点30分', 870],
    ['14点', 840],
    ['14时30分', 870],
    ['14点半', 870],
    ['下午2点', 840],
    ['上午10:15', 615],
    ['2:30pm', 870],
    ['１４：３０', 870],
  ])('reads %p', (text, minute) => {
    expect(readTimeText(text)).toBe(minute);
    expect(readTime(text, utcCellDate)).toBe(minute);
  });

  it('reads fractions of a day and time-only Date cells', () => {
    expect(readTime(0.5, utcCellDate)).toBe(720);
    expect(readTime(0.6041666666, utcCellDate)).toBe(870);
    expect(readTime(new Date(Date.UTC(1899, 11, 30, 14, 30)), utcCellDate)).toBe(870);
    expect(readTime(46329.25, utcCellDate)).toBe(360);
    expect(readTime('2026-11-03 14:30', utcCellDate)).toBe(870);
  });

  it('tells blank from unreadable', () => {
    expect(readTime('', utcCellDate)).toBeNull();
    expect(readTime('25:00', utcCellDate)).toBeUndefined();
    expect(readTime('afternoon', utcCellDate)).toBeUndefined();
    expect(readTime(5, utcCellDate)).toBeUndefined();
  });
});

describe('years for month-days', () => {
  it('takes the year closest to the reference days, across a year boundary', () => {
    expect(nearestYear(1, 3, [day('2025-12-28')])).toBe(day('2026-01-03'));
    expect(nearestYear(12, 30, [day('2026-01-02')])).toBe(day('2025-12-30'));
    expect(nearestYear(11, 3, [day('2026-10-30'), day('2026-11-05')])).toBe(day('2026-11-03'));
  });

  it('falls back to the sheet name year, then to as-of', () => {
    expect(fallbackYear(11, 3, { nameYear: 2025, asOf: day('2026-11-30') })).toBe(day('2025-11-03'));
    expect(fallbackYear(11, 3, { nameYear: null, asOf: day('2026-11-30') })).toBe(day('2026-11-03'));
    // A register does not run a year ahead: December seen in January is last December.
    expect(fallbackYear(12, 20, { nameYear: null, asOf: day('2027-01-05') })).toBe(day('2026-12-20'));
    expect(fallbackYear(11, 3, { nameYear: null, asOf: null })).toBeNull();
  });

  it('resolves a column by decide/D13 (the sheet’s latest full date when nothing comes before it)', () => {
    const col = [read('2025-12-28'), read('12月30日'), read('1月3日'), read('2026-01-05'), null, read('bad')];
    const fb = { nameYear: null, asOf: null };
    expect(resolveColumn(col, fb)).toEqual([
      day('2025-12-28'),
      day('2025-12-30'),
      day('2026-01-03'),
      day('2026-01-05'),
      null,
      null,
    ]);
    // Only rows below: the sheet's latest full date decides.
    expect(resolveColumn([read('12月31日'), read('2026-01-02')], fb)).toEqual([day('2025-12-31'), day('2026-01-02')]);
  });
});
