// Writing Guishu's own cells: every block is one setValues; what was there before is kept so a
// failed run can put it back (Apps Script has no transactions). Strings that Sheets would turn
// into formulas or numbers are written with a leading apostrophe, which Sheets stores as text.
import { startsLikeFormula } from '../table/render';
import { capCell, putValues } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Text that must stay text: formulas (= + - @) and long digit strings such as phones. */
export function asCell(v: string): string {
  const text = capCell(v);
  return startsLikeFormula(text) || /^\s*\d{6,}\s*$/.test(text) ? `'${text}` : text;
}

export interface Block {
  readonly sheet: Sheet;
  /** 1-based */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly string[])[];
  /** The cells' previous values, same shape; restored if the run fails. */
  readonly before: unknown[][];
  /** 0-based columns of `values` whose digit strings are written as numbers (剩余天数). */
  readonly numberColumns?: readonly number[];
}

/** Digit strings in the number columns become numbers, so they sort, filter and take colour rules. */
export function numbered(rows: string[][], columns: readonly number[] | undefined): unknown[][] {
  if (!columns || columns.length === 0) return rows;
  return rows.map((r) => r.map((v, c) => (columns.includes(c) && /^\d{1,5}$/.test(v) ? Number(v) : v)));
}

/** A rectangle of `grid` (0-based values as read), padded with '' beyond what was read. */
export function cut(
  grid: readonly (readonly unknown[])[],
  row: number,
  column: number,
  rows: number,
  cols: number,
): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = grid[row - 1 + r] ?? [];
    const line: unknown[] = [];
    for (let c = 0; c < cols; c++) line.push(src[column - 1 + c] ?? '');
    out.push(line);
  }
  return out;
}

/** The longest row's length. A loop, not Math.max(...rows): 100k arguments overflow the stack. */
export function widest(rows: readonly (readonly unknown[])[], atLeast = 0): number {
  let w = atLeast;
  for (const r of rows) if (r.length > w) w = r.length;
  return w;
}

/** Pads every row to the block's width and the block to at least `rows` x `cols`. */
export function rectangle(values: readonly (readonly string[])[], rows = 0, cols = 0): string[][] {
  const width = widest(values, Math.max(cols, 1));
  const height = Math.max(rows, values.length, 1);
  const out: string[][] = [];
  for (let r = 0; r < height; r++) {
    const src = values[r] ?? [];
    const line: string[] = [];
    for (let c = 0; c < width; c++) line.push(c < src.length ? asCell(src[c]) : '');
    out.push(line);
  }
  return out;
}

const put = putValues;

/** Whether a cell already shows what Guishu would write (so the write can be skipped). */
export type SameCell = (written: string, before: unknown) => boolean;

/**
 * The cell as Sheets stores a written string, compared with what getValues read: an apostrophe
 * keeps text as text; otherwise a number or a calendar day parsed from the text is the same as
 * the number or Date cell it became. `dayOf` turns a Date cell into its day in the sheet's zone.
 */
export function sameCell(dayOf: (d: Date) => string): SameCell {
  return (w, b) => {
    if (w.charCodeAt(0) === 39) return b === w.slice(1);
    if (typeof b === 'string') return b === w;
    if (typeof b === 'number') return w !== '' && Number(w) === b;
    if (typeof b === 'boolean') return w.toUpperCase() === (b ? 'TRUE' : 'FALSE');
    if (b instanceof Date) return dayOf(b) === w;
    return w === '' && (b === null || b === undefined);
  };
}

/** The rows (start, end exclusive) of a block that differ from what it held, as runs. */
export function changedRuns(
  next: readonly (readonly string[])[],
  before: readonly (readonly unknown[])[],
  same: SameCell,
): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let open = -1;
  for (let r = 0; r < next.length; r++) {
    const line = next[r];
    const was = before[r] ?? [];
    let changed = false;
    for (let c = 0; c < line.length && !changed; c++) changed = !same(line[c], was[c] === undefined ? '' : was[c]);
    if (changed && open < 0) open = r;
    if (!changed && open >= 0) {
      runs.push([open, r]);
      open = -1;
    }
  }
  if (open >= 0) runs.push([open, next.length]);
  return runs;
}

/**
 * Writes every block; on the first failure puts back what the written blocks held and rethrows
 * an error saying whether the restore completed. With `same`, only the runs of rows that
 * changed are written, one setValues per contiguous run (issue 14 point 8).
 */
export function writeAll(blocks: readonly Block[], same?: SameCell): void {
  const parts: Block[] = [];
  for (const b of blocks) {
    const next = rectangle(b.values, b.before.length, b.before[0]?.length ?? 0);
    if (!same) {
      parts.push({ ...b, values: next });
      continue;
    }
    for (const [start, end] of changedRuns(next, b.before, same)) {
      parts.push({
        sheet: b.sheet,
        row: b.row + start,
        column: b.column,
        values: next.slice(start, end),
        before: b.before.slice(start, end),
        numberColumns: b.numberColumns,
      });
    }
  }
  const done: Block[] = [];
  try {
    for (const b of parts) {
      put(b.sheet, b.row, b.column, numbered(b.values as string[][], b.numberColumns));
      done.push(b);
    }
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    try {
      for (const b of done.reverse())
        put(
          b.sheet,
          b.row,
          b.column,
          b.before.map((r) => r.map((v) => (typeof v === 'string' ? asRestored(v) : v))),
        );
    } catch (e2) {
      throw new RestoreError(why, e2 instanceof Error ? e2.message : String(e2));
    }
    throw new WriteError(why, parts[done.length]?.sheet);
  }
}

/** A restored string goes back as the text it was. */
function asRestored(v: string): string {
  return asCell(v);
}

/** A write that failed (everything written was put back); `sheet`: where it failed, when known. */
export class WriteError extends Error {
  constructor(
    message: string,
    readonly sheet?: Sheet,
  ) {
    super(message);
  }
}
export class RestoreError extends Error {
  constructor(
    readonly write: string,
    readonly restore: string,
  ) {
    super(`${write}; restore: ${restore}`);
  }
}
