// A worksheet part as a stream of pieces: the head (up to and including `<sheetData>`), each
// `<row>` element whole, then the tail (from `</sheetData>` on: merges, validations, …). The
// reader and the patcher both walk a sheet this way, so neither holds the whole XML.
import { ATTRS, attr, columnNumber, MISC } from './xml';

export type SheetPiece =
  | {
      readonly kind: 'head';
      readonly text: string /** `<sheetData/>`: no rows, and `text` stops before it. */;
      readonly empty: boolean;
    }
  | { readonly kind: 'row'; readonly text: string }
  | { readonly kind: 'tail'; readonly text: string };

const SHEET_DATA = new RegExp(`<(?:[\\w.-]+:)?sheetData(?:\\s${ATTRS})?(/?)>`);
const ROW = new RegExp(`${MISC}<(?:[\\w.-]+:)?row(?:\\s${ATTRS})?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?row\\s*>)`, 'y');
const END = new RegExp(`${MISC}</(?:[\\w.-]+:)?sheetData\\s*>`, 'y');

export async function* sheetPieces(chunks: AsyncIterable<string>): AsyncIterable<SheetPiece> {
  let buf = '';
  let state: 'head' | 'rows' | 'tail' = 'head';
  for await (const chunk of chunks) {
    buf += chunk;
    if (state === 'head') {
      const m = SHEET_DATA.exec(buf);
      if (!m) continue;
      if (m[1]) {
        yield { kind: 'head', text: buf.slice(0, m.index), empty: true };
        buf = buf.slice(m.index + m[0].length);
        state = 'tail';
        continue;
      }
      yield { kind: 'head', text: buf.slice(0, m.index + m[0].length), empty: false };
      buf = buf.slice(m.index + m[0].length);
      state = 'rows';
    }
    if (state === 'rows') {
      let at = 0;
      for (;;) {
        ROW.lastIndex = at;
        if (ROW.exec(buf)) {
          yield { kind: 'row', text: buf.slice(at, ROW.lastIndex) };
          at = ROW.lastIndex;
          continue;
        }
        END.lastIndex = at;
        if (END.exec(buf)) state = 'tail';
        break;
      }
      buf = buf.slice(at);
    }
  }
  if (state === 'head') throw new Error('no <sheetData> in the worksheet');
  if (state === 'rows') throw new Error('the worksheet ends inside <sheetData>');
  yield { kind: 'tail', text: buf };
}

/** One cell element as written: its column, type, style, and the raw XML (to copy unchanged). */
export interface RawCell {
  readonly col: number;
  readonly xml: string;
  /** The start tag's attributes text. */
  readonly tag: string;
  readonly body: string;
}

const CELL = new RegExp(`<(?:[\\w.-]+:)?c(\\s${ATTRS})?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?c\\s*>)`, 'g');
const ROW_TAG = new RegExp(`^${MISC}<(?:[\\w.-]+:)?row(\\s${ATTRS})?/?>`);
const REF_COL = /\br\s*=\s*["']\$?([A-Za-z]{1,3})/;

/** A row element: its 1-based number (`previous + 1` when the writer left `r` out) and cells. */
export function parseRow(text: string, previous: number): { row: number; tag: string; cells: RawCell[] } {
  const tag = ROW_TAG.exec(text)?.[1] ?? '';
  const r = Number(attr(tag, 'r'));
  const row = Number.isInteger(r) && r > 0 ? r : previous + 1;
  const cells: RawCell[] = [];
  let col = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(text); m; m = CELL.exec(text)) {
    const ctag = m[1] ?? '';
    const letters = REF_COL.exec(ctag)?.[1];
    col = letters ? columnNumber(letters.toUpperCase()) : col + 1;
    cells.push({ col, xml: m[0], tag: ctag, body: m[2] ?? '' });
  }
  return { row, tag, cells };
}
