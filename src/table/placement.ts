// Where own columns go on a sheet (rulebook §2.5), the one rule both doors follow (the add-on's
// recompute and the command line's xlsx patcher): each own column found again by its header
// stays where it is, so a column the manager inserted among ours is never overwritten; the
// missing ones go after everything else on the sheet, skipping the columns a door says must not
// hold them (hidden ranges, a manager's grouped/outlined columns: own columns stay visible).
// Data-driven: the order of own columns comes from the role's list in labels.ts, so adding an
// own column (or a header alias, found by headers.ts) needs no change here.
import type { AnnotationBlock, LayoutSheet } from './render';
import { FILING_OWN_COLUMNS, REGISTER_OWN_COLUMNS, type OwnColumn } from './labels';

export interface Placement {
  /** 1-based row and column of the top-left cell, as Sheets counts them. */
  readonly row: number;
  readonly column: number;
  readonly values: string[][];
}

export interface PlaceOptions {
  /** 0-based columns a new own column must not land in (hidden, grouped or outlined). */
  readonly avoid?: (column: number) => boolean;
}

/** The own columns of a sheet's role, in the order a block's values carry them. */
export function ownColumnOrder(role: LayoutSheet['role']): readonly OwnColumn[] {
  return role === 'filing' ? FILING_OWN_COLUMNS : REGISTER_OWN_COLUMNS;
}

/**
 * 0-based column of each own column, in ownColumnOrder: found ones where they are, missing ones
 * after the manager's last column and every own column found, never in an avoided column.
 */
export function placeColumns(sheet: LayoutSheet, options: PlaceOptions = {}): number[] {
  const order = ownColumnOrder(sheet.role);
  const found = order.map((c) => sheet.ownColumns[c]);
  const taken = new Set(found.filter((c): c is number => c !== undefined));
  // reduce, not Math.max(...): the list is short, but keep one idiom with the rest of the layer.
  let next = [...taken].reduce((m, c) => Math.max(m, c), sheet.lastManagerColumn) + 1;
  const avoid = options.avoid ?? (() => false);
  return found.map((c) => {
    if (c !== undefined) return c;
    while (taken.has(next) || avoid(next)) next++;
    taken.add(next);
    return next++;
  });
}

/** A block cut into runs of adjacent columns: one write per run. */
export function placeBlock(block: AnnotationBlock, sheet: LayoutSheet, options: PlaceOptions = {}): Placement[] {
  const columns = placeColumns(sheet, options);
  const out: Placement[] = [];
  for (let i = 0; i < columns.length; ) {
    let j = i + 1;
    while (j < columns.length && columns[j] === (columns[j - 1] as number) + 1) j++;
    const from = i;
    const to = j;
    out.push({
      row: block.headerRow,
      column: (columns[i] as number) + 1,
      values: block.values.map((r) => r.slice(from, to)),
    });
    i = j;
  }
  return out;
}
