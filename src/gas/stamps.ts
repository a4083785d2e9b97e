// Entry stamps (rulebook §3, §8): an installable on-edit trigger, running as the manager who
// installed it, records when each register and filing row first appeared, on a hidden sheet
// protected so only managers can edit it. Rows written by scripts fire no edit: no stamp, and
// they count as entered on their own date.
import type { Day } from '../engine/types';
import { readWorkbook, roleByName, isOwnSheetName } from '../table';
import { stampKey, unstamped, type StampBook } from '../table/stamps';
import type { CellDate } from './grids';
import { dayOfToday, zoneCellDate } from './grids';
import { timeZoneOf, todayIso } from './document';
import { loadSettings } from './settings';
import { effectiveEmail, isManagerEmail, managerOnlySheet } from './protect';
import { appendRows } from './sheets';

export const STAMP_SHEET = '_guishu_stamps';
const HEADER = ['key', 'enteredAt', 'sheet', 'row', 'user'];

export function readStampBook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, cellDate: CellDate): StampBook {
  const sheet = ss.getSheetByName(STAMP_SHEET);
  if (!sheet || sheet.getLastRow() < 2) return new Map();
  const values = sheet.getRange(2, 1, sheet.getLastRow() - 1, 2).getValues();
  const book = new Map<string, Day[]>();
  for (const [key, at] of values) {
    if (typeof key !== 'string' || !key) continue;
    const day = at instanceof Date ? cellDate(at).day : typeof at === 'string' ? dayFromText(at) : null;
    if (day === null) continue;
    const list = book.get(key) ?? [];
    list.push(day);
    book.set(key, list);
  }
  return book;
}

function dayFromText(s: string): Day | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  return m ? dayOfToday(m[1]) : null;
}

/** The stamp sheet, written only by a run whose effective user is a manager (the installer).
 *  An installer who has left the managers may no longer edit it: null, so the rows wait and the
 *  run says a manager should reinstall, instead of failing with Sheets' protection error. */
function stampSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  managers: readonly string[],
): GoogleAppsScript.Spreadsheet.Sheet | null {
  if (!isManagerEmail(managers, effectiveEmail())) return null;
  return managerOnlySheet(
    ss,
    STAMP_SHEET,
    managers,
    '归属：录入时间戳，仅经理可改 / Guishu entry stamps: managers only',
    (sheet) => {
      sheet.getRange(1, 1, 1, HEADER.length).setValues([HEADER]);
      sheet.hideSheet();
    },
  );
}

/** The installable on-edit handler: stamp every complete row the edit touched (a paste spans many). */
export function stampEdit(e: GoogleAppsScript.Events.SheetsOnEdit): number {
  const range = e.range;
  const sheet = range.getSheet();
  const user = e.user ? e.user.getEmail() : '';
  return stampRows(sheet, range.getRow(), range.getNumRows(), new Date(), user);
}

/** Stamps rows first..first+count-1 of a register or filing sheet as entered at `when` (an edit's
 *  own time, also for stamps written later from the waiting list). Returns how many were new;
 *  -1 when the stamp sheet does not exist and this run may not make it (not a manager's). */
export function stampRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  first: number,
  count: number,
  when: Date,
  user: string,
): number {
  const name = sheet.getName();
  if (isOwnSheetName(name) || name.startsWith('_guishu')) return 0;
  const loaded = loadSettings();
  if (!loaded.ok) return 0;
  const role = loaded.settings.roles?.[name] ?? roleByName(name);
  if (role !== 'register' && role !== 'filing') return 0;
  const ss = sheet.getParent();
  const tz = timeZoneOf(ss);
  const cellDate = zoneCellDate(tz);
  const lastColumn = sheet.getLastColumn();
  count = Math.min(count, sheet.getLastRow() - first + 1);
  if (lastColumn < 1 || count < 1) return 0;
  // The header sits in the first rows (below title rows); read them and the edited rows only.
  const headRows = Math.min(10, sheet.getLastRow(), first - 1);
  const head = headRows > 0 ? sheet.getRange(1, 1, headRows, lastColumn).getValues() : [];
  const edited = sheet.getRange(first, 1, count, lastColumn).getValues();
  const values: unknown[][] = [...head];
  while (values.length < first - 1) values.push([]);
  for (const row of edited) values.push(row);
  const asOf = dayOfToday(todayIso(tz));
  const { input } = readWorkbook([{ name, values }], {
    asOf,
    cellDate,
    roles: { [name]: role },
    mapping: loaded.settings.mapping as never,
  });
  const touched = input.events.filter(
    (ev) => ev.ref.row >= first && ev.ref.row < first + count && ev.kind !== 'confirm',
  );
  if (touched.length === 0) return 0;
  const stamps = stampSheet(ss, loaded.settings.managers);
  if (!stamps) return -1;
  const fresh = unstamped(touched, readStampBook(ss, cellDate));
  if (fresh.length === 0) return 0;
  const now = Utilities.formatDate(when, tz, "yyyy-MM-dd'T'HH:mm:ss");
  const rows = fresh.map((ev) => [stampKey(ev), now, name, String(ev.ref.row), user]);
  appendRows(stamps, rows);
  return rows.length;
}
