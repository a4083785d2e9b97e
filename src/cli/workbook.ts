// The command line's only contact with xlsx files. A workbook is read straight from its package
// (src/cli/xlsx) into the getValues shape the table layer expects, and the annotated copy is the
// same package with Guishu's own columns and sheets patched in: nothing else is rebuilt, so the
// manager's formatting, formulas and objects survive byte for byte, and a million-row register
// streams through without the whole workbook as objects in memory (docs/scale.md).
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SheetGrid } from '../table/grid';
import { HEAD_ROWS, passOver, type PassOver } from '../table/read';
import { isUnmarkedOwnSheet, writtenSheetKind } from '../table/roles';
import type { AnnotationPlan, OwnSheetPlan } from '../table/render';
import type { Book } from './xlsx/book';
import { readSheets, type SheetPart } from './xlsx/read';
import { writePatched, type PatchOptions } from './xlsx/write';
import { openZip, type ZipIn } from './xlsx/zip';
import { CliError, fail, fsFailure, M } from './messages';

const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An open xlsx: its package, its parts, and each sheet's part and merges (values not kept). */
export interface Workbook {
  readonly file: string;
  readonly zip: ZipIn;
  readonly book: Book;
  readonly sheets: readonly SheetPart[];
}

/**
 * Opens an xlsx and reads every sheet's values, or exits 1 with the reason: missing, not a file,
 * not an xlsx, unreadable. The grids are returned apart from the workbook so the caller can let
 * them go once it has read them (a million-row register's values are a large part of memory).
 */
export async function loadWorkbook(file: string): Promise<{ workbook: Workbook; grids: SheetGrid[] }> {
  let size: number;
  const head = Buffer.alloc(8);
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail(1, M.notAFile(file));
    size = stat.size;
    // An xlsx is a zip: check the magic first so a .csv or .xls gets a clear word, not a zip error.
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, 8, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    return fail(1, fsFailure(error, file, M.fileMissing(file)));
  }
  // A compound file: an old .xls, or an xlsx encrypted with a password (its package sealed inside).
  if (size >= 8 && head.equals(CFB_MAGIC)) fail(1, holds(file, ENCRYPTED) ? M.encrypted(file) : M.oldXls(file));
  if (size < 4 || !head.subarray(0, 4).equals(ZIP_MAGIC)) fail(1, M.notXlsx(file));
  let zip: ZipIn | null = null;
  try {
    zip = await openZip(file);
  } catch (error) {
    return fail(1, fsFailure(error, file, M.damaged(file)));
  }
  try {
    // Zips that are spreadsheets of another kind, named apart before anything is read.
    if (zip.has('mimetype') && /opendocument/.test(await zip.text('mimetype'))) fail(1, M.ods(file));
    if (zip.has('xl/workbook.bin')) fail(1, M.xlsb(file));
    if (!zip.has('_rels/.rels')) fail(1, M.notXlsx(file));
    // What an earlier run wrote (own sheets, own columns) is never read: left undecoded.
    const { book, sheets } = await readSheets(zip, { headRows: HEAD_ROWS, decide: ownOrPassOver });
    return {
      workbook: {
        file,
        zip,
        book,
        sheets: sheets.map(({ name, part, merges, veiled, own }) => ({ name, part, merges, veiled, own })),
      },
      grids: sheets.map((s) => s.grid),
    };
  } catch (error) {
    zip.close();
    if (error instanceof CliError) throw error;
    if (process.env.GUISHU_DEBUG) console.error(error);
    return fail(1, fsFailure(error, file, M.damaged(file)));
  }
}

/**
 * Which sheets are Guishu's (issue 16.4): marked ones; the four written own sheets unmarked only
 * when their head is exactly Guishu's (copies from before marks); the add-on's other sheets
 * (查询日志, 月结 …) by name. Then what passOver leaves undecoded on registers and filings.
 */
function ownOrPassOver(name: string, head: readonly (readonly unknown[])[], book: Book): PassOver {
  if (book.marks.has(name)) return 'sheet';
  if (writtenSheetKind(name) !== null) {
    if (head.length && isUnmarkedOwnSheet(name, head)) return 'sheet';
    return passOver(name, head, () => false);
  }
  return passOver(name, head);
}

/** The stream name an encrypted OOXML package keeps inside its compound file (MS-OFFCRYPTO). */
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

/** Whether the file's bytes contain `needle`, read a megabyte at a time. */
function holds(file: string, needle: Buffer): boolean {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let carry = Buffer.alloc(0);
    for (let at = 0; ; ) {
      const n = readSync(fd, chunk, 0, chunk.length, at);
      if (n <= 0) return false;
      const seen = Buffer.concat([carry, chunk.subarray(0, n)]);
      if (seen.includes(needle)) return true;
      carry = seen.subarray(Math.max(0, seen.length - needle.length));
      at += n;
    }
  } finally {
    closeSync(fd);
  }
}

export function closeWorkbook(workbook: Workbook): void {
  workbook.zip.close();
}

export interface WriteNotes {
  /** Cells inside a manager's merged range: left alone (writing would change their master). */
  readonly skippedMerged: number;
}

/**
 * Writes the annotated copy beside the target and renames it, so a failed write never leaves
 * half a file. Every string Guishu writes is an inline-string cell, never a formula.
 */
export async function saveAnnotated(
  workbook: Workbook,
  /** Each block's own columns where placeColumns put them; without `columns`, side by side from firstColumn. */
  blocks: readonly (AnnotationPlan & { readonly columns?: readonly number[] })[],
  own: readonly OwnSheetPlan[],
  file: string,
  options: PatchOptions = {},
): Promise<WriteNotes> {
  const placed = blocks.map((b) => ({ ...b, columns: b.columns ?? b.rows.row(0).map((_, i) => b.firstColumn + i) }));
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const notes = await writePatched(workbook.zip, workbook.book, workbook.sheets, placed, own, temp, options);
    renameSync(temp, file);
    return notes;
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof CliError) throw error;
    if (process.env.GUISHU_DEBUG) console.error(error);
    return fail(1, fsFailure(error, file, M.cannotWrite(file)));
  }
}
