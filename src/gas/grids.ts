// Sheets -> grids for the table layer: one getValues per sheet. Date cells are read in the
// spreadsheet's time zone; its offset is looked up per 4 days of dates and per change, not per cell.
import { dayOfIso } from '../engine/calendar';
import type { Day, Minute } from '../engine/types';
import type { SheetGrid } from '../table';
import type { SheetCatalog, SheetEntry } from './ownSheets';

export type CellDate = (d: Date) => { day: Day; minute: Minute | null };

const SECOND = 1000;
const SPAN = 4 * 86_400_000;

/**
 * The zone's offset (wall clock minus UTC, in ms) at any instant, from few formatDate calls. The
 * offset is read at the start of each 4-day span that holds a date (spans counted from the epoch,
 * ends shared by neighbours); where the two ends of a span agree, the whole span has that offset.
 * No zone changes its offset twice within 4 days: over 1990-2040, sampled daily, the closest two
 * changes of any zone Node knows are about a week apart (America/Boa_Vista, America/Noronha and
 * America/Recife, October 2000: daylight saving started, then was abolished), so agreeing ends
 * mean no change. Where they differ, the instant of the change is found by halving the span to
 * the second (about 18 calls, once per change: twice a year where daylight saving is kept). A
 * span whose middle shows a third offset is not trusted: its instants are looked up one by one.
 * So the calls grow with the register's span of dates and its changes, not with its rows.
 */
export function zoneOffset(tz: string): (t: number) => number {
  const at = (t: number): number =>
    Date.parse(`${Utilities.formatDate(new Date(t), tz, "yyyy-MM-dd'T'HH:mm:ss")}Z`) - t;
  const edges = new Map<number, number>();
  const edge = (k: number): number => {
    let o = edges.get(k);
    if (o === undefined) edges.set(k, (o = at(k * SPAN)));
    return o;
  };
  // span -> the first second with the later offset; NaN: a span not trusted (looked up per instant)
  const changes = new Map<number, number>();
  const exact = new Map<number, number>();
  return (t: number): number => {
    const k = Math.floor(t / SPAN);
    const a = edge(k);
    const b = edge(k + 1);
    if (a === b) return a;
    let change = changes.get(k);
    if (change === undefined) {
      let lo = k * SPAN;
      let hi = lo + SPAN;
      while (hi - lo > SECOND) {
        const mid = lo + Math.floor((hi - lo) / 2 / SECOND) * SECOND;
        const o = at(mid);
        if (o === a) lo = mid;
        else if (o === b) hi = mid;
        else {
          hi = Number.NaN;
          break;
        }
      }
      changes.set(k, (change = hi));
    }
    if (!Number.isNaN(change)) return t < change ? a : b;
    const s = Math.floor(t / SECOND) * SECOND;
    let o = exact.get(s);
    if (o === undefined) exact.set(s, (o = at(s)));
    return o;
  };
}

// One reader per zone for the whole execution (Apps Script starts every run with fresh globals):
// the register's reading and the write-only-what-changed comparison share its offsets.
const zones = new Map<string, CellDate>();

export function zoneCellDate(tz: string): CellDate {
  let cellDate = zones.get(tz);
  if (cellDate) return cellDate;
  const offsetAt = zoneOffset(tz);
  cellDate = (d: Date) => {
    const wall = d.getTime() + offsetAt(d.getTime());
    const day = Math.floor(wall / 86_400_000);
    const minute = Math.floor((wall - day * 86_400_000) / 60_000);
    return { day, minute: minute === 0 ? null : minute };
  };
  zones.set(tz, cellDate);
  return cellDate;
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
export function readSheets(catalog: SheetCatalog, skip: (entry: SheetEntry) => boolean): ReadSheet[] {
  const out: ReadSheet[] = [];
  for (const entry of catalog.entries()) {
    if (skip(entry)) continue;
    const { sheet, name } = entry;
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    const values = rows > 0 && cols > 0 ? sheet.getRange(1, 1, rows, cols).getValues() : [];
    out.push({ sheet, grid: { name, values } });
  }
  return out;
}
