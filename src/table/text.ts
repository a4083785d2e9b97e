// Text primitives shared by every cell parser. Regexes live at module level: the reader runs
// them once per cell on registers of 100k rows.

const WIDE = /[\uFF01-\uFF5E\u3000]/;
const WIDE_ALL = /[\uFF01-\uFF5E\u3000]/g;
const SPACE_RUNS = /[\s\u200B]+/g;
const ALL_SPACE = /[\s\u200B]+/g;
const KEY_EDGES = /^\*+|[:*]+$/g;

/** Full-width ASCII (１２３, ：, （）, ＊, ideographic space) -> ASCII; a no-op for most cells. */
export function halfWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  return s.replace(WIDE_ALL, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const NEEDS_TIDY = /[\s\u200B\uFF01-\uFF5E\u3000]/;

/** Trimmed, half-width, runs of whitespace collapsed to one space. */
export function tidy(s: string): string {
  if (!NEEDS_TIDY.test(s)) return s; // most cells: one test, no copy
  return halfWidth(s).replace(SPACE_RUNS, ' ').trim();
}

/** Comparison key for headers and words: half-width, no whitespace, lower case, no `*` or trailing `:`. */
export function wordKey(s: string): string {
  return halfWidth(s).replace(ALL_SPACE, '').toLowerCase().replace(KEY_EDGES, '');
}

/** How spreadsheets show a formula that failed; such a cell holds no value. */
export const ERROR_CELLS: ReadonlySet<string> = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
]);

export function isErrorCell(v: unknown): v is string {
  return typeof v === 'string' && v.charCodeAt(0) === 35 /* # */ && ERROR_CELLS.has(v.trim().toUpperCase());
}

export function isBlankCell(v: unknown): boolean {
  if (v === '' || v === null || v === undefined) return true;
  return typeof v === 'string' && v.trim() === '';
}

/** An integer-valued number as plain digits (no exponent, no float noise such as 1.38e10). */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

/** Words that mean "nothing here" in a name or phone cell. */
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  '-',
  '--',
  '—',
  '——',
  '/',
  '\\',
  '无',
  '暂无',
  '未知',
  '未留',
  '不详',
  '不留',
  '拒留',
  'n/a',
  'na',
  'null',
  'none',
]);

/** `text` as tidy() gives it. Placeholders are short, so longer text is never one. */
export function isPlaceholder(text: string): boolean {
  return text.length <= 4 && PLACEHOLDERS.has(wordKey(text));
}
