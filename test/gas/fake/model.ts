// The in-memory spreadsheet behind the views the script sees: sheets with sparse cell grids
// (values, formulas, and one grid per format such as numberFormat or background), merges and
// protections, and the rules Sheets enforces on them — protected cells, the 10,000,000-cell
// limit, case-insensitive unique sheet names. Views (spreadsheet.ts, range.ts, protection.ts)
// are thin, freshly made wrappers over these models, as Apps Script hands out fresh objects.
import type { Env } from './env';
import { BLANK, type ParseContext, type Stored, type Written } from './cells';
import { PropertyStore } from './properties';

/** 0-based rectangle of cells. */
export interface Rect {
  readonly r: number;
  readonly c: number;
  readonly nr: number;
  readonly nc: number;
}

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
export const CELL_LIMIT = 10_000_000;
export const MAX_COLUMNS = 18278;

export function intersects(a: Rect, b: Rect): boolean {
  return a.r < b.r + b.nr && b.r < a.r + a.nr && a.c < b.c + b.nc && b.c < a.c + a.nc;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.r >= outer.r &&
    inner.c >= outer.c &&
    inner.r + inner.nr <= outer.r + outer.nr &&
    inner.c + inner.nc <= outer.c + outer.nc
  );
}

function coveredBy(rect: Rect, areas: readonly Rect[]): boolean {
  if (areas.some((a) => contains(a, rect))) return true;
  const touching = areas.filter((a) => intersects(a, rect));
  if (!touching.length) return false;
  for (let r = rect.r; r < rect.r + rect.nr; r += 1) {
    for (let c = rect.c; c < rect.c + rect.nc; c += 1) {
      if (!touching.some((a) => r >= a.r && r < a.r + a.nr && c >= a.c && c < a.c + a.nc)) return false;
    }
  }
  return true;
}

type Axis = 'rows' | 'columns';

/** A rectangle after n rows/columns were inserted before index at (0-based). */
function rectAfterInsert(rect: Rect, axis: Axis, at: number, n: number): Rect {
  const [start, size] = axis === 'rows' ? [rect.r, rect.nr] : [rect.c, rect.nc];
  let s = start;
  let z = size;
  if (start >= at) s += n;
  else if (start + size > at) z += n;
  return axis === 'rows' ? { ...rect, r: s, nr: z } : { ...rect, c: s, nc: z };
}

/** A rectangle after rows/columns [at, at+n) were deleted; null when nothing of it is left. */
function rectAfterDelete(rect: Rect, axis: Axis, at: number, n: number): Rect | null {
  const [start, size] = axis === 'rows' ? [rect.r, rect.nr] : [rect.c, rect.nc];
  const end = start + size;
  const move = (i: number) => (i <= at ? i : Math.max(at, i - n));
  const s = move(start);
  const e = move(end);
  if (e <= s) return null;
  return axis === 'rows' ? { ...rect, r: s, nr: e - s } : { ...rect, c: s, nc: e - s };
}

type Grid<T> = Array<Array<T | undefined> | undefined>;

function insertInto<T>(list: T[], at: number, n: number): void {
  if (list.length <= at) return;
  const tail = list.splice(at);
  list.length = at + n;
  for (const x of tail) list.push(x);
}

/** Parse context for one sheet; textFormat is set per cell before each parse. */
class SheetParseContext implements ParseContext {
  textFormat = false;
  constructor(private readonly sheet: SheetModel) {}
  get timeZone(): string {
    return this.sheet.book.timeZone;
  }
  get locale(): string {
    return this.sheet.book.locale;
  }
  preset(formula: string): Stored | undefined {
    const v = this.sheet.book.env.formulaResults.get(formula);
    return v === undefined ? undefined : (v as Stored);
  }
  fail(message: string): never {
    throw this.sheet.book.env.error(message);
  }
}

export class ProtectionModel {
  description = '';
  warningOnly = false;
  /** null: the editors mirror the spreadsheet's (a fresh protection protects nothing yet). */
  editors: Set<string> | null = null;
  domainEdit = false;
  unprotected: Rect[] = [];
  removed = false;

  constructor(
    readonly type: 'RANGE' | 'SHEET',
    public sheet: SheetModel,
    public rect: Rect,
  ) {}
}

export class SheetModel {
  values: Grid<Stored> = [];
  formulas: Grid<string> = [];
  /** numberFormat, background, fontWeight, … : one sparse grid each. */
  readonly layers = new Map<string, Grid<unknown>>();
  merges: Rect[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  deleted = false;
  /** Sheet developer metadata (key, value), in the order added. */
  readonly developerMetadata: { key: string; value: string | null }[] = [];
  private cx: SheetParseContext | null = null;

  constructor(
    readonly book: SpreadsheetModel,
    public name: string,
    readonly id: number,
    public maxRows: number,
    public maxColumns: number,
  ) {}

  get env(): Env {
    return this.book.env;
  }

  parseContext(): SheetParseContext {
    this.cx ??= new SheetParseContext(this);
    return this.cx;
  }

  get(r: number, c: number): Stored | undefined {
    return this.values[r]?.[c];
  }

  formula(r: number, c: number): string | undefined {
    return this.formulas[r]?.[c];
  }

  layer(name: string, r: number, c: number): unknown {
    return this.layers.get(name)?.[r]?.[c];
  }

  setLayer(name: string, r: number, c: number, v: unknown): void {
    let grid = this.layers.get(name);
    if (!grid) {
      grid = [];
      this.layers.set(name, grid);
    }
    const row = (grid[r] ??= []);
    row[c] = v;
  }

  set(r: number, c: number, w: Written): void {
    if (w.value === undefined) {
      const row = this.values[r];
      if (row && c < row.length) row[c] = undefined;
    } else {
      (this.values[r] ??= [])[c] = w.value;
    }
    if (w.formula !== undefined) (this.formulas[r] ??= [])[c] = w.formula;
    else {
      const frow = this.formulas[r];
      if (frow && c < frow.length) frow[c] = undefined;
    }
    if (w.autoFormat !== undefined && this.layer('numberFormat', r, c) === undefined) {
      this.setLayer('numberFormat', r, c, w.autoFormat);
    }
  }

  clearContent(rect: Rect): void {
    for (let r = rect.r; r < rect.r + rect.nr; r += 1)
      for (let c = rect.c; c < rect.c + rect.nc; c += 1) this.set(r, c, BLANK);
  }

  clearFormats(rect: Rect): void {
    for (const grid of this.layers.values()) {
      for (let r = rect.r; r < rect.r + rect.nr; r += 1) {
        const row = grid[r];
        if (!row) continue;
        for (let c = rect.c; c < rect.c + rect.nc && c < row.length; c += 1) row[c] = undefined;
      }
    }
  }

  /** 1-based last row holding a value or a formula; 0 when the sheet is empty. */
  lastRow(): number {
    const has = (row: Array<unknown> | undefined) => {
      if (!row) return false;
      for (let c = row.length - 1; c >= 0; c -= 1) if (row[c] !== undefined) return true;
      return false;
    };
    for (let r = Math.max(this.values.length, this.formulas.length) - 1; r >= 0; r -= 1) {
      if (has(this.values[r]) || has(this.formulas[r])) return r + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const grid of [this.values, this.formulas] as Grid<unknown>[]) {
      for (const row of grid) {
        if (!row || row.length <= last) continue;
        for (let c = row.length - 1; c >= last; c -= 1) {
          if (row[c] !== undefined) {
            last = c + 1;
            break;
          }
        }
      }
    }
    return last;
  }

  /** A cell inside a merge other than its top-left one: it holds nothing. */
  hiddenByMerge(r: number, c: number): boolean {
    return this.merges.some(
      (m) => r >= m.r && r < m.r + m.nr && c >= m.c && c < m.c + m.nc && (r !== m.r || c !== m.c),
    );
  }

  private grids(): Grid<unknown>[] {
    return [this.values, this.formulas, ...this.layers.values()];
  }

  private protectionsHere(): ProtectionModel[] {
    return this.book.protections.filter((p) => p.sheet === this);
  }

  private reshape(update: (rect: Rect) => Rect | null): void {
    this.merges = this.merges.map(update).filter((m): m is Rect => m !== null && m.nr * m.nc > 1);
    for (const p of this.protectionsHere()) {
      if (p.type === 'RANGE') {
        const next = update(p.rect);
        if (next) p.rect = next;
        else p.removed = true;
      } else {
        p.rect = { r: 0, c: 0, nr: this.maxRows, nc: this.maxColumns };
      }
      p.unprotected = p.unprotected.map(update).filter((u): u is Rect => u !== null);
    }
    this.book.protections = this.book.protections.filter((p) => !p.removed);
  }

  insertRows(at: number, n: number): void {
    this.book.ensureCells(n * this.maxColumns);
    for (const grid of this.grids()) insertInto(grid, at, n);
    this.maxRows += n;
    this.reshape((rect) => rectAfterInsert(rect, 'rows', at, n));
  }

  deleteRows(at: number, n: number): void {
    for (const grid of this.grids()) grid.splice(at, n);
    this.maxRows -= n;
    this.reshape((rect) => rectAfterDelete(rect, 'rows', at, n));
  }

  insertColumns(at: number, n: number): void {
    if (this.maxColumns + n > MAX_COLUMNS)
      throw this.env.error(`The sheet would have more than ${MAX_COLUMNS} columns.`);
    this.book.ensureCells(n * this.maxRows);
    for (const grid of this.grids()) for (const row of grid) if (row) insertInto(row, at, n);
    this.maxColumns += n;
    this.reshape((rect) => rectAfterInsert(rect, 'columns', at, n));
  }

  deleteColumns(at: number, n: number): void {
    for (const grid of this.grids()) for (const row of grid) if (row) row.splice(at, n);
    this.maxColumns -= n;
    this.reshape((rect) => rectAfterDelete(rect, 'columns', at, n));
  }

  /** The whole grid, for sheet protections and clear(). */
  all(): Rect {
    return { r: 0, c: 0, nr: this.maxRows, nc: this.maxColumns };
  }

  assertAlive(): void {
    if (this.deleted) throw this.env.error(`The sheet ${this.name} has been deleted.`);
  }
}

export interface SpreadsheetInit {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly owner: string | null;
  readonly editors: readonly string[];
  readonly autoGrow: boolean;
}

export class SpreadsheetModel {
  readonly id: string;
  name: string;
  timeZone: string;
  readonly locale: string;
  readonly owner: string | null;
  readonly declaredEditors: ReadonlySet<string>;
  /** getRange beyond the grid grows the sheet instead of throwing (not what Sheets does). */
  readonly autoGrow: boolean;
  sheets: SheetModel[] = [];
  protections: ProtectionModel[] = [];
  active: SheetModel | null = null;
  readonly documentProperties = new PropertyStore();
  private nextSheetId = 0;

  constructor(
    readonly env: Env,
    init: SpreadsheetInit,
  ) {
    this.id = init.id;
    this.name = init.name;
    this.timeZone = init.timeZone;
    this.locale = init.locale;
    this.owner = init.owner;
    this.declaredEditors = new Set(init.editors);
    this.autoGrow = init.autoGrow;
  }

  /** Everyone with edit access: the owner, the declared editors, and everyone who acted. */
  editors(): string[] {
    const all = new Set<string>();
    if (this.owner) all.add(this.owner);
    for (const e of this.declaredEditors) all.add(e);
    for (const u of this.env.knownUsers) all.add(u);
    return [...all];
  }

  defaultSheetName(): string {
    const base = this.locale.startsWith('zh') ? '工作表' : 'Sheet';
    for (let i = 1; ; i += 1) if (!this.sheetByName(`${base}${i}`)) return `${base}${i}`;
  }

  sheetByName(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  checkSheetName(name: unknown, except?: SheetModel): string {
    if (typeof name !== 'string' || name.trim() === '') throw this.env.error('Invalid argument: sheetName');
    if (name.length > 100) throw this.env.error('Sheet names can be at most 100 characters long.');
    const other = this.sheetByName(name);
    if (other && other !== except) {
      throw this.env.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    return name;
  }

  totalCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  ensureCells(extra: number): void {
    if (this.totalCells() + extra > CELL_LIMIT) {
      throw this.env.error(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
  }

  addSheet(name: string, index = this.sheets.length, rows = 1000, columns = 26): SheetModel {
    this.checkSheetName(name);
    this.ensureCells(rows * columns);
    const sheet = new SheetModel(
      this,
      name,
      this.nextSheetId === 0 ? 0 : 100000 + this.nextSheetId * 7919,
      rows,
      columns,
    );
    this.nextSheetId += 1;
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.active ??= sheet;
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.protections = this.protections.filter((p) => p.sheet !== sheet);
    sheet.deleted = true;
    if (this.active === sheet) this.active = this.sheets[0] ?? null;
  }

  // ---------- protection ----------

  canEditProtection(p: ProtectionModel, user: string): boolean {
    if (p.removed) return true;
    if (user && user === this.owner) return true;
    if (p.warningOnly) return true;
    if (p.editors === null) return this.editors().includes(user);
    if (p.editors.has(user)) return true;
    return p.domainEdit && domainOf(user) !== '' && domainOf(user) === domainOf(this.owner ?? '');
  }

  /** Throws Sheets' message when the account the script runs as may not write these cells. */
  assertCanWrite(sheet: SheetModel, rect: Rect): void {
    const user = this.env.effective;
    for (const p of this.protections) {
      if (p.sheet !== sheet || this.canEditProtection(p, user)) continue;
      const blocked = p.type === 'RANGE' ? intersects(p.rect, rect) : !coveredBy(rect, p.unprotected);
      if (blocked) throw this.env.error(PROTECTED_MESSAGE);
    }
  }

  /** Renaming, deleting, inserting or deleting rows and columns of a protected sheet. */
  assertCanChangeSheet(sheet: SheetModel): void {
    const user = this.env.effective;
    for (const p of this.protections) {
      if (p.sheet === sheet && p.type === 'SHEET' && !this.canEditProtection(p, user))
        throw this.env.error(PROTECTED_MESSAGE);
    }
  }
}

function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}
