// The workbook-level parts of an xlsx: which sheets there are and where their XML lives, the
// shared strings, and which cell styles show a date (a date cell is a number with a date format).
import path from 'node:path/posix';
import { ATTRS, attr, decodeText } from './xml';
import type { ZipIn } from './zip';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = `${REL_NS}/`;
export const WORKSHEET_TYPE = `${REL_TYPE}worksheet`;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Part name inside the package, resolved against the source part: `xl/worksheets/sheet1.xml`. */
  readonly part: string;
  readonly external: boolean;
}

export interface BookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The worksheet part; null for chart and dialog sheets, which hold no cells. */
  readonly part: string | null;
}

export interface Book {
  readonly workbookPart: string;
  readonly relsPart: string;
  readonly sheets: readonly BookSheet[];
  readonly rels: readonly Relationship[];
  /** Serial dates count from 1904-01-01 (old Mac workbooks). */
  readonly date1904: boolean;
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
  /** Sheets Guishu marked as its own (issue 16.4): sheet name -> own sheet kind. */
  readonly marks: ReadonlyMap<string, string>;
}

/**
 * The mark on an own sheet: a hidden defined name scoped to that sheet, `_guishu_issues` …,
 * referring to the sheet's A1 (so it follows the sheet when it is renamed or moved). Excel,
 * LibreOffice and WPS keep defined names, hidden ones included (docs/cli.md).
 */
export const MARK_PREFIX = '_guishu_';

/** Every element `<name …>…</name>` or `<name …/>` (any namespace prefix): its tag and body. */
export function* elements(xml: string, name: string): Iterable<{ tag: string; body: string }> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(\\s${ATTRS})?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>)`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield { tag: m[1] ?? '', body: m[2] ?? '' };
}

/** The body of the first `<name>` element; null when there is none. */
export function firstBody(xml: string, name: string): string | null {
  for (const e of elements(xml, name)) return e.body;
  return null;
}

export function relsPartOf(part: string): string {
  return path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`);
}

export function parseRels(xml: string, source: string): Relationship[] {
  const base = path.dirname(source);
  return [...elements(xml, 'Relationship')].map(({ tag }) => {
    const target = attr(tag, 'Target') ?? '';
    const external = attr(tag, 'TargetMode') === 'External';
    const part = external ? target : target.startsWith('/') ? target.slice(1) : path.normalize(path.join(base, target));
    return { id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', part, external };
  });
}

const isType = (rel: Relationship, kind: string): boolean =>
  rel.type === REL_TYPE + kind || rel.type.endsWith(`/${kind}`);

export async function readBook(zip: ZipIn): Promise<Book> {
  const root = parseRels(await zip.text('_rels/.rels'), '');
  const workbookPart = root.find((r) => isType(r, 'officeDocument'))?.part ?? 'xl/workbook.xml';
  const relsPart = relsPartOf(workbookPart);
  const rels = zip.has(relsPart) ? parseRels(await zip.text(relsPart), workbookPart) : [];
  const xml = await zip.text(workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = [...elements(firstBody(xml, 'sheets') ?? '', 'sheet')].map(({ tag }) => {
    const relId = attr(tag, 'id') ?? '';
    const rel = byId.get(relId);
    return {
      name: attr(tag, 'name') ?? '',
      sheetId: Number(attr(tag, 'sheetId') ?? 0),
      relId,
      part: rel && isType(rel, 'worksheet') && zip.has(rel.part) ? rel.part : null,
    };
  });
  const pr = [...elements(xml, 'workbookPr')][0]?.tag ?? '';
  const d1904 = attr(pr, 'date1904');
  const partOf = (kind: string): string | null => rels.find((r) => isType(r, kind) && zip.has(r.part))?.part ?? null;
  const marks = new Map<string, string>();
  for (const { tag } of elements(firstBody(xml, 'definedNames') ?? '', 'definedName')) {
    const name = attr(tag, 'name') ?? '';
    const local = attr(tag, 'localSheetId');
    const sheet = local === null ? undefined : sheets[Number(local)];
    if (sheet && name.toLowerCase().startsWith(MARK_PREFIX)) marks.set(sheet.name, name.slice(MARK_PREFIX.length));
  }
  return {
    workbookPart,
    relsPart,
    sheets,
    marks,
    rels,
    date1904: d1904 === '1' || d1904 === 'true',
    sharedStringsPart: partOf('sharedStrings'),
    stylesPart: partOf('styles'),
  };
}

/** A string item's text: its runs joined, phonetic guides (`<rPh>`, furigana) left out. */
export function itemText(body: string): string {
  const plain = body.indexOf('rPh') < 0 ? body : body.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '');
  let text = '';
  for (const t of elements(plain, 't')) text += decodeText(t.body);
  return text;
}

export async function readSharedStrings(zip: ZipIn, book: Book): Promise<string[]> {
  if (!book.sharedStringsPart) return [];
  const out: string[] = [];
  // Read as it inflates: a large register's table runs to tens of megabytes. Whole items are
  // taken from the text so far; an item cut by the chunk's end waits for the next chunk.
  const item = new RegExp(`<(?:[\\w.-]+:)?si(?:\\s${ATTRS})?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?si\\s*>)`, 'g');
  let rest = '';
  for await (const chunk of zip.chunks(book.sharedStringsPart)) {
    rest += chunk;
    item.lastIndex = 0;
    let end = 0;
    for (let m = item.exec(rest); m; m = item.exec(rest)) {
      out.push(itemText(m[1] ?? ''));
      end = item.lastIndex;
    }
    rest = rest.slice(end);
  }
  return out;
}

// Built-in number formats that show dates or times (ECMA-376 §18.8.30, and the East Asian ids
// 27–36 and 50–58 that zh-CN Excel and WPS use for 年月日 forms).
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A custom format shows a date when a date or time letter is left once quoted text and `[…]` are removed. */
export function isDateFormat(code: string): boolean {
  return /[ymdhsb]/i.test(
    code
      .replace(/\[[^\]]*\]/g, '')
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, ''),
  );
}

/** For each cell style index (the `s` of a cell): does it show a date? */
export async function readDateStyles(zip: ZipIn, book: Book): Promise<boolean[]> {
  if (!book.stylesPart) return [];
  const xml = await zip.text(book.stylesPart);
  const custom = new Map<number, string>();
  for (const { tag } of elements(firstBody(xml, 'numFmts') ?? '', 'numFmt'))
    custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
  return [...elements(firstBody(xml, 'cellXfs') ?? '', 'xf')].map(({ tag }) => {
    const id = Number(attr(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id);
  });
}
