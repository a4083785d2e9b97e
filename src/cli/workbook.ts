// The command line's only contact with xlsx files. A workbook is read straight from its package
// (src/cli/xlsx) into the getValues shape the table layer expects, and the annotated copy is the
// same package with Guishu's own columns and sheets patched in: nothing else is rebuilt, so the
// manager's formatting, formulas and objects survive byte for byte, and a million-row register
// streams through without the whole workbook as objects in memory (docs/scale.md).
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SheetGrid } from '../table/grid';
import { HEAD_ROWS, passOver } from '../table/read';
import type { AnnotationPlan, OwnSheetPlan } from '../table/render';
import type { DaysLeftBands } from '../table/standing';
import type { Book } from './xlsx/book';
import { readSheets, type SheetPart } from './xlsx/read';
import { writePatched } from './xlsx/write';
import { openZip, type ZipIn } from './xlsx/zip';
import { CliError, fail, M } from './messages';

const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');

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
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail(1, M.notAFile(file));
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    return fail(1, M.fileMissing(file));
  }
  // An xlsx is a zip: check the magic first so a .csv or .xls gets a clear word, not a zip error.
  const head = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (size < 4 || !head.equals(ZIP_MAGIC)) fail(1, M.notXlsx(file));
  let zip: ZipIn | null = null;
  try {
    zip = await openZip(file);
    // What an earlier run wrote (own sheets, own columns) is never read: left undecoded.
    const { book, sheets } = await readSheets(zip, { headRows: HEAD_ROWS, decide: passOver });
    return {
      workbook: { file, zip, book, sheets: sheets.map(({ name, part, merges }) => ({ name, part, merges })) },
      grids: sheets.map((s) => s.grid),
    };
  } catch (error) {
    zip?.close();
    return fail(1, M.unreadableWorkbook(file, error instanceof Error ? error.message : String(error)));
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
  blocks: readonly AnnotationPlan[],
  own: readonly OwnSheetPlan[],
  file: string,
  bands: DaysLeftBands | null = null,
): Promise<WriteNotes> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const notes = await writePatched(workbook.zip, workbook.book, workbook.sheets, blocks, own, temp, bands);
    renameSync(temp, file);
    return notes;
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as { code?: string }).code;
    return fail(1, M.cannotWrite(file, code ?? (error instanceof Error ? error.message : String(error))));
  }
}
