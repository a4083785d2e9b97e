// Sheets -> grids for the table layer: one getValues per sheet. Date cells are read in the
// spreadsheet's time zone; the zone's offset is looked up once per hour of time, not per cell.
import { dayOfIso } from '../engine/calendar';
import type { Day, Minute } from '../engine/types';
import type { SheetGrid } from '../table';

export type CellDate = (d: Date) => { day: Day; minute: Minute | null };

export function zoneCellDate(tz: string): CellDate {
  const at = (t: number): number =>
    Date.parse(`${Utilities.formatDate(new Date(t), tz, "yyyy-MM-dd'T'HH:mm:ss")}Z`) - t;
  // The zone's offset is looked up at the start and end of each UTC day; only a day on which it
  // changes (daylight saving) is looked up hour by hour. So the calls grow with the register's
  // span of days, not with its rows.
  const days = new Map<number, number | null>();
  const hours = new Map<number, number>();
  const offsetAt = (t: number): number => {
    const day = Math.floor(t / 86_400_000);
    let off = days.get(day);
    if (off === undefined) {
      const start = at(day * 86_400_000);
      off = start === at(day * 86_400_000 + 86_399_000) ? start : null;
      days.set(day, off);
    }
    if (off !== null) return off;
    const hour = Math.floor(t / 3_600_000);
    let h = hours.get(hour);
    if (h === undefined) hours.set(hour, (h = at(hour * 3_600_000)));
    return h;
  };
  return (d: Date) => {
    const wall = d.getTime() + offsetAt(d.getTime());
    const day = Math.floor(wall / 86_400_000);
    const minute = Math.floor((wall - day * 86_400_000) / 60_000);
    return { day, minute: minute === 0 ? null : minute };
  };
}

export function dayOfToday(iso: string): Day {
  const d = dayOfIso(iso);
  if (d === null) throw new Error(`bad day ${iso}`);
  return d;
}

export interface ReadSheet {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly grid: SheetGrid;
}

/** Every sheet's values, one getValues each (an empty sheet costs none). */
export function readSheets(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  skip: (name: string, sheet: GoogleAppsScript.Spreadsheet.Sheet) => boolean,
): ReadSheet[] {
  const out: ReadSheet[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (skip(name, sheet)) continue;
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    const values = rows > 0 && cols > 0 ? sheet.getRange(1, 1, rows, cols).getValues() : [];
    out.push({ sheet, grid: { name, values } });
  }
  return out;
}
