// The annotated copy, made by patching the package instead of rebuilding it: every part is
// copied as it was except the ones Guishu owns. In the register and filing sheets only the own
// columns change; the own sheets are replaced or added; the header style gets one bold font.
// Everything else (formatting, formulas, validations, pictures, pivot tables) is left as read.
import path from 'node:path/posix';
import type { AnnotationPlan, OwnSheetPlan } from '../../table/render';
import { DAYS_LEFT_COLOURS, daysLeftFormula, isDaysLeftFormula } from '../../table/colours';
import type { DaysLeftBands } from '../../table/standing';
import { elements, firstBody, MARK_PREFIX, REL_NS, WORKSHEET_TYPE, type Book } from './book';
import { freeSheetName, markKind, writtenSheetKind } from '../../table/roles';
import type { SheetPart } from './read';
import { parseRow, sheetPieces, type RawCell, type SheetPiece } from './sheet';
import {
  ATTRS,
  attr,
  columnLetters,
  encodeAttr,
  encodeText,
  OPEN_ATTRS,
  parseRange,
  rangeText,
  type CellRange,
} from './xml';
import { writeZip, type ZipIn, type ZipPart } from './zip';
import { progress } from '../progress';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const OWN_WIDTH = 14;
const OWN_SHEET_WIDTH = 16;
const REASON_WIDTH = 48;

/** A block of own columns with the 0-based sheet column of each (src/table/placement.ts). */
export interface PlacedPlan extends AnnotationPlan {
  readonly columns: readonly number[];
}

/** Which formula results Guishu itself reads, by sheet name: 'all', or 1-based columns. */
export type KeepCached = 'all' | ReadonlySet<number>;

export interface PatchOptions {
  /**
   * Ask for fresh formula values: Excel recalculates every formula on open (calcPr
   * fullCalcOnLoad), and every formula cell whose cached result Guishu does not read loses it, the
   * one thing LibreOffice recalculates on load (docs/cli.md). Sheets absent from the map lose all.
   */
  readonly recalc?: ReadonlyMap<string, KeepCached>;
  /** The days-left colour bands (issue 13); without them no colour rule is written. */
  readonly bands?: DaysLeftBands | null;
}

export interface PatchNotes {
  /** Own cells inside a manager's merged range: left alone (writing would change the merge). */
  readonly skippedMerged: number;
}

export async function writePatched(
  zip: ZipIn,
  book: Book,
  sheets: readonly SheetPart[],
  /** Own columns of registers and filings; rows are rendered as their part is written. */
  blocks: readonly PlacedPlan[],
  own: readonly OwnSheetPlan[],
  file: string,
  options: PatchOptions = {},
): Promise<PatchNotes> {
  const bands = options.bands ?? null;
  const boldStyles = book.stylesPart ? withBoldStyle(await zip.text(book.stylesPart)) : null;
  const dxfs = boldStyles && bands ? withDaysLeftDxfs(boldStyles.xml) : null;
  const styles = boldStyles ? { xml: dxfs?.xml ?? boldStyles.xml, bold: boldStyles.bold } : null;
  const bold = styles?.bold ?? null;
  const colour: Colour | null = dxfs && bands ? { bands, red: dxfs.red, amber: dxfs.amber } : null;
  const partOf = new Map(sheets.map((s) => [s.name, s]));
  const blockOf = new Map<string, { block: PlacedPlan; merges: readonly CellRange[] }>();
  for (const block of blocks) {
    const read = partOf.get(block.sheet);
    if (read?.part) blockOf.set(read.part.toLowerCase(), { block, merges: read.merges });
  }

  // Own sheets (issue 16.4): the one marked as that kind (or an unmarked one an earlier version
  // wrote) gets new XML in its old part; otherwise a new part, under the own name or, when a
  // manager's sheet has that name, another (问题 (归属)). Every own sheet leaves marked.
  const replaced = new Map<string, OwnSheetPlan>();
  const added: { sheet: OwnSheetPlan; part: string; relId: string; sheetId: number }[] = [];
  const marks: Mark[] = [];
  const names = new Set(book.sheets.map((s) => s.name.toLowerCase()));
  let sheetId = book.sheets.reduce((m, s) => Math.max(m, s.sheetId), 0);
  let n = 1;
  for (const plan of own) {
    const kind = markKind(plan.name);
    const found = sheets.find(
      (s) =>
        s.part &&
        (book.marks.get(s.name) === kind || (s.own && !book.marks.has(s.name) && writtenSheetKind(s.name) === kind)),
    );
    if (found?.part) {
      replaced.set(found.part.toLowerCase(), plan);
      if (!book.marks.has(found.name))
        marks.push({ kind, index: book.sheets.findIndex((s) => s.name === found.name), name: found.name });
      continue;
    }
    const sheet = { ...plan, name: freeSheetName(plan.name, (x) => names.has(x.toLowerCase())) };
    names.add(sheet.name.toLowerCase());
    marks.push({ kind, index: book.sheets.length + added.length, name: sheet.name });
    while (zip.has(`xl/worksheets/sheet${n}.xml`) || added.some((a) => a.part === `xl/worksheets/sheet${n}.xml`)) n++;
    const relIds = new Set(book.rels.map((r) => r.id));
    let k = added.length + 1;
    while (relIds.has(`rIdGuishu${k}`)) k++;
    added.push({ sheet, part: `xl/worksheets/sheet${n}.xml`, relId: `rIdGuishu${k}`, sheetId: ++sheetId });
  }

  // The calculation chain lists formula cells; Excel rebuilds it when it is missing, and keeping
  // it after a formula cell was overwritten makes Excel offer to "repair" the file.
  const calcChain = book.rels.find((r) => r.type.endsWith('/calcChain'))?.part.toLowerCase() ?? null;
  let skippedMerged = 0;
  const parts: ZipPart[] = [];
  const nameOfPart = new Map(book.sheets.flatMap((s) => (s.part ? [[s.part.toLowerCase(), s.name] as const] : [])));
  const keepOf = (sheet: string | undefined): KeepCached =>
    !options.recalc ? 'all' : (sheet !== undefined && options.recalc.get(sheet)) || new Set<number>();
  for (const name of zip.names) {
    const key = name.toLowerCase();
    if (key === calcChain) continue;
    const patched = blockOf.get(key);
    const ownSheet = replaced.get(key);
    if (key === '[content_types].xml') {
      parts.push({
        name,
        text: async function* () {
          yield contentTypes(
            await zip.text(name),
            added.map((a) => a.part),
            calcChain,
          );
        },
      });
    } else if (key === book.workbookPart.toLowerCase()) {
      parts.push({
        name,
        text: async function* () {
          const xml = withMarks(workbookXml(await zip.text(name), added), marks);
          yield options.recalc ? fullCalcOnLoad(xml) : xml;
        },
      });
    } else if (key === book.relsPart.toLowerCase()) {
      parts.push({
        name,
        text: async function* () {
          yield workbookRels(
            await zip.text(name),
            added.map((a) => ({ id: a.relId, target: path.relative(path.dirname(book.workbookPart), a.part) })),
            calcChain,
          );
        },
      });
    } else if (styles && key === book.stylesPart?.toLowerCase()) {
      parts.push({ name, text: () => [styles.xml] });
    } else if (patched) {
      const keep = keepOf(nameOfPart.get(key));
      parts.push({
        name,
        text: () =>
          patchSheet(
            sheetPieces(zip.chunks(name)),
            patched.block,
            patched.merges,
            bold,
            (k) => (skippedMerged += k),
            keep,
            colour,
          ),
      });
    } else if (ownSheet) {
      parts.push({ name, text: () => ownSheetXml(ownSheet, bold, colour) });
    } else if (options.recalc && nameOfPart.has(key) && keepOf(nameOfPart.get(key)) !== 'all') {
      const keep = keepOf(nameOfPart.get(key));
      parts.push({ name, text: () => recalcSheet(sheetPieces(zip.chunks(name)), keep) });
    } else {
      parts.push({ name, copy: () => zip.stream(name) });
    }
  }
  for (const a of added) parts.push({ name: a.part, text: () => ownSheetXml(a.sheet, bold, colour) });
  await writeZip(file, parts);
  return { skippedMerged };
}

// ---------- cells ----------

/** A string cell Guishu writes: always an inline string, so `=…`, `+1` or `@x` stay text. */
function textCell(p: string, ref: string, text: string, style: number | null): string {
  const s = style === null ? '' : ` s="${style}"`;
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${encodeText(text)}</${p}t></${p}is></${p}c>`;
}

/** A number Guishu writes (剩余天数): sorts and filters as a number. */
function numberCell(p: string, ref: string, n: string): string {
  return `<${p}c r="${ref}"><${p}v>${n}</${p}v></${p}c>`;
}

/** A cell of an own column or sheet: a number where the column holds numbers, else text. */
function ownCell(p: string, ref: string, text: string, style: number | null, isNumber: boolean): string {
  return isNumber && style === null && /^\d{1,5}$/.test(text)
    ? numberCell(p, ref, text)
    : textCell(p, ref, text, style);
}

// ---------- days left: conditional formats (issue 13) ----------

interface Colour {
  readonly bands: DaysLeftBands;
  /** dxf ids in styles.xml. */
  readonly red: number;
  readonly amber: number;
}

const dxfXml = (p: string, rgb: string): string =>
  `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor rgb="${rgb}"/></${p}patternFill></${p}fill></${p}dxf>`;

/** styles.xml with the two days-left fills as dxfs (reused when an earlier run added them). */
export function withDaysLeftDxfs(xml: string): { xml: string; red: number; amber: number } | null {
  const p = /<([\w.-]+:)?styleSheet\b/.exec(xml)?.[1] ?? '';
  const wanted = [dxfXml(p, DAYS_LEFT_COLOURS.red.rgb), dxfXml(p, DAYS_LEFT_COLOURS.amber.rgb)];
  const block = /<((?:[\w.-]+:)?)dxfs\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?dxfs>)/.exec(xml);
  const list = block
    ? [...(block[3] ?? '').matchAll(/<(?:[\w.-]+:)?dxf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?dxf>)/g)].map((m) => m[0])
    : [];
  const at = wanted.map((w) => list.indexOf(w));
  if (at.every((i) => i >= 0)) return { xml, red: at[0] as number, amber: at[1] as number };
  const all = [...list, ...wanted];
  const red = list.length;
  const body = `<${p}dxfs count="${all.length}">${all.join('')}</${p}dxfs>`;
  let out: string;
  if (block) out = xml.replace(block[0], body);
  else {
    // dxfs come after cellStyles and before tableStyles, colors and extLst.
    const next = /<(?:[\w.-]+:)?(?:tableStyles|colors|extLst)\b|<\/(?:[\w.-]+:)?styleSheet>/.exec(xml);
    if (!next) return null;
    out = xml.slice(0, next.index) + body + xml.slice(next.index);
  }
  return { xml: out, red, amber: red + 1 };
}

/** The <conditionalFormatting> of one days-left column, rows top..bottom (1-based). */
function colourXml(p: string, column: number, top: number, bottom: number, colour: Colour, priority: number): string {
  if (bottom < top) return '';
  const letters = columnLetters(column);
  const cell = `${letters}${top}`;
  const rule = (dxf: number, atMost: number, k: number): string =>
    `<${p}cfRule type="expression" dxfId="${dxf}" priority="${priority + k}" stopIfTrue="1"><${p}formula>${encodeText(daysLeftFormula(cell, atMost, false))}</${p}formula></${p}cfRule>`;
  const amber = colour.bands.warnDays > colour.bands.alertDays ? rule(colour.amber, colour.bands.warnDays, 1) : '';
  return `<${p}conditionalFormatting sqref="${letters}${top}:${letters}${bottom}">${rule(colour.red, colour.bands.alertDays, 0)}${amber}</${p}conditionalFormatting>`;
}

const CF = /<(?:[\w.-]+:)?conditionalFormatting\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?conditionalFormatting>/g;
/** Elements that come after conditionalFormatting in a worksheet (ECMA-376 order). */
const AFTER_CF =
  /<(?:[\w.-]+:)?(?:dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/(?:[\w.-]+:)?worksheet>/;

/** Ours: every rule a days-left formula painting one of our two dxfs. */
function isOurColour(element: string, colour: Colour): boolean {
  const rules = [...element.matchAll(/<(?:[\w.-]+:)?cfRule\b([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?cfRule>/g)];
  return (
    rules.length > 0 &&
    rules.every((m) => {
      const dxf = Number(attr(m[1] ?? '', 'dxfId'));
      const formula = /<(?:[\w.-]+:)?formula>([\s\S]*?)<\//.exec(m[2] ?? '')?.[1] ?? '';
      return (dxf === colour.red || dxf === colour.amber) && isDaysLeftFormula(formula.replace(/&lt;/g, '<'));
    })
  );
}

/** The tail of a patched sheet: Guishu's earlier colour rules dropped, this run's put in. */
function tailWithColour(tail: string, colour: Colour, make: (priority: number) => string): string {
  const kept = tail.replace(CF, (element) => (isOurColour(element, colour) ? '' : element));
  const priorities = [...kept.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*?\spriority\s*=\s*"(\d+)"/g)].map((m) =>
    Number(m[1]),
  );
  const xml = make(priorities.reduce((a, b) => Math.max(a, b), 0) + 1);
  if (!xml) return kept;
  const at = AFTER_CF.exec(kept);
  return at ? kept.slice(0, at.index) + xml + kept.slice(at.index) : kept + xml;
}

/** A kept cell with its reference spelled out (rows around it may gain cells). */
function withRef(cell: RawCell, row: number): string {
  if (/(?:^|\s)r\s*=/.test(cell.tag)) return cell.xml;
  return cell.xml.replace(/^<((?:[\w.-]+:)?c)\b/, `<$1 r="${columnLetters(cell.col)}${row}"`);
}

// ---------- register and filing sheets: own columns ----------

async function* patchSheet(
  pieces: AsyncIterable<SheetPiece>,
  block: PlacedPlan,
  merges: readonly CellRange[],
  bold: number | null,
  skipped: (n: number) => void,
  keep: KeepCached = 'all',
  colour: Colour | null = null,
): AsyncIterable<string> {
  const numbers = new Set(block.numberColumns ?? []);
  // 1-based sheet column of each own column, in the block's order (placeColumns).
  const cols = block.columns.map((c) => c + 1);
  const own = new Set(cols);
  const last = cols.reduce((m, c) => Math.max(m, c), 0);
  const top = block.headerRow;
  const bottom = top + block.rows.length - 1;
  const mergedHere = merges.filter((m) => cols.some((c) => c >= m.left && c <= m.right));
  const merged = (r: number, c: number): boolean =>
    mergedHere.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  // Cells are written in ascending columns whatever order the own columns are in.
  const byColumn = cols.map((c, i) => ({ c, i })).sort((a, b) => a.c - b.c);
  let p = '';
  let next = top; // the next block row not yet written
  let previous = 0;
  let skippedCells = 0;

  const ours = (r: number): OwnCell[] => {
    const values = r >= top && r <= bottom ? block.rows.row(r - top) : undefined;
    const out: OwnCell[] = [];
    for (const { c, i } of byColumn) {
      const text = values?.[i] ?? '';
      if (merged(r, c)) {
        if (text) skippedCells++;
        continue;
      }
      if (text)
        out.push({ col: c, xml: ownCell(p, `${columnLetters(c)}${r}`, text, r === top ? bold : null, numbers.has(i)) });
    }
    return out;
  };
  const newRow = (r: number): string => {
    const cells = ours(r);
    return cells.length ? `<${p}row r="${r}">${cells.map((c) => c.xml).join('')}</${p}row>` : '';
  };

  for await (const piece of pieces) {
    if (piece.kind === 'head') {
      p = /<([\w.-]+:)?worksheet\b/.exec(piece.text)?.[1] ?? '';
      const head = sheetHead(piece.text, p, { top: 1, left: 1, bottom, right: last }, cols);
      if (!piece.empty) {
        yield head;
        continue;
      }
      // `<sheetData/>`: a sheet with no rows at all gets the block as its rows.
      let rows = '';
      for (let r = top; r <= bottom; r++) rows += newRow(r);
      yield `${head}<${p}sheetData>${rows}</${p}sheetData>`;
      next = bottom + 1;
      continue;
    }
    if (piece.kind === 'tail') {
      for (; next <= bottom; next++) yield newRow(next);
      const days = block.daysLeftColumn;
      const daysAt = days === undefined ? undefined : cols[days];
      yield colour && daysAt !== undefined
        ? tailWithColour(piece.text, colour, (priority) => colourXml(p, daysAt, top + 1, bottom, colour, priority))
        : piece.text;
      continue;
    }
    const row = parseRow(piece.text, previous);
    previous = row.row;
    for (; next < row.row && next <= bottom; next++) yield newRow(next);
    if (row.row < top) {
      yield piece.text;
      continue;
    }
    if (row.row <= bottom) next = row.row + 1;
    if ((row.row & 1023) === 0) progress('write', (row.row - top) / Math.max(1, bottom - top), row.row);
    yield patchRow(p, row, ours(row.row), own, merged, keep);
  }
  skipped(skippedCells);
}

interface OwnCell {
  readonly col: number;
  readonly xml: string;
}

/**
 * A row with its own-column cells replaced (or emptied below the block), the rest as it was. An
 * own-column cell Guishu leaves empty keeps its format (a bordered template stays bordered);
 * a cell Guishu writes has Guishu's one style (the header bold, the rest the workbook default).
 */
function patchRow(
  p: string,
  row: ReturnType<typeof parseRow>,
  ours: readonly OwnCell[],
  own: ReadonlySet<number>,
  merged: (r: number, c: number) => boolean,
  keep: KeepCached = 'all',
): string {
  // Both lists are in column order: merge them (cells must stay in ascending columns).
  let cells = '';
  let i = 0;
  for (const cell of row.cells) {
    let xml = keep === 'all' || keep.has(cell.col) ? withRef(cell, row.row) : uncached(cell, row.row);
    if (own.has(cell.col) && !merged(row.row, cell.col)) {
      if (ours.some((o) => o.col === cell.col)) continue;
      const style = attr(cell.tag, 's');
      if (style === null || style === '0') continue;
      xml = `<${p}c r="${columnLetters(cell.col)}${row.row}" s="${encodeAttr(style)}"/>`;
    }
    for (; i < ours.length && ours[i].col < cell.col; i++) cells += ours[i].xml;
    cells += xml;
  }
  for (; i < ours.length; i++) cells += ours[i].xml;
  // `spans` is only a hint of the row's columns; dropped rather than kept wrong.
  const attrs = row.tag.replace(/\s(?:[\w.-]+:)?(?:r|spans)\s*=\s*(?:"[^"]*"|'[^']*')/g, '');
  return `<${p}row r="${row.row}"${attrs}>${cells}</${p}row>`;
}

const FORMULA = /<(?:[\w.-]+:)?f\b/;
const CACHED = new RegExp(`<(?:[\\w.-]+:)?v(?:\\s${ATTRS})?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?v\\s*>)`);
const TYPE = /\st\s*=\s*(?:"[^"]*"|'[^']*')/;
const START_TAG = new RegExp(`^<[\\w.:-]+${ATTRS}`);

/** A kept cell; a formula cell without its cached result (and the result's type). */
function uncached(cell: RawCell, row: number): string {
  const xml = withRef(cell, row);
  if (!FORMULA.test(cell.body)) return xml;
  const end = START_TAG.exec(xml)?.[0].length ?? 0;
  return xml.slice(0, end).replace(TYPE, '') + xml.slice(end).replace(CACHED, '');
}

/** A sheet Guishu does not annotate, its formula cells left to be calculated on open. */
async function* recalcSheet(pieces: AsyncIterable<SheetPiece>, keep: KeepCached): AsyncIterable<string> {
  let p = '';
  let previous = 0;
  const none = new Set<number>();
  for await (const piece of pieces) {
    if (piece.kind === 'head') {
      p = /<([\w.-]+:)?worksheet\b/.exec(piece.text)?.[1] ?? '';
      yield piece.empty ? `${piece.text}<${p}sheetData/>` : piece.text;
      continue;
    }
    if (piece.kind === 'tail') {
      yield piece.text;
      continue;
    }
    const row = parseRow(piece.text, previous);
    previous = row.row;
    yield FORMULA.test(piece.text) ? patchRow(p, row, [], none, () => false, keep) : piece.text;
  }
}

interface Mark {
  readonly kind: string;
  /** 0-based position of the sheet in the workbook's sheet list (localSheetId). */
  readonly index: number;
  readonly name: string;
}

/** A sheet name as a formula writes it: `'问题 (归属)'`, quotes doubled. */
const quotedSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** workbook.xml with a hidden, sheet-scoped defined name on each own sheet (MARK_PREFIX). */
export function withMarks(xml: string, marks: readonly Mark[]): string {
  if (!marks.length) return xml;
  const p = /<([\w.-]+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const more = marks
    .map(
      (m) =>
        `<${p}definedName name="${MARK_PREFIX}${encodeAttr(m.kind)}" localSheetId="${m.index}" hidden="1">${encodeText(quotedSheet(m.name))}!$A$1</${p}definedName>`,
    )
    .join('');
  const empty = new RegExp(`<((?:[\\w.-]+:)?)definedNames(?:\\s${ATTRS})?/>`);
  if (empty.test(xml)) return xml.replace(empty, `<${p}definedNames>${more}</${p}definedNames>`);
  const close = /<\/(?:[\w.-]+:)?definedNames\s*>/.exec(xml);
  if (close) return xml.slice(0, close.index) + more + xml.slice(close.index);
  // definedNames comes after sheets (and externalReferences …) and before calcPr (CT_Workbook).
  const after =
    /<(?:[\w.-]+:)?(?:calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:[\w.-]+:)?workbook\s*>/.exec(
      xml,
    );
  if (!after) return xml;
  return `${xml.slice(0, after.index)}<${p}definedNames>${more}</${p}definedNames>${xml.slice(after.index)}`;
}

/** workbook.xml asking for every formula to be calculated on open (calcPr fullCalcOnLoad). */
export function fullCalcOnLoad(xml: string): string {
  const calc = new RegExp(`<((?:[\\w.-]+:)?)calcPr(\\s${ATTRS})?(/?)>`).exec(xml);
  if (calc) {
    const attrs = (calc[2] ?? '').replace(/\sfullCalcOnLoad\s*=\s*(?:"[^"]*"|'[^']*')/, '');
    return xml.replace(calc[0], `<${calc[1]}calcPr${attrs} fullCalcOnLoad="1"${calc[3]}>`);
  }
  const p = /<([\w.-]+:)?workbook\b/.exec(xml)?.[1] ?? '';
  // calcPr comes after definedNames and before these (CT_Workbook's sequence).
  const after =
    /<(?:[\w.-]+:)?(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:[\w.-]+:)?workbook>/.exec(
      xml,
    );
  if (!after) return xml;
  return `${xml.slice(0, after.index)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(after.index)}`;
}

/** The sheet's head with the dimension grown to the own columns and widths for them. */
function sheetHead(head: string, p: string, area: CellRange, columns: readonly number[]): string {
  let out = head.replace(
    new RegExp(`<(?:[\\w.-]+:)?dimension(\\s${ATTRS})?/?>`),
    (m: string, tag: string | undefined) => {
      const old = parseRange(attr(tag ?? '', 'ref') ?? '');
      if (!old) return m;
      const ref = rangeText({
        top: Math.min(old.top, area.top),
        left: Math.min(old.left, area.left),
        bottom: Math.max(old.bottom, area.bottom),
        right: Math.max(old.right, area.right),
      });
      return m.replace(/(\sref\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${ref}"`);
    },
  );
  const colsBody = firstBody(out, 'cols');
  const covered = (c: number): boolean =>
    colsBody !== null &&
    [...elements(colsBody, 'col')].some(({ tag }) => Number(attr(tag, 'min')) <= c && c <= Number(attr(tag, 'max')));
  const widths: { c: number; xml: string }[] = [];
  columns.forEach((c, i) => {
    if (!covered(c))
      widths.push({
        c,
        xml: `<${p}col min="${c}" max="${c}" width="${i === columns.length - 1 ? REASON_WIDTH : OWN_WIDTH}" customWidth="1"/>`,
      });
  });
  if (!widths.length) return out;
  if (colsBody === null) {
    return out.replace(
      /<((?:[\w.-]+:)?)sheetData\b/,
      (m) => `<${p}cols>${widths.map((w) => w.xml).join('')}</${p}cols>${m}`,
    );
  }
  // Column ranges must be in ascending order: ours go in among the manager's.
  const all = [...elements(colsBody, 'col')].map(({ tag }) => ({
    c: Number(attr(tag, 'min')),
    xml: `<${p}col${tag}/>`,
  }));
  out = out.replace(
    new RegExp(`(<(?:[\\w.-]+:)?cols(?:\\s${OPEN_ATTRS})?>)[\\s\\S]*?(</(?:[\\w.-]+:)?cols\\s*>)`),
    (_m, open: string, close: string) =>
      open +
      [...all, ...widths]
        .sort((a, b) => a.c - b.c)
        .map((w) => w.xml)
        .join('') +
      close,
  );
  return out;
}

// ---------- own sheets ----------

function* ownSheetXml(sheet: OwnSheetPlan, bold: number | null, colour: Colour | null = null): Iterable<string> {
  const width = sheet.rows.row(0).length;
  const numbers = new Set(sheet.numberColumns ?? []);
  const height = sheet.rows.length;
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  yield `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`;
  if (width && height) yield `<dimension ref="${rangeText({ top: 1, left: 1, bottom: height, right: width })}"/>`;
  yield '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>';
  yield '<sheetFormatPr defaultRowHeight="15"/>';
  if (width) {
    yield '<cols>';
    if (width > 1) yield `<col min="1" max="${width - 1}" width="${OWN_SHEET_WIDTH}" customWidth="1"/>`;
    yield `<col min="${width}" max="${width}" width="${REASON_WIDTH}" customWidth="1"/></cols>`;
  }
  yield '<sheetData>';
  for (let r = 0; r < height; r++) {
    const row = sheet.rows.row(r);
    let cells = '';
    for (let c = 0; c < row.length; c++) {
      const text = row[c] ?? '';
      if (text) cells += ownCell('', `${columnLetters(c + 1)}${r + 1}`, text, r === 0 ? bold : null, numbers.has(c));
    }
    yield `<row r="${r + 1}">${cells}</row>`;
  }
  yield '</sheetData>';
  if (colour && sheet.daysLeftColumn !== undefined) yield colourXml('', sheet.daysLeftColumn + 1, 2, height, colour, 1);
  yield '</worksheet>';
}

// ---------- package parts ----------

/** styles.xml with one more font (the default font, bold) and one cell style using it. */
export function withBoldStyle(xml: string): { xml: string; bold: number } | null {
  const list = (name: string) =>
    new RegExp(`(<((?:[\\w.-]+:)?)${name}(?:\\s${OPEN_ATTRS})?>)([\\s\\S]*?)(</(?:[\\w.-]+:)?${name}\\s*>)`);
  const fonts = list('fonts').exec(xml);
  const xfs = list('cellXfs').exec(xml);
  if (!fonts || !xfs) return null;
  const each = (body: string, name: string): string[] =>
    [
      ...body.matchAll(
        new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s${ATTRS})?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?${name}\\s*>)`, 'g'),
      ),
    ].map((m) => m[0]);
  const fontList = each(fonts[3] ?? '', 'font');
  const xfList = each(xfs[3] ?? '', 'xf');
  const fp = fonts[2] ?? '';
  const xp = xfs[2] ?? '';
  const base = fontList[0];
  const boldFont =
    base && !base.endsWith('/>')
      ? base.replace(new RegExp(`^(<(?:[\\w.-]+:)?font(?:\\s${OPEN_ATTRS})?>)`), `$1<${fp}b/>`)
      : `<${fp}font><${fp}b/></${fp}font>`;
  const boldXf = (fontId: number): string =>
    `<${xp}xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`;
  // A copy Guishu wrote before has them already: reuse them rather than add more on every run.
  const fontAt = fontList.indexOf(boldFont);
  const xfAt = fontAt < 0 ? -1 : xfList.indexOf(boldXf(fontAt));
  if (xfAt >= 0) return { xml, bold: xfAt };
  const setCount = (open: string, count: number): string =>
    /\scount\s*=/.test(open) ? open.replace(/(\scount\s*=\s*)(["'])\d*\2/, `$1$2${count}$2`) : open;
  let out = xml.replace(
    fonts[0],
    setCount(fonts[1] ?? '', fontList.length + 1) + (fonts[3] ?? '') + boldFont + (fonts[4] ?? ''),
  );
  const xfsNow = list('cellXfs').exec(out);
  if (!xfsNow) return null;
  out = out.replace(
    xfsNow[0],
    setCount(xfsNow[1] ?? '', xfList.length + 1) + (xfsNow[3] ?? '') + boldXf(fontList.length) + (xfsNow[4] ?? ''),
  );
  return { xml: out, bold: xfList.length };
}

function contentTypes(xml: string, parts: readonly string[], calcChain: string | null): string {
  let out = xml;
  if (calcChain) {
    out = out.replace(
      new RegExp(`<(?:[\\w.-]+:)?Override(\\s${ATTRS})?/>`, 'g'),
      (m: string, tag: string | undefined) =>
        (attr(tag ?? '', 'PartName') ?? '').toLowerCase() === `/${calcChain}` ? '' : m,
    );
  }
  const more = parts.map((p) => `<Override PartName="/${encodeAttr(p)}" ContentType="${WORKSHEET_CONTENT}"/>`).join('');
  return out.replace(/<\/((?:[\w.-]+:)?)Types>/, (m) => more + m);
}

function workbookRels(xml: string, rels: readonly { id: string; target: string }[], calcChain: string | null): string {
  let out = xml;
  if (calcChain) {
    out = out.replace(
      new RegExp(`<(?:[\\w.-]+:)?Relationship(\\s${ATTRS})?/>`, 'g'),
      (m: string, tag: string | undefined) => ((attr(tag ?? '', 'Type') ?? '').endsWith('/calcChain') ? '' : m),
    );
  }
  const more = rels
    .map((r) => `<Relationship Id="${r.id}" Type="${WORKSHEET_TYPE}" Target="${encodeAttr(r.target)}"/>`)
    .join('');
  return out.replace(/<\/((?:[\w.-]+:)?)Relationships>/, (m) => more + m);
}

function workbookXml(xml: string, added: readonly { sheet: OwnSheetPlan; relId: string; sheetId: number }[]): string {
  if (!added.length) return xml;
  const p = /<([\w.-]+:)?sheets\b/.exec(xml)?.[1] ?? '';
  const rp = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${escapeRe(REL_NS)}["']`).exec(xml)?.[1];
  const id = (relId: string): string => (rp ? `${rp}:id="${relId}"` : `xmlns:gr="${REL_NS}" gr:id="${relId}"`);
  const more = added
    .map((a) => `<${p}sheet name="${encodeAttr(a.sheet.name)}" sheetId="${a.sheetId}" ${id(a.relId)}/>`)
    .join('');
  if (/<(?:[\w.-]+:)?sheets\s*\/>/.test(xml))
    return xml.replace(/<((?:[\w.-]+:)?)sheets\s*\/>/, `<${p}sheets>${more}</${p}sheets>`);
  return xml.replace(/<\/((?:[\w.-]+:)?)sheets>/, (m) => more + m);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
