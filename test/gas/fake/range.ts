// Range: reads copy (fresh arrays of the script's realm, Dates as new Date objects, '' for
// blanks), writes parse like the Sheets UI (cells.ts), and every write checks the range's
// dimensions, the protections and the merges before it changes anything.
import { a1Of } from './a1';
import { BLANK, displayOf, formulaWrite, parseWrite, type ParseContext, type Written } from './cells';
import type { Env } from './env';
import { ProtectionModel, intersects, contains, type Rect, type SheetModel } from './model';
import { Protection } from './protection';
import { sheetView, type Sheet } from './spreadsheet';

/** Characters one cell may hold. */
export const CELL_CHARS = 50_000;
const MERGE_MESSAGE = 'You must select all cells in a merged range to merge or unmerge them.';

/** A Range the script can use: checks the coordinates like Sheet.getRange does. */
export function rangeOn(
  sheet: SheetModel,
  row: unknown,
  column: unknown,
  numRows: unknown = 1,
  numColumns: unknown = 1,
): Range {
  const env = sheet.env;
  sheet.assertAlive();
  const nums = [row, column, numRows, numColumns];
  if (!nums.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw env.error(
      `The parameters (${nums.map((n) => typeof n).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
    );
  }
  const [r, c, nr, nc] = (nums as number[]).map(Math.floor);
  if (r < 1) throw env.error('The starting row of the range is too small.');
  if (c < 1) throw env.error('The starting column of the range is too small.');
  if (nr < 1) throw env.error('The number of rows in the range must be at least 1.');
  if (nc < 1) throw env.error('The number of columns in the range must be at least 1.');
  if (r + nr - 1 > sheet.maxRows || c + nc - 1 > sheet.maxColumns) {
    if (!sheet.book.autoGrow) throw env.error('The coordinates of the range are outside the dimensions of the sheet.');
    if (r + nr - 1 > sheet.maxRows) sheet.insertRows(sheet.maxRows, r + nr - 1 - sheet.maxRows);
    if (c + nc - 1 > sheet.maxColumns) sheet.insertColumns(sheet.maxColumns, c + nc - 1 - sheet.maxColumns);
  }
  return Range._of(sheet, { r: r - 1, c: c - 1, nr, nc });
}

function typeList(v: unknown): string {
  if (!Array.isArray(v)) return v === null ? 'null' : typeof v === 'object' ? 'Object' : typeof v;
  const inner = v.find((x) => x !== undefined);
  if (Array.isArray(inner)) return 'Object[][]';
  return `${typeof inner === 'string' ? 'String' : typeof inner === 'number' ? 'number' : 'Object'}[]`;
}

type Grid = unknown[][];

export class Range {
  constructor(
    readonly _sheet: SheetModel,
    readonly _rect: Rect,
  ) {}

  static _of(sheet: SheetModel, rect: Rect): Range {
    return sheet.env.expose(new Range(sheet, rect), 'Range');
  }

  private get _env(): Env {
    return this._sheet.env;
  }

  private _alive(): SheetModel {
    this._sheet.assertAlive();
    return this._sheet;
  }

  /** A 2D array of the script's realm, one cell at a time. */
  private _read<T>(cell: (r: number, c: number) => T): T[][] {
    const { r, c, nr, nc } = this._rect;
    const out = this._env.array<T[]>();
    for (let i = 0; i < nr; i += 1) {
      const row = this._env.array<T>();
      for (let j = 0; j < nc; j += 1) row.push(cell(r + i, c + j));
      out.push(row);
    }
    return out;
  }

  private _checkGrid(values: unknown, method: string): Grid {
    const { nr, nc } = this._rect;
    if (!Array.isArray(values) || !values.every((row) => Array.isArray(row))) {
      throw this._env.error(
        `The parameters (${typeList(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (values.length !== nr) {
      throw this._env.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${nr}.`,
      );
    }
    for (const row of values as unknown[][]) {
      if (row.length !== nc) {
        throw this._env.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${nc}.`,
        );
      }
    }
    return values as Grid;
  }

  /** Parses every cell first, checks protection, then writes: a failed write changes nothing. */
  /** Sheets refuses a cell of more than 50,000 characters (docs/addon-platform.md §11). */
  private _checkLength(v: unknown): void {
    if (typeof v === 'string' && v.length > CELL_CHARS) {
      throw this._alive().env.error(
        `Your input contains more than the maximum of ${CELL_CHARS} characters in a single cell.`,
      );
    }
  }

  private _write(produce: (i: number, j: number, cx: ParseContext & { textFormat: boolean }) => Written): void {
    const sheet = this._alive();
    const { r, c, nr, nc } = this._rect;
    const cx = sheet.parseContext();
    const cells: Written[][] = [];
    for (let i = 0; i < nr; i += 1) {
      const row: Written[] = [];
      for (let j = 0; j < nc; j += 1) {
        cx.textFormat = sheet.layer('numberFormat', r + i, c + j) === '@';
        row.push(produce(i, j, cx));
      }
      cells.push(row);
    }
    sheet.book.assertCanWrite(sheet, this._rect);
    sheet.book.env.counter.addCells(nr * nc);
    const merged = sheet.merges.some((m) => intersects(m, this._rect));
    for (let i = 0; i < nr; i += 1) {
      for (let j = 0; j < nc; j += 1) {
        sheet.set(r + i, c + j, merged && sheet.hiddenByMerge(r + i, c + j) ? BLANK : cells[i][j]);
      }
    }
  }

  private _setLayer(name: string, value: (i: number, j: number) => unknown): void {
    const sheet = this._alive();
    sheet.book.assertCanWrite(sheet, this._rect);
    const { r, c, nr, nc } = this._rect;
    for (let i = 0; i < nr; i += 1) for (let j = 0; j < nc; j += 1) sheet.setLayer(name, r + i, c + j, value(i, j));
  }

  private _setLayerGrid(name: string, values: unknown, method: string): Range {
    const grid = this._checkGrid(values, method);
    this._setLayer(name, (i, j) => grid[i][j] ?? undefined);
    return this;
  }

  private _layerGrid(name: string, fallback: unknown): unknown[][] {
    const sheet = this._alive();
    return this._read((r, c) => sheet.layer(name, r, c) ?? fallback);
  }

  private _layerFirst(name: string, fallback: unknown): unknown {
    return this._alive().layer(name, this._rect.r, this._rect.c) ?? fallback;
  }

  // ---------- reading ----------

  getValues(): unknown[][] {
    const sheet = this._alive();
    const env = this._env;
    return this._read((r, c) => {
      const v = sheet.values[r]?.[c];
      if (v === undefined) return '';
      return v instanceof Date ? env.date(v.getTime()) : v;
    });
  }

  getValue(): unknown {
    const v = this._alive().get(this._rect.r, this._rect.c);
    if (v === undefined) return '';
    return v instanceof Date ? this._env.date(v.getTime()) : v;
  }

  getDisplayValues(): string[][] {
    const sheet = this._alive();
    const tz = sheet.book.timeZone;
    return this._read((r, c) =>
      displayOf(sheet.get(r, c), sheet.layer('numberFormat', r, c) as string | undefined, tz),
    );
  }

  getDisplayValue(): string {
    const sheet = this._alive();
    const { r, c } = this._rect;
    return displayOf(sheet.get(r, c), sheet.layer('numberFormat', r, c) as string | undefined, sheet.book.timeZone);
  }

  getFormulas(): string[][] {
    const sheet = this._alive();
    return this._read((r, c) => sheet.formula(r, c) ?? '');
  }

  getFormula(): string {
    return this._alive().formula(this._rect.r, this._rect.c) ?? '';
  }

  // ---------- writing ----------

  setValues(values: unknown): Range {
    const grid = this._checkGrid(values, 'setValues');
    for (const row of grid) for (const v of row) this._checkLength(v);
    this._write((i, j, cx) => parseWrite(grid[i][j], cx));
    return this;
  }

  /** Sets every cell of the range to the value (as Apps Script does). */
  setValue(value: unknown): Range {
    this._checkLength(value);
    this._write((_i, _j, cx) => parseWrite(value, cx));
    return this;
  }

  setFormula(formula: unknown): Range {
    this._write((_i, _j, cx) => formulaWrite(formula, cx));
    return this;
  }

  setFormulas(formulas: unknown): Range {
    const grid = this._checkGrid(formulas, 'setFormulas');
    this._write((i, j, cx) => formulaWrite(grid[i][j], cx));
    return this;
  }

  clearContent(): Range {
    const sheet = this._alive();
    sheet.book.assertCanWrite(sheet, this._rect);
    sheet.clearContent(this._rect);
    return this;
  }

  /** clear() or clear({ contentsOnly, formatOnly }). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Range {
    const sheet = this._alive();
    sheet.book.assertCanWrite(sheet, this._rect);
    if (!options?.formatOnly) sheet.clearContent(this._rect);
    if (!options?.contentsOnly) sheet.clearFormats(this._rect);
    return this;
  }

  clearFormat(): Range {
    const sheet = this._alive();
    sheet.book.assertCanWrite(sheet, this._rect);
    sheet.clearFormats(this._rect);
    return this;
  }

  // ---------- formats (stored per cell, readable back) ----------

  setNumberFormat(format: unknown): Range {
    if (typeof format !== 'string') throw this._env.error('Invalid argument: numberFormat');
    this._setLayer('numberFormat', () => format);
    return this;
  }
  setNumberFormats(formats: unknown): Range {
    return this._setLayerGrid('numberFormat', formats, 'setNumberFormats');
  }
  getNumberFormat(): string {
    return this._layerFirst('numberFormat', 'General') as string;
  }
  getNumberFormats(): string[][] {
    return this._layerGrid('numberFormat', 'General') as string[][];
  }
  setBackground(color: unknown): Range {
    this._setLayer('background', () => color ?? undefined);
    return this;
  }
  setBackgrounds(colors: unknown): Range {
    return this._setLayerGrid('background', colors, 'setBackgrounds');
  }
  getBackground(): string {
    return this._layerFirst('background', '#ffffff') as string;
  }
  getBackgrounds(): string[][] {
    return this._layerGrid('background', '#ffffff') as string[][];
  }
  setFontWeight(weight: unknown): Range {
    this._setLayer('fontWeight', () => weight ?? undefined);
    return this;
  }
  setFontWeights(weights: unknown): Range {
    return this._setLayerGrid('fontWeight', weights, 'setFontWeights');
  }
  getFontWeight(): string {
    return this._layerFirst('fontWeight', 'normal') as string;
  }
  getFontWeights(): string[][] {
    return this._layerGrid('fontWeight', 'normal') as string[][];
  }
  setFontColor(color: unknown): Range {
    this._setLayer('fontColor', () => color ?? undefined);
    return this;
  }
  setFontColors(colors: unknown): Range {
    return this._setLayerGrid('fontColor', colors, 'setFontColors');
  }
  getFontColor(): string {
    return this._layerFirst('fontColor', '#000000') as string;
  }
  setFontStyle(style: unknown): Range {
    this._setLayer('fontStyle', () => style ?? undefined);
    return this;
  }
  setFontSize(size: unknown): Range {
    this._setLayer('fontSize', () => size ?? undefined);
    return this;
  }
  setHorizontalAlignment(alignment: unknown): Range {
    this._setLayer('horizontalAlignment', () => alignment ?? undefined);
    return this;
  }
  setVerticalAlignment(alignment: unknown): Range {
    this._setLayer('verticalAlignment', () => alignment ?? undefined);
    return this;
  }
  setWrap(wrap: unknown): Range {
    this._setLayer('wrap', () => Boolean(wrap));
    return this;
  }
  getWrap(): boolean {
    return this._layerFirst('wrap', true) as boolean;
  }
  setNote(note: unknown): Range {
    this._setLayer('note', () => (note === null || note === '' ? undefined : String(note)));
    return this;
  }
  getNote(): string {
    return this._layerFirst('note', '') as string;
  }
  setBorder(...args: unknown[]): Range {
    this._setLayer('border', () => args.map(String).join(','));
    return this;
  }

  // ---------- merges ----------

  merge(): Range {
    const sheet = this._alive();
    const rect = this._rect;
    sheet.book.assertCanWrite(sheet, rect);
    const touching = sheet.merges.filter((m) => intersects(m, rect));
    if (touching.some((m) => !contains(rect, m))) throw this._env.error(MERGE_MESSAGE);
    if (rect.nr * rect.nc === 1) return this;
    sheet.merges = sheet.merges.filter((m) => !touching.includes(m));
    sheet.merges.push(rect);
    // Merging keeps only the top-left value, as Sheets does.
    for (let i = 0; i < rect.nr; i += 1) {
      for (let j = 0; j < rect.nc; j += 1) if (i || j) sheet.set(rect.r + i, rect.c + j, BLANK);
    }
    return this;
  }

  breakApart(): Range {
    const sheet = this._alive();
    sheet.book.assertCanWrite(sheet, this._rect);
    const touching = sheet.merges.filter((m) => intersects(m, this._rect));
    if (touching.some((m) => !contains(this._rect, m))) throw this._env.error(MERGE_MESSAGE);
    sheet.merges = sheet.merges.filter((m) => !touching.includes(m));
    return this;
  }

  isPartOfMerge(): boolean {
    return this._alive().merges.some((m) => intersects(m, this._rect));
  }

  getMergedRanges(): Range[] {
    const sheet = this._alive();
    const out = this._env.array<Range>();
    for (const m of sheet.merges) if (intersects(m, this._rect)) out.push(Range._of(sheet, m));
    return out;
  }

  // ---------- protection ----------

  protect(): Protection {
    const sheet = this._alive();
    const p = new ProtectionModel('RANGE', sheet, this._rect);
    sheet.book.protections.push(p);
    return Protection._of(p);
  }

  // ---------- geometry ----------

  getRow(): number {
    return this._rect.r + 1;
  }
  getRowIndex(): number {
    return this._rect.r + 1;
  }
  getColumn(): number {
    return this._rect.c + 1;
  }
  getLastRow(): number {
    return this._rect.r + this._rect.nr;
  }
  getLastColumn(): number {
    return this._rect.c + this._rect.nc;
  }
  getNumRows(): number {
    return this._rect.nr;
  }
  getNumColumns(): number {
    return this._rect.nc;
  }
  getHeight(): number {
    return this._rect.nr;
  }
  getWidth(): number {
    return this._rect.nc;
  }
  getA1Notation(): string {
    const { r, c, nr, nc } = this._rect;
    return a1Of({ row: r + 1, column: c + 1, numRows: nr, numColumns: nc });
  }
  getGridId(): number {
    return this._sheet.id;
  }
  getSheet(): Sheet {
    return sheetView(this._alive());
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const { r, c, nr, nc } = this._rect;
    return rangeOn(this._alive(), r + 1 + rowOffset, c + 1 + columnOffset, numRows ?? nr, numColumns ?? nc);
  }
  activate(): Range {
    this._sheet.book.active = this._alive();
    return this;
  }

  toString(): string {
    return 'Range';
  }
}
