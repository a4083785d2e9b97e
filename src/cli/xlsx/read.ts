// Sheets as Range.getValues gives them, read straight from the package: shared and inline
// strings, numbers, booleans, error codes, formulas' cached results, and dates (numbers in a
// date format) as UTC-based Dates. The non-top-left cells of a merge read as ''.
import type { SheetGrid } from '../../table/grid';
import { elements, firstBody, itemText, readBook, readDateStyles, readSharedStrings, type Book } from './book';
import { parseRow, sheetPieces, type RawCell } from './sheet';
import { ATTRS, attr, decodeText, parseRange, type CellRange } from './xml';
import type { ZipIn } from './zip';
import { progress } from '../progress';

type Plain = string | number | boolean | Date;

/** Where a sheet lives in the package and what the patcher must leave alone in it. */
export interface SheetPart {
  readonly name: string;
  /** The worksheet part; null for a sheet with no cells (a chart sheet). */
  readonly part: string | null;
  readonly merges: readonly CellRange[];
  /** 1-based column ranges that are hidden, grouped or outlined: no new own column goes there. */
  readonly veiled: readonly ColumnSpan[];
  /** Guishu's own sheet (marked, or known by name and head): never read as data. */
  readonly own: boolean;
}

export interface ColumnSpan {
  readonly min: number;
  readonly max: number;
}

/** The `<col>` ranges of a sheet head that are hidden or in an outline group. */
export function veiledColumns(head: string): ColumnSpan[] {
  const out: ColumnSpan[] = [];
  for (const { tag } of elements(firstBody(head, 'cols') ?? '', 'col')) {
    const hidden = attr(tag, 'hidden');
    const level = Number(attr(tag, 'outlineLevel') ?? 0);
    if (hidden === '1' || hidden === 'true' || level > 0) {
      const min = Number(attr(tag, 'min'));
      const max = Number(attr(tag, 'max') ?? min);
      if (Number.isInteger(min) && Number.isInteger(max) && min > 0) out.push({ min, max: Math.max(min, max) });
    }
  }
  return out;
}

export interface SheetRead extends SheetPart {
  readonly grid: SheetGrid;
}

const DAY_MS = 86_400_000;
// Serial day 25569 is 1970-01-01 in the 1900 date system; the 1904 system is 1462 days later.
const serialDate = (serial: number, date1904: boolean): Date =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));

interface Decoder {
  readonly shared: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** One Date per distinct day (a register repeats its days): a Date takes about 100 bytes.
   *  Stamps with a time rarely repeat and are not cached. Nothing downstream mutates a Date. */
  readonly days: Map<number, Date>;
}

const DAY_CACHE_LIMIT = 100_000;
/** Cells of the largest sheet rectangle made (about 100 MB of slots); past it rows are ragged. */
const DENSE_CELLS = 12_000_000;

function dateOf(serial: number, d: Decoder): Date {
  if (!Number.isInteger(serial)) return serialDate(serial, d.date1904);
  let date = d.days.get(serial);
  if (!date) {
    date = serialDate(serial, d.date1904);
    if (d.days.size < DAY_CACHE_LIMIT) d.days.set(serial, date);
  }
  return date;
}

const V = new RegExp(`<(?:[\\w.-]+:)?v(?:\\s${ATTRS})?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?v\\s*>)`);
const IS = new RegExp(`<(?:[\\w.-]+:)?is(?:\\s${ATTRS})?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?is\\s*>)`);

/** One cell's value as getValues gives it. */
export function cellValue(cell: RawCell, d: Decoder): Plain {
  const type = attr(cell.tag, 't') ?? 'n';
  if (type === 'inlineStr') return itemText(IS.exec(cell.body)?.[1] ?? '');
  const v = V.exec(cell.body)?.[1];
  if (v === undefined) return ''; // empty, or a formula never calculated
  switch (type) {
    case 's':
      return d.shared[Number(v)] ?? '';
    case 'str':
    case 'e':
      return decodeText(v);
    case 'b':
      return v === '1' || v === 'true';
    case 'd': {
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isNaN(date.getTime()) ? decodeText(v) : date;
    }
    default: {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n)) return decodeText(v);
      const s = Number(attr(cell.tag, 's') ?? 0);
      return d.dateStyles[s] ? dateOf(n, d) : n;
    }
  }
}

/**
 * What may be left undecoded: a whole sheet, or some columns below a 0-based row. Asked once a
 * sheet's first `headRows` rows are read (see passOver in src/table/read.ts).
 */
export interface Skipper {
  readonly headRows: number;
  decide(
    name: string,
    head: readonly (readonly Plain[])[],
    book: Book,
  ): 'sheet' | { readonly below: number; readonly columns: readonly number[] } | null;
}

/** Every sheet's values, in tab order; the zip stays open for the patcher. */
export async function readSheets(zip: ZipIn, skipper?: Skipper): Promise<{ book: Book; sheets: SheetRead[] }> {
  const book = await readBook(zip);
  const decoder: Decoder = {
    shared: await readSharedStrings(zip, book),
    dateStyles: await readDateStyles(zip, book),
    date1904: book.date1904,
    days: new Map(),
  };
  const sheets: SheetRead[] = [];
  for (const sheet of book.sheets) {
    // A sheet with no cells, or one the reader would pass over whole: no values, no merges.
    const whole = skipper?.decide(sheet.name, [], book) === 'sheet';
    if (!sheet.part || whole) {
      sheets.push({
        name: sheet.name,
        grid: { name: sheet.name, values: [] },
        part: sheet.part,
        merges: [],
        veiled: [],
        own: whole,
      });
      continue;
    }
    const { values, merges, veiled, own } = await readSheet(
      zip,
      sheet.part,
      decoder,
      (head) => skipper?.decide(sheet.name, head, book) ?? null,
      skipper?.headRows ?? 0,
    );
    sheets.push({ name: sheet.name, grid: { name: sheet.name, values }, part: sheet.part, merges, veiled, own });
  }
  return { book, sheets };
}

async function readSheet(
  zip: ZipIn,
  part: string,
  d: Decoder,
  decide: (head: readonly (readonly Plain[])[]) => ReturnType<Skipper['decide']>,
  headRows: number,
): Promise<{ values: Plain[][]; merges: CellRange[]; veiled: ColumnSpan[]; own: boolean }> {
  const rows: Plain[][] = [];
  let veiled: ColumnSpan[] = [];
  let own = false;
  let width = 0;
  let row = 0;
  let tail = '';
  // Columns left undecoded below a row, once the head has been seen (undefined: not yet asked).
  let skip: { below: number; columns: Set<number> } | null | undefined = headRows > 0 ? undefined : null;
  // Progress by the characters read against the part's size (sheet XML is nearly all ASCII).
  const total = zip.size(part) || 1;
  let seen = 0;
  async function* counted(): AsyncIterable<string> {
    for await (const chunk of zip.chunks(part)) {
      seen += chunk.length;
      yield chunk;
    }
  }
  for await (const piece of sheetPieces(counted())) {
    if (piece.kind === 'tail') tail = piece.text;
    if (piece.kind === 'row' && (row & 1023) === 0) progress('read', seen / total, row);
    if (piece.kind === 'head') veiled = veiledColumns(piece.text);
    if (piece.kind !== 'row') continue;
    const parsed = parseRow(piece.text, row);
    row = parsed.row;
    if (skip === undefined && row > headRows) {
      // The head as readWorkbook will see it: blanks as '', not holes.
      const said = decide(Array.from({ length: headRows }, (_, r) => Array.from(rows[r] ?? [], (v) => v ?? '')));
      // 1-based columns, as cells carry them.
      skip =
        said && said !== 'sheet' ? { below: said.below + 1, columns: new Set(said.columns.map((c) => c + 1)) } : null;
      // An own sheet known by its head: nothing more of it is decoded.
      if (said === 'sheet') {
        own = true;
        rows.length = 0;
        width = 0;
      }
    }
    if (own) continue;
    let cells: Plain[] | null = null;
    for (const cell of parsed.cells) {
      if (skip && row > skip.below && skip.columns.has(cell.col)) continue;
      const value = cellValue(cell, d);
      if (value === '') continue;
      cells ??= rows[row - 1] ?? [];
      cells[cell.col - 1] = value;
      if (cell.col > width) width = cell.col;
    }
    if (cells) rows[row - 1] = cells;
  }
  // A sheet shorter than the head: asked now, with all it has.
  if (skip === undefined && decide(rows.map((r) => Array.from(r ?? [], (v) => v ?? ''))) === 'sheet') {
    own = true;
    rows.length = 0;
    width = 0;
  }
  // A rectangle, blanks as '' (what getValues returns for the sheet's data range), as long as
  // that stays small. A stray value at XFD or on row 1,048,576 would make the rectangle billions
  // of cells: then each row is as long as its own last cell, and the table layer (which reads a
  // missing cell as blank) sees the same values. Rows with no cells share one blank row, never
  // written to except with '' (merges below).
  const dense = width * rows.length <= DENSE_CELLS;
  const blank: Plain[] = dense ? new Array<Plain>(width).fill('') : [];
  const values: Plain[][] = new Array<Plain[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (cells === undefined) {
      values[r] = blank;
      continue;
    }
    if (!dense) {
      for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = '';
      values[r] = cells;
      continue;
    }
    if (cells.length === width) {
      for (let c = 0; c < width; c++) if (cells[c] === undefined) cells[c] = '';
      values[r] = cells;
      continue;
    }
    // Padding an array past its capacity would grow it by half again: a million rows of a copy
    // with six own columns more than its data would carry 200 MB of empty slots.
    const exact = new Array<Plain>(width);
    for (let c = 0; c < width; c++) exact[c] = cells[c] ?? '';
    values[r] = exact;
  }
  const merges: CellRange[] = [];
  for (const { tag } of elements(tail, 'mergeCell')) {
    const range = parseRange(attr(tag, 'ref') ?? '');
    if (!range) continue;
    merges.push(range);
    // Only the top-left cell of a merge holds its value (cells past a row's end are blank already).
    for (let r = range.top; r <= Math.min(range.bottom, values.length); r++) {
      const cells = values[r - 1] as Plain[];
      if (cells === blank) continue;
      for (let c = range.left; c <= Math.min(range.right, cells.length); c++)
        if (r !== range.top || c !== range.left) cells[c - 1] = '';
    }
  }
  return { values, merges, veiled, own };
}
