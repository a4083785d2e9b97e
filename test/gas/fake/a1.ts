// A1 notation <-> 1-based coordinates.

export interface Area {
  readonly row: number; // 1-based
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Of(area: Area): string {
  const start = `${columnLetters(area.column)}${area.row}`;
  if (area.numRows === 1 && area.numColumns === 1) return start;
  return `${start}:${columnLetters(area.column + area.numColumns - 1)}${area.row + area.numRows - 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** 'A1', 'A1:C10', 'A:C' (whole columns), '2:5' (whole rows), 'A2:C' (to the last row).
 *  Returns null when the text is not A1 notation. */
export function parseA1(text: string, maxRows: number, maxColumns: number): Area | null {
  const parts = text.trim().split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) return null;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((m) => !m || (!m[1] && !m[2]))) return null;
  const [a, b = a] = cells as RegExpExecArray[];
  if (parts.length === 1 && (!a[1] || !a[2])) return null; // 'A' or '5' alone is not a range
  const c1 = a[1] ? columnNumber(a[1]) : 1;
  const r1 = a[2] ? Number(a[2]) : 1;
  const c2 = b[1] ? columnNumber(b[1]) : maxColumns;
  const r2 = b[2] ? Number(b[2]) : maxRows;
  if (r1 < 1 || c1 < 1) return null;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}
