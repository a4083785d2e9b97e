// Sheets calls per run do not grow with the register (issue 6's target, docs/scale.md): own
// sheets are found from one catalogue of names and marks per run, and Date cells are read and
// compared with the zone's offsets looked up per week of dates and per daylight-saving change,
// not per cell. Each result is checked against the per-cell answer, across DST.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { zoneCellDate, zoneOffset } from '../../src/gas/grids';
import { isGuishuSheet, ownSheetFor, SheetCatalog } from '../../src/gas/ownSheets';
import { createFilledSheet } from '../../src/gas/sheets';
import { createFake, sheetFromRows, snapshot, zonedTime, type Fake } from './fake';
import { FILING_ROWS, loadAt, MANAGER, manifestScopes, registerRows, settings, STAFF_ROWS } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'gas'], { cwd: ROOT });
});

const NOW = '2026-11-30T10:00:00';

/** The register's Date cells moved to midnight of the same wall day in `tz`. */
function inZone(rows: unknown[][], tz: string): unknown[][] {
  return rows.map((r) =>
    r.map((v) => {
      if (!(v instanceof Date)) return v;
      const wall = new Date(v.getTime() + 8 * 3_600_000);
      return new Date(zonedTime(tz, wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate()));
    }),
  );
}

function office(rows: number, tz = 'Asia/Shanghai'): Fake {
  const fake = createFake({ user: MANAGER, scopes: manifestScopes(), firstSheetName: '来访登记', timeZone: tz });
  sheetFromRows(fake.spreadsheet, '来访登记', inZone(registerRows(rows), tz));
  sheetFromRows(fake.spreadsheet, '客户备案', inZone(FILING_ROWS, tz));
  sheetFromRows(fake.spreadsheet, '人员', inZone(STAFF_ROWS, tz));
  settings(fake, {});
  return fake;
}

function recomputeCounted(fake: Fake): Record<string, number> {
  fake.calls.reset();
  fake.call(loadAt(fake, NOW), 'guishuRecompute');
  return fake.calls.all();
}

describe('issue 6 / docs/scale.md: own sheets found from one catalogue per run', () => {
  test('getName and getDeveloperMetadata are called once per sheet, at 60 and at 600 rows alike', () => {
    for (const rows of [60, 600]) {
      const fake = office(rows);
      const sheets = fake.spreadsheet.getSheets().length;
      const first = recomputeCounted(fake);
      expect(first['Spreadsheet.getSheets']).toBe(1);
      expect(first['Sheet.getName']).toBeLessThanOrEqual(sheets);
      expect(first['Sheet.getDeveloperMetadata']).toBeLessThanOrEqual(sheets);
      // The second run finds its own sheets by their marks: one read of each sheet, no new sheet.
      const all = fake.spreadsheet.getSheets().length;
      const second = recomputeCounted(fake);
      expect(fake.spreadsheet.getSheets().length).toBe(all);
      expect(second['Spreadsheet.getSheets']).toBe(1);
      expect(second['Sheet.getName']).toBeLessThanOrEqual(all);
      expect(second['Sheet.getDeveloperMetadata']).toBeLessThanOrEqual(all);
      expect(second['Spreadsheet.insertSheet'] ?? 0).toBe(0);
    }
  });

  test('the catalogue follows what the run itself does: insert, mark, rename into place, delete', () => {
    const fake = office(20);
    const fresh = (c: SheetCatalog) => new SheetCatalog(c.ss).entries().map((e) => [e.name, e.mark, isGuishuSheet(e)]);
    const seen = (c: SheetCatalog) => c.entries().map((e) => [e.name, e.mark, isGuishuSheet(e)]);
    fake.run(() => {
      const ss = fake.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
      // a working sheet left by a killed run, and a manager's sheet under an own sheet's name
      ss.insertSheet('_guishu_writing 月结 2026-10');
      ss.insertSheet('问题');
      const catalog = new SheetCatalog(ss);
      expect(seen(catalog)).toEqual(fresh(catalog));
      const made = ownSheetFor(catalog, '问题');
      expect(made.created).toBe(true);
      expect(made.sheet.getName()).toBe('问题 (归属)');
      expect(seen(catalog)).toEqual(fresh(catalog));
      expect(ownSheetFor(catalog, '问题').created).toBe(false);
      createFilledSheet(catalog, '月结 2026-10', [['月份'], ['2026-10']]);
      expect(seen(catalog)).toEqual(fresh(catalog));
      expect(catalog.byName('_guishu_writing 月结 2026-10')).toBeNull();
      expect(catalog.byName('月结 2026-10')).not.toBeNull();
      // a write that fails removes the half-made sheet from the document and from the catalogue
      fake.calls.failOn('Range.setValues');
      expect(() => createFilledSheet(catalog, '月结 2026-11', [['月份'], ['2026-11']])).toThrow();
      expect(seen(catalog)).toEqual(fresh(catalog));
      // a sheet met through another Sheet object (Apps Script hands out new ones) is found by id
      const again = ss.getSheetByName('问题 (归属)')!;
      catalog.removed(again);
      ss.deleteSheet(again);
      expect(seen(catalog)).toEqual(fresh(catalog));
      expect(catalog.byName('问题 (归属)')).toBeNull();
    });
  });

  test('a month end writes each 月结 once, renamed into place, with own sheets found by mark', () => {
    const fake = office(40);
    fake.properties.document.map.set('guishu.monthsFrom', '2026-09');
    fake.call(loadAt(fake, NOW), 'guishuMonthEnd');
    const names = fake.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.filter((n) => n.startsWith('月结'))).toEqual(['月结 2026-09', '月结 2026-10']);
    expect(names.some((n) => n.startsWith('_guishu_writing'))).toBe(false);
    fake.call(loadAt(fake, NOW), 'guishuMonthEnd');
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(names);
  });
});

describe('issue 6 / docs/scale.md: Date cells without a formatDate per cell, right across DST', () => {
  const ZONES = [
    'America/New_York',
    'Europe/London',
    'Australia/Lord_Howe', // a half-hour change
    'Africa/Casablanca', // an hour off during Ramadan
    'America/Sao_Paulo', // kept DST until 2019
    'America/Boa_Vista', // October 2000: DST began, and was abolished a week later
    'Asia/Shanghai',
  ];

  test.each(ZONES)('%s: every instant reads as formatDate reads it, the changes to the second', (tz) => {
    const fake = createFake({ timeZone: tz });
    (globalThis as Record<string, unknown>).Utilities = fake.globals.Utilities;
    // formatDate shows whole seconds: the offset of an instant is that of its second
    const direct = (t: number) => {
      const s = Math.floor(t / 1000) * 1000;
      return Date.parse(`${fake.globals.Utilities.formatDate(new Date(s), tz, "yyyy-MM-dd'T'HH:mm:ss")}Z`) - s;
    };
    const offset = zoneOffset(tz);
    const instants: number[] = [];
    // every midnight of 1999-2001 and 2018-2027, and the seconds either side of each change (found hour by
    // hour, minute by minute, second by second: the test does not share the code's halving)
    const step = (from: number, to: number, by: number) => {
      for (let t = from; t < to; t += by) if (direct(t) !== direct(t + by)) return t;
      return null;
    };
    for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      if (t === Date.UTC(2002, 0, 1)) t = Date.UTC(2018, 0, 1);
      const d = new Date(t);
      instants.push(zonedTime(tz, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), t + 43_210_500);
      if (direct(t) === direct(t + 86_400_000)) continue;
      const hour = step(t, t + 86_400_000, 3_600_000) as number;
      const minute = step(hour, hour + 3_600_000, 60_000) as number;
      const second = step(minute, minute + 60_000, 1000) as number;
      instants.push(second - 1000, second, second + 1000, second + 1999, second + 2000);
    }
    for (const t of instants) expect([t, offset(t)]).toEqual([t, direct(t)]);
  });

  test('America/New_York: two years of dates cost a formatDate per 4 days and ~20 per change, not per date', () => {
    const fake = createFake({ timeZone: 'America/New_York' });
    (globalThis as Record<string, unknown>).Utilities = fake.globals.Utilities;
    fake.calls.reset();
    const read = zoneCellDate('America/New_York');
    const days: string[] = [];
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const midnight = zonedTime('America/New_York', d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      for (let k = 0; k < 3; k++) {
        const cell = read(new Date(midnight));
        days.push(new Date(cell.day * 86_400_000).toISOString().slice(0, 10));
        expect(cell.minute).toBeNull();
      }
      expect(days[days.length - 1]).toBe(d.toISOString().slice(0, 10));
    }
    // 183 spans of 4 days and four DST changes, each halved to the second (19 calls)
    expect(fake.calls.get('Utilities.formatDate')).toBeLessThanOrEqual(184 + 4 * 20);
    // the same reader for the whole execution: the comparison adds no calls
    const before = fake.calls.get('Utilities.formatDate');
    zoneCellDate('America/New_York')(new Date(Date.UTC(2026, 5, 1, 4)));
    expect(fake.calls.get('Utilities.formatDate')).toBe(before);
  });

  test('a New York register across the November change: the same rows at 60 and 600 rows cost the same formatDate calls; a second run writes nothing', () => {
    const counts: number[] = [];
    for (const rows of [60, 600]) {
      const fake = office(rows, 'America/New_York');
      const first = recomputeCounted(fake);
      counts.push(first['Utilities.formatDate'] ?? 0);
      const after = snapshot(fake.spreadsheet);
      const second = recomputeCounted(fake);
      // Every Date cell Guishu wrote (as text, stored as a date) compares equal to what it would
      // write again, on both sides of 2026-11-01 when New York moves from UTC-4 to UTC-5.
      expect(fake.cellsWritten).toBe(0);
      expect(snapshot(fake.spreadsheet)).toEqual(after);
      expect(second['Range.setValues'] ?? 0).toBe(0);
    }
    // The register spans Sep-Nov 2026 (about 23 spans of 4 days, one change) plus today's date.
    expect(counts[0]).toBeLessThanOrEqual(60);
    expect(counts[1]).toBeLessThanOrEqual(counts[0] + 4);
  });
});
