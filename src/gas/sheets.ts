// Sheets have edges: a sheet made by insertSheet has 1000 rows and 26 columns, and getRange past
// them throws (docs/addon-platform.md §11). Every write of Guishu's goes through these helpers,
// which grow the sheet first. Other areas that append rows or create sheets call them too.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
import type { SheetCatalog } from './ownSheets';

/** Sheets refuses a cell of more than 50,000 characters; Guishu writes at most this many. */
export const CELL_MAX = 49_000;

/** A text cut to what one cell may hold, saying it was cut. */
export function capCell(v: string): string {
  return v.length <= CELL_MAX ? v : `${v.slice(0, CELL_MAX - 1)}…`;
}

/** Grows the sheet so that `lastRow` x `lastColumn` (1-based) exists. */
export function growTo(sheet: Sheet, lastRow: number, lastColumn: number): void {
  const cols = sheet.getMaxColumns();
  if (cols < lastColumn) sheet.insertColumnsAfter(cols, lastColumn - cols);
  const rows = sheet.getMaxRows();
  if (rows < lastRow) sheet.insertRowsAfter(rows, lastRow - rows);
}

/** One setValues at (row, column), the sheet grown first. Empty input writes nothing. */
export function putValues(sheet: Sheet, row: number, column: number, values: unknown[][]): void {
  if (values.length === 0 || values[0].length === 0) return;
  growTo(sheet, row + values.length - 1, column + values[0].length - 1);
  sheet.getRange(row, column, values.length, values[0].length).setValues(values);
}

/**
 * Appends rows under the sheet's last row as it is now (read after the caller took the document
 * lock, so a row another run just wrote is never overwritten), growing the sheet first. Rows are
 * padded to one width. Returns the first row written (1-based), or 0 when there was nothing.
 */
export function appendRows(sheet: Sheet, rows: readonly (readonly unknown[])[]): number {
  if (rows.length === 0) return 0;
  let width = 1;
  for (const r of rows) if (r.length > width) width = r.length;
  const values = rows.map((r) => {
    const line: unknown[] = [];
    for (let c = 0; c < width; c++)
      line.push(c < r.length ? (typeof r[c] === 'string' ? capCell(r[c] as string) : r[c]) : '');
    return line;
  });
  const at = sheet.getLastRow() + 1;
  putValues(sheet, at, 1, values);
  return at;
}

const WRITING = '_guishu_writing ';

/**
 * A new sheet holding exactly `values`, made as one unit: it is written under a working name and
 * renamed only when complete, so a run that fails or is stopped part-way never leaves a sheet
 * under the final name that later runs would take as done. A working sheet left by a killed run
 * is removed first. Returns the sheet.
 */
export function createFilledSheet(catalog: SheetCatalog, name: string, values: unknown[][]): Sheet {
  const ss = catalog.ss;
  const working = `${WRITING}${name}`.slice(0, 100);
  const stale = catalog.byName(working);
  if (stale) {
    ss.deleteSheet(stale);
    catalog.removed(stale);
  }
  const sheet = ss.insertSheet(working);
  catalog.inserted(sheet, working);
  try {
    putValues(sheet, 1, 1, values);
    sheet.setName(name);
    catalog.renamed(sheet, name);
  } catch (e) {
    ss.deleteSheet(sheet);
    catalog.removed(sheet);
    throw e;
  }
  return sheet;
}
