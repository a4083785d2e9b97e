// Where own columns go on a sheet (rulebook §2.5): found again by header, appended after the
// manager's last column the first time. Columns the manager moved apart are written one by one,
// so a manager's column that now sits between two of ours is never overwritten.
import type { AnnotationBlock, LayoutSheet } from './render';
import { FILING_OWN_COLUMNS, REGISTER_OWN_COLUMNS, type OwnColumn } from './labels';

export interface Placement {
  /** 1-based row and column of the top-left cell, as Sheets counts them. */
  readonly row: number;
  readonly column: number;
  readonly values: string[][];
  /** 0-based columns of `values` written as numbers, and the one coloured by days left. */
  readonly numberColumns?: readonly number[];
  readonly daysLeftColumn?: number;
}

export function placeBlock(block: AnnotationBlock, sheet: LayoutSheet): Placement[] {
  const order: readonly OwnColumn[] = sheet.role === 'filing' ? FILING_OWN_COLUMNS : REGISTER_OWN_COLUMNS;
  const found = order.map((c) => sheet.ownColumns[c]);
  const start = found[0];
  const contiguous = typeof start === 'number' && found.every((c, i) => c === start + i);
  // Nothing of the manager's at or after our first column, and every own column within the
  // block's width from there: the whole block is rewritten in place. This is how a sheet
  // annotated by an earlier version (fewer columns, older headers) is upgraded (issue 13).
  const known = found.filter((c): c is number => c !== undefined);
  const from = known.length ? Math.min(...known) : sheet.lastManagerColumn + 1;
  const tail = from > sheet.lastManagerColumn && known.every((c) => c < from + order.length);
  if (contiguous || tail) {
    return [{ row: block.headerRow, column: (contiguous ? (start as number) : from) + 1, values: block.values, numberColumns: block.numberColumns, daysLeftColumn: block.daysLeftColumn }];
  }
  // Some own columns moved or were deleted: each existing one in place, the missing ones after
  // everything else on the sheet.
  let next = Math.max(sheet.lastManagerColumn, ...found.filter((c): c is number => c !== undefined)) + 1;
  return order.map((_, i) => {
    const column = found[i] ?? next++;
    const one = (block.numberColumns ?? []).includes(i) ? { numberColumns: [0] } : {};
    return { row: block.headerRow, column: column + 1, values: block.values.map((r) => [r[i]]), ...one, ...(block.daysLeftColumn === i ? { daysLeftColumn: 0 } : {}) };
  });
}
