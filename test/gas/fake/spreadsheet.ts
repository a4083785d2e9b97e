// SpreadsheetApp, Spreadsheet and Sheet. Faithful where a script could go wrong:
//   - getRange beyond the grid throws "The coordinates of the range are outside the dimensions
//     of the sheet." as Sheets does (a script must insertRowsAfter / insertColumnsAfter first);
//     appendRow and the insert* methods grow the grid; the whole spreadsheet stays within
//     10,000,000 cells. (createFake({ autoGrow: true }) makes getRange grow instead.)
//   - sheet names are unique ignoring case, and getSheetByName ignores case;
//   - every getter hands out a fresh object, so `===` between two Sheets is false, as in Apps
//     Script;
//   - a protected sheet refuses structure changes (insert/delete rows and columns, rename,
//     delete, clear) from a user who may not edit it.
import { parseA1 } from './a1';
import { BLANK, parseWrite, type Written } from './cells';
import { isDate, type Env } from './env';
import { ProtectionType } from './enums';
import { ProtectionModel, type SheetModel, type SpreadsheetModel } from './model';
import { Protection } from './protection';
import { type Range, rangeOn } from './range';
import { User } from './session';
import { Ui } from './ui';
import { isValidTimeZone, wallClock, zonedTime } from './utilities';

export function sheetView(model: SheetModel): Sheet {
  return model.env.expose(new Sheet(model), 'Sheet');
}

export function spreadsheetView(model: SpreadsheetModel): Spreadsheet {
  return model.env.expose(new Spreadsheet(model), 'Spreadsheet');
}

function positiveInt(env: Env, v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw env.error(`Invalid argument: ${what}`);
  return v;
}

export class Sheet {
  constructor(readonly _m: SheetModel) {}

  /** addDeveloperMetadata(key) / (key, value): document-visible metadata on the sheet. */
  addDeveloperMetadata(key: unknown, value?: unknown): Sheet {
    const m = this._alive();
    if (typeof key !== 'string' || key === '') throw this._env.error('Invalid argument: key');
    m.developerMetadata.push({ key, value: value === undefined ? null : String(value) });
    return this;
  }

  getDeveloperMetadata(): { getKey(): string; getValue(): string | null }[] {
    return this._alive().developerMetadata.map((d) => ({ getKey: () => d.key, getValue: () => d.value }));
  }

  private get _env(): Env {
    return this._m.env;
  }

  private _alive(): SheetModel {
    this._m.assertAlive();
    return this._m;
  }

  private _structure(): SheetModel {
    const m = this._alive();
    m.book.assertCanChangeSheet(m);
    return m;
  }

  private _rowsAt(position: unknown, count: unknown, inclusiveEnd: boolean): [number, number] {
    const m = this._alive();
    const at = positiveInt(this._env, position, 'rowPosition');
    const n = positiveInt(this._env, count, 'howMany');
    if (at > m.maxRows || (inclusiveEnd && at + n - 1 > m.maxRows))
      throw this._env.error('Those rows are out of bounds.');
    return [at, n];
  }

  private _columnsAt(position: unknown, count: unknown, inclusiveEnd: boolean): [number, number] {
    const m = this._alive();
    const at = positiveInt(this._env, position, 'columnPosition');
    const n = positiveInt(this._env, count, 'howMany');
    if (at > m.maxColumns || (inclusiveEnd && at + n - 1 > m.maxColumns))
      throw this._env.error('Those columns are out of bounds.');
    return [at, n];
  }

  getName(): string {
    return this._alive().name;
  }
  getSheetName(): string {
    return this._alive().name;
  }
  setName(name: unknown): Sheet {
    const m = this._structure();
    m.name = m.book.checkSheetName(name, m);
    return this;
  }
  getSheetId(): number {
    return this._alive().id;
  }
  getIndex(): number {
    const m = this._alive();
    return m.book.sheets.indexOf(m) + 1;
  }
  getParent(): Spreadsheet {
    return spreadsheetView(this._alive().book);
  }
  activate(): Sheet {
    const m = this._alive();
    m.book.active = m;
    return this;
  }

  getLastRow(): number {
    return this._alive().lastRow();
  }
  getLastColumn(): number {
    return this._alive().lastColumn();
  }
  getMaxRows(): number {
    return this._alive().maxRows;
  }
  getMaxColumns(): number {
    return this._alive().maxColumns;
  }

  getDataRange(): Range {
    const m = this._alive();
    return rangeOn(m, 1, 1, Math.max(1, m.lastRow()), Math.max(1, m.lastColumn()));
  }

  /** getRange(row, column, numRows?, numColumns?) or getRange('A1:C10'). */
  getRange(a: unknown, column?: unknown, numRows?: unknown, numColumns?: unknown): Range {
    const m = this._alive();
    if (typeof a === 'string') {
      const area = parseA1(a, m.maxRows, m.maxColumns);
      if (!area) throw this._env.error('Range not found');
      return rangeOn(m, area.row, area.column, area.numRows, area.numColumns);
    }
    return rangeOn(m, a, column, numRows ?? 1, numColumns ?? 1);
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const m = this._alive();
    const nr = numRows === -1 ? m.lastRow() - startRow + 1 : numRows;
    const nc = numColumns === -1 ? m.lastColumn() - startColumn + 1 : numColumns;
    return (rangeOn(m, startRow, startColumn, nr, nc) as unknown as { getValues(): unknown[][] }).getValues();
  }

  // ---------- rows and columns ----------

  insertRowsAfter(afterPosition: unknown, howMany: unknown): Sheet {
    const [at, n] = this._rowsAt(afterPosition, howMany, false);
    this._structure().insertRows(at, n);
    return this;
  }
  insertRowAfter(afterPosition: unknown): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: unknown, howMany: unknown): Sheet {
    const [at, n] = this._rowsAt(beforePosition, howMany, false);
    this._structure().insertRows(at - 1, n);
    return this;
  }
  insertRowBefore(beforePosition: unknown): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: unknown, numRows: unknown = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  deleteRows(rowPosition: unknown, howMany: unknown): void {
    const [at, n] = this._rowsAt(rowPosition, howMany, true);
    const m = this._structure();
    if (n >= m.maxRows) throw this._env.error('Sorry, it is not possible to delete all non-frozen rows.');
    m.deleteRows(at - 1, n);
  }
  deleteRow(rowPosition: unknown): Sheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  insertColumnsAfter(afterPosition: unknown, howMany: unknown): Sheet {
    const [at, n] = this._columnsAt(afterPosition, howMany, false);
    this._structure().insertColumns(at, n);
    return this;
  }
  insertColumnAfter(afterPosition: unknown): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: unknown, howMany: unknown): Sheet {
    const [at, n] = this._columnsAt(beforePosition, howMany, false);
    this._structure().insertColumns(at - 1, n);
    return this;
  }
  insertColumnBefore(beforePosition: unknown): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: unknown, numColumns: unknown = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteColumns(columnPosition: unknown, howMany: unknown): void {
    const [at, n] = this._columnsAt(columnPosition, howMany, true);
    const m = this._structure();
    if (n >= m.maxColumns) throw this._env.error('Sorry, it is not possible to delete all non-frozen columns.');
    m.deleteColumns(at - 1, n);
  }
  deleteColumn(columnPosition: unknown): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  /** Writes after the last row with content, growing the sheet by a row (and columns) when full. */
  appendRow(rowContents: unknown): Sheet {
    const m = this._alive();
    if (!Array.isArray(rowContents) || rowContents.length === 0) throw this._env.error('Invalid argument: rowContents');
    const r = m.lastRow();
    const cx = m.parseContext();
    const cells: Written[] = rowContents.map((v, c) => {
      cx.textFormat = m.layer('numberFormat', r, c) === '@';
      return parseWrite(v, cx);
    });
    const rect = { r, c: 0, nr: 1, nc: rowContents.length };
    m.book.assertCanWrite(m, rect);
    if (r >= m.maxRows) m.insertRows(m.maxRows, 1);
    if (rowContents.length > m.maxColumns) m.insertColumns(m.maxColumns, rowContents.length - m.maxColumns);
    cells.forEach((w, c) => m.set(r, c, m.hiddenByMerge(r, c) ? BLANK : w));
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    const m = this._alive();
    m.book.assertCanWrite(m, m.all());
    if (!options?.formatOnly) m.clearContent(m.all());
    if (!options?.contentsOnly) m.clearFormats(m.all());
    return this;
  }
  clearContents(): Sheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): Sheet {
    return this.clear({ formatOnly: true });
  }

  // ---------- visibility, freezing, protection ----------

  hideSheet(): Sheet {
    const m = this._alive();
    if (!m.hidden && m.book.sheets.filter((s) => !s.hidden).length === 1) {
      throw this._env.error("You can't hide all the sheets in a document.");
    }
    m.hidden = true;
    if (m.book.active === m) m.book.active = m.book.sheets.find((s) => !s.hidden) ?? m;
    return this;
  }
  showSheet(): Sheet {
    this._alive().hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._alive().hidden;
  }

  setFrozenRows(rows: unknown): void {
    const m = this._alive();
    if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0 || rows >= m.maxRows) {
      throw this._env.error('Invalid argument: rows');
    }
    m.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._alive().frozenRows;
  }
  setFrozenColumns(columns: unknown): void {
    const m = this._alive();
    if (typeof columns !== 'number' || !Number.isInteger(columns) || columns < 0 || columns >= m.maxColumns) {
      throw this._env.error('Invalid argument: columns');
    }
    m.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._alive().frozenColumns;
  }

  /** The sheet's protection; the existing one when the sheet is already protected. */
  protect(): Protection {
    const m = this._alive();
    let p = m.book.protections.find((x) => x.sheet === m && x.type === 'SHEET');
    if (!p) {
      p = new ProtectionModel('SHEET', m, m.all());
      m.book.protections.push(p);
    }
    return Protection._of(p);
  }

  getProtections(type: unknown): Protection[] {
    const m = this._alive();
    const kind = String(type);
    if (kind !== 'RANGE' && kind !== 'SHEET') throw this._env.error('Invalid argument: type');
    const out = this._env.array<Protection>();
    for (const p of m.book.protections) if (p.sheet === m && p.type === kind) out.push(Protection._of(p));
    return out;
  }

  // ---------- accepted, counted, no visible effect in the fake ----------

  autoResizeColumns(startColumn: unknown, numColumns: unknown): Sheet {
    this._columnsAt(startColumn, numColumns, true);
    return this;
  }
  autoResizeColumn(columnPosition: unknown): Sheet {
    this._columnsAt(columnPosition, 1, true);
    return this;
  }
  setColumnWidth(columnPosition: unknown, _width: unknown): Sheet {
    this._columnsAt(columnPosition, 1, true);
    return this;
  }
  setColumnWidths(startColumn: unknown, numColumns: unknown, _width: unknown): Sheet {
    this._columnsAt(startColumn, numColumns, true);
    return this;
  }
  setRowHeight(rowPosition: unknown, _height: unknown): Sheet {
    this._rowsAt(rowPosition, 1, true);
    return this;
  }
  setTabColor(_color: unknown): Sheet {
    this._alive();
    return this;
  }

  toString(): string {
    return 'Sheet';
  }
}

export class Spreadsheet {
  constructor(readonly _m: SpreadsheetModel) {}

  private get _env(): Env {
    return this._m.env;
  }

  private _sheetOf(sheet: unknown): SheetModel {
    const s = (sheet !== null && typeof sheet === 'object' ? (sheet as { _m?: unknown })._m : undefined) as
      | SheetModel
      | undefined;
    if (!s || s.book !== this._m || s.deleted) throw this._env.error('Invalid argument: sheet');
    return s;
  }

  getId(): string {
    return this._m.id;
  }
  getName(): string {
    return this._m.name;
  }
  rename(name: unknown): void {
    this._m.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._m.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this._m.timeZone;
  }
  /** Date cells keep their wall-clock reading (Sheets stores serial days), so the Dates
   *  getValues returns move to the new zone. */
  setSpreadsheetTimeZone(timeZone: unknown): void {
    if (!isValidTimeZone(timeZone)) throw this._env.error('Invalid argument: timezone');
    const from = this._m.timeZone;
    for (const sheet of this._m.sheets) {
      for (const row of sheet.values) {
        if (!row) continue;
        row.forEach((v, c) => {
          if (!(v instanceof Date)) return;
          const w = wallClock(v.getTime(), from);
          row[c] = new Date(zonedTime(timeZone, w.year, w.month, w.day, w.hour, w.minute, w.second, w.millisecond));
        });
      }
    }
    this._m.timeZone = timeZone;
  }
  getSpreadsheetLocale(): string {
    return this._m.locale;
  }

  getSheets(): Sheet[] {
    const out = this._env.array<Sheet>();
    for (const s of this._m.sheets) out.push(sheetView(s));
    return out;
  }
  getNumSheets(): number {
    return this._m.sheets.length;
  }
  getSheetByName(name: unknown): Sheet | null {
    if (typeof name !== 'string') throw this._env.error('Invalid argument: name');
    const s = this._m.sheetByName(name);
    return s ? sheetView(s) : null;
  }
  getSheetById(id: unknown): Sheet | null {
    const s = this._m.sheets.find((x) => x.id === id);
    return s ? sheetView(s) : null;
  }
  /** insertSheet(), insertSheet(name), insertSheet(name, index), insertSheet(index). */
  insertSheet(a?: unknown, b?: unknown): Sheet {
    const name = typeof a === 'string' ? a : this._m.defaultSheetName();
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this._m.sheets.length;
    if (a !== undefined && typeof a !== 'string' && typeof a !== 'number')
      throw this._env.error('Invalid argument: sheetName');
    if (!Number.isInteger(index) || index < 0 || index > this._m.sheets.length)
      throw this._env.error('Invalid argument: sheetIndex');
    const s = this._m.addSheet(name, index);
    this._m.active = s;
    return sheetView(s);
  }
  deleteSheet(sheet: unknown): void {
    const s = this._sheetOf(sheet);
    this._m.assertCanChangeSheet(s);
    if (this._m.sheets.length === 1) throw this._env.error("You can't remove all the sheets in a document.");
    this._m.removeSheet(s);
  }
  getActiveSheet(): Sheet {
    const s = this._m.active ?? this._m.sheets[0];
    return sheetView(s);
  }
  setActiveSheet(sheet: unknown): Sheet {
    const s = this._sheetOf(sheet);
    this._m.active = s;
    return sheetView(s);
  }
  getActiveRange(): Range {
    return rangeOn(this._m.active ?? this._m.sheets[0], 1, 1);
  }
  /** getRange('Sheet1!A1:C3') or getRange('A1') on the active sheet. */
  getRange(a1: unknown): Range {
    if (typeof a1 !== 'string') throw this._env.error('Invalid argument: a1Notation');
    const bang = a1.lastIndexOf('!');
    const sheetName =
      bang < 0
        ? null
        : a1
            .slice(0, bang)
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'");
    const s = sheetName === null ? (this._m.active ?? this._m.sheets[0]) : this._m.sheetByName(sheetName);
    if (!s) throw this._env.error('Range not found');
    return sheetView(s).getRange(a1.slice(bang + 1));
  }

  toast(message: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    this._env.ui.toasts.push({
      message: String(message ?? ''),
      title: title === undefined ? '' : String(title),
      seconds: typeof timeoutSeconds === 'number' ? timeoutSeconds : undefined,
      user: this._env.identity,
    });
  }

  getOwner(): User | null {
    return this._m.owner ? User._of(this._env, this._m.owner) : null;
  }
  getEditors(): User[] {
    const out = this._env.array<User>();
    for (const e of this._m.editors()) out.push(User._of(this._env, e));
    return out;
  }
  getViewers(): User[] {
    return this.getEditors();
  }

  getProtections(type: unknown): Protection[] {
    const kind = String(type);
    if (kind !== 'RANGE' && kind !== 'SHEET') throw this._env.error('Invalid argument: type');
    const out = this._env.array<Protection>();
    for (const p of this._m.protections) if (p.type === kind) out.push(Protection._of(p));
    return out;
  }

  toString(): string {
    return 'Spreadsheet';
  }
}

export interface SpreadsheetAppOptions {
  /** In a time-driven trigger run, getActiveSpreadsheet() gives the trigger's document (true)
   *  or null, as for a script with no container (false). */
  readonly clockActive: boolean;
}

export class SpreadsheetApp {
  readonly ProtectionType = ProtectionType;

  constructor(
    private readonly _env: Env,
    private readonly _options: SpreadsheetAppOptions,
  ) {}

  private _active(): SpreadsheetModel | null {
    if (this._env.runKind === 'clock-trigger' && !this._options.clockActive) return null;
    return this._env.active;
  }

  getActiveSpreadsheet(): Spreadsheet | null {
    const m = this._active();
    return m ? spreadsheetView(m) : null;
  }
  getActive(): Spreadsheet | null {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): Sheet | null {
    const m = this._active();
    const s = m ? (m.active ?? m.sheets[0]) : null;
    return s ? sheetView(s) : null;
  }
  getActiveRange(): Range | null {
    const m = this._active();
    const s = m ? (m.active ?? m.sheets[0]) : null;
    return s ? rangeOn(s, 1, 1) : null;
  }
  openById(id: unknown): Spreadsheet {
    const m = typeof id === 'string' ? this._env.spreadsheets.get(id) : undefined;
    if (!m)
      throw this._env.error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return spreadsheetView(m);
  }
  openByUrl(url: unknown): Spreadsheet {
    const id = typeof url === 'string' ? /\/d\/([^/]+)/.exec(url)?.[1] : undefined;
    const m = id ? this._env.spreadsheets.get(id) : undefined;
    if (!m)
      throw this._env.error(
        'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
      );
    return spreadsheetView(m);
  }
  getUi(): Ui {
    return this._env.expose(new Ui(this._env), 'Ui');
  }
  flush(): void {}

  toString(): string {
    return 'SpreadsheetApp';
  }
}

/** A value as a test wants to seed it, stored as given (no parsing): Dates copied, '' blank. */
export function seedValue(v: unknown): Written {
  if (v === null || v === undefined || v === '') return BLANK;
  if (isDate(v)) return { value: new Date(v.getTime()) };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v };
  throw new Error(`seed: cannot store ${typeof v} in a cell`);
}
