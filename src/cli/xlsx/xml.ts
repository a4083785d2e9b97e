// The few XML and cell-address helpers the xlsx reader and patcher need. SpreadsheetML parts are
// machine-written and regular; these helpers handle what writers actually vary: namespace
// prefixes, attribute quotes, entities and the OOXML `_xHHHH_` escapes.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A start tag's attributes, as a regular-expression source: any run of characters but `>`, `/>`
 * and quotes, or a quoted value in either quotes (which may hold `>` and `/`). Each character
 * is taken by one branch only, so a cut-off tag at a chunk's end fails in linear time.
 */
export const ATTRS = String.raw`(?:[^>"'/]|/(?!>)|"[^"]*"|'[^']*')*`;
/** The same for a tag known to be open (`<cols …>`): `/` is an ordinary character. */
export const OPEN_ATTRS = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*`;
/** Comments and processing instructions, which may stand between elements. */
export const MISC = String.raw`(?:\s|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*`;

/** Element text as the sheet shows it: line ends as an XML parser reads them (CR LF and a lone
 *  CR are LF), XML entities, then OOXML's `_xHHHH_` escapes. */
export function decodeText(xml: string): string {
  // CDATA sections are text as written: no entities, no line-end folding of their own.
  if (xml.indexOf('<![CDATA[') >= 0) {
    return xml
      .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
      .map((piece) => (piece.startsWith('<![CDATA[') ? piece.slice(9, -3) : decodeText(piece)))
      .join('');
  }
  const raw = xml.indexOf('\r') < 0 ? xml : xml.replace(/\r\n?/g, '\n');
  const text =
    raw.indexOf('&') < 0
      ? raw
      : raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
          if (e[0] !== '#') return ENTITIES[e] ?? m;
          const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
          return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
        });
  return text.indexOf('_x') < 0
    ? text
    : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

// Characters XML 1.0 cannot carry at all; a sheet cell cannot hold them either.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an element body: escaped, `_xHHHH_` look-alikes kept literal, unwritable characters
 *  dropped, CR as a character reference (a parser would read a raw CR as LF). */
export function encodeText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function encodeAttr(text: string): string {
  return encodeText(text).replace(/"/g, '&quot;');
}

/** One attribute of a start tag (the text between `<name` and `>`), decoded; null when absent. */
const ATTR = new Map<string, RegExp>();
export function attr(tag: string, name: string): string | null {
  let re = ATTR.get(name);
  if (!re) ATTR.set(name, (re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? decodeText(m[1] ?? m[2] ?? '') : null;
}

/** `A` -> 1, `AB` -> 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

const LETTERS: string[] = [];
/** 1 -> `A`, 28 -> `AB` (memoized: the patcher names every cell it writes). */
export function columnLetters(n: number): string {
  const known = LETTERS[n];
  if (known) return known;
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  LETTERS[n] = s;
  return s;
}

/** `B12` -> { row: 12, col: 2 }; null for anything else. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { col: columnNumber(m[1].toUpperCase()), row: Number(m[2]) } : null;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** `A1:C3` (or a single `B2`) -> range; null when unreadable. */
export function parseRange(text: string): CellRange | null {
  const [a, b = a] = text.split(':');
  const from = parseRef(a ?? '');
  const to = parseRef(b ?? '');
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

export function rangeText(r: CellRange): string {
  const a = `${columnLetters(r.left)}${r.top}`;
  const b = `${columnLetters(r.right)}${r.bottom}`;
  return a === b ? a : `${a}:${b}`;
}
