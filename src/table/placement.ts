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
}

export function placeBlock(block: AnnotationBlock, sheet: LayoutSheet): Placement[] {
  const order: readonly OwnColumn[] = sheet.role === 'filing' ? FILING_OWN_COLUMNS : REGISTER_OWN_COLUMNS;
  const found = order.map((c) => sheet.ownColumns[c]);
  const start = found[0];
  const contiguous = typeof start === 'number' && found.every((c, i) => c === start + i);
  if (contiguous || found.every((c) => c === undefined)) {
    return [{ row: block.headerRow, column: (contiguous ? (start as number) : sheet.lastManagerColumn + 1) + 1, values: block.values }];
  }
  // Some own columns moved or were deleted: each existing one in place, the missing ones after
  // everything else on the sheet.
  let next = Math.max(sheet.lastManagerColumn, ...found.filter((c): c is number => c !== undefined)) + 1;
  return order.map((_, i) => {
    const column = found[i] ?? next++;
    return { row: block.headerRow, column: column + 1, values: block.values.map((r) => [r[i]]) };
  });
}
