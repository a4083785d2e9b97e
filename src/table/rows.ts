// Rows that are not records: blank rows, pre-filled template rows, totals, repeated headers and
// section banners. Only rows that failed to read are examined, so the common path stays cheap.
import type { InputIssue } from '../engine/types';
import type { FieldName } from './fields';
import type { HeaderMatch } from './headers';
import { makeIssue, type IssueCode } from './messages';
import { isBlankCell, isErrorCell, tidy, wordKey } from './text';

/** The sheet's columns as one row reader sees them. */
export interface RowShape {
  readonly sheet: string;
  /** isOwn[c]: Guishu's own column, ignored when judging a row. */
  readonly isOwn: readonly boolean[];
  /** Header keys by column, to spot a header row repeated lower down. */
  readonly keys: readonly string[];
  /** Columns mapped to any field. */
  readonly mapped: ReadonlySet<number>;
  /** Columns a template may pre-fill (date, time). */
  readonly prefill: ReadonlySet<number>;
  /** Columns naming the customer or agent: a lone value there is data, not a banner. */
  readonly people: ReadonlySet<number>;
}

/** 0-based index of the row's last non-blank manager cell; -1 for a blank row. */
export function lastFilled(row: readonly unknown[], isOwn: readonly boolean[]): number {
  for (let c = row.length - 1; c >= 0; c--) {
    if (isOwn[c] === true) continue;
    if (!isBlankCell(row[c])) return c;
  }
  return -1;
}

const TOTAL = /^(合计|小计|总计|共计|总数|total|subtotal|sum)/i;

/**
 * Why a row that did not read is no record at all: 'template' (only dates or row numbers
 * pre-filled: skipped silently), or a note to file (totals, repeated header, banner); null when
 * it is a real row with a problem.
 */
export function nonRecord(row: readonly unknown[], shape: RowShape, sheetRow: number): 'template' | InputIssue | null {
  let filled = 0;
  let only = -1;
  let template = true;
  let headerHits = 0;
  for (let c = 0; c < row.length; c++) {
    if (shape.isOwn[c] === true) continue;
    const v = row[c];
    if (isBlankCell(v)) continue;
    filled++;
    only = c;
    if (typeof v === 'string') {
      if (TOTAL.test(tidy(v))) return makeIssue(shape.sheet, sheetRow, 'sheet', 'note', 'total-row');
      const key = shape.keys[c];
      if (key !== undefined && key !== '' && wordKey(v) === key) headerHits++;
    }
    if (!(shape.prefill.has(c) || (typeof v === 'number' && !shape.mapped.has(c)))) template = false;
  }
  if (template) return 'template';
  if (headerHits >= 2) return makeIssue(shape.sheet, sheetRow, 'sheet', 'note', 'header-repeat');
  const lone = row[only];
  if (filled === 1 && typeof lone === 'string' && !shape.people.has(only)) {
    return makeIssue(shape.sheet, sheetRow, 'sheet', 'note', 'banner-row', { text: tidy(lone) });
  }
  return null;
}

/** isOwn by column for a sheet whose own columns sit at these indexes. */
export function ownFlags(width: number, ownColumns: Readonly<Record<string, number | undefined>>): boolean[] {
  const flags = new Array<boolean>(width).fill(false);
  for (const c of Object.values(ownColumns)) if (c !== undefined) flags[c] = true;
  return flags;
}

/** One data row as a sheet reader sees it. */
export interface RowCursor {
  readonly row: readonly unknown[];
  readonly sheetRow: number;
  /** The field's cell, '' when unmapped; an error cell (#N/A) is filed and read as ''. */
  cell(field: FieldName): unknown;
  note(field: string, level: InputIssue['level'], code: IssueCode, params?: Record<string, string | number>): void;
  /** The row is no record at all (template, total, banner, repeated header); filed where useful. */
  notRecord(): boolean;
}

/**
 * The non-blank rows below the header of a staff or rulings sheet, with the widest manager column
 * seen. `prefill` are columns a template may pre-fill, `people` those naming a person.
 */
export function walkRows(
  sheet: string,
  values: readonly (readonly unknown[])[],
  header: HeaderMatch,
  prefill: readonly FieldName[],
  people: readonly FieldName[],
  issues: InputIssue[],
): { rows: () => Generator<RowCursor>; lastColumn: () => number } {
  const col = header.columns;
  const isOwn = ownFlags(header.keys.length, header.ownColumns);
  const present = (fields: readonly FieldName[]) =>
    new Set(fields.map((f) => col[f]).filter((c): c is number => c !== undefined));
  const shape: RowShape = {
    sheet,
    isOwn,
    keys: header.keys,
    mapped: new Set(Object.values(col).filter((c): c is number => c !== undefined)),
    prefill: present(prefill),
    people: present(people),
  };
  let lastColumn = -1;
  function* rows(): Generator<RowCursor> {
    for (let r = header.index + 1; r < values.length; r++) {
      const row = values[r] ?? [];
      const last = lastFilled(row, isOwn);
      if (last < 0) continue;
      lastColumn = Math.max(lastColumn, last);
      const sheetRow = r + 1;
      const note: RowCursor['note'] = (field, level, code, params) =>
        issues.push(makeIssue(sheet, sheetRow, field, level, code, params));
      yield {
        row,
        sheetRow,
        note,
        cell: (field) => {
          const c = col[field];
          if (c === undefined) return '';
          const v = row[c];
          if (isErrorCell(v)) {
            note(field, 'error', 'cell-error', { field, text: v.trim() });
            return '';
          }
          return v;
        },
        notRecord: () => {
          const why = nonRecord(row, shape, sheetRow);
          if (why === null) return false;
          if (why !== 'template') issues.push(why);
          return true;
        },
      };
    }
  }
  return { rows, lastColumn: () => lastColumn };
}
