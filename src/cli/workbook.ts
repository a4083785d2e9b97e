// The command line's only contact with xlsx files (exceljs). Reads sheets into the getValues
// shape the table layer expects, and writes Guishu's own columns and sheets into a copy.
import ExcelJS from 'exceljs';
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SheetGrid } from '../table/grid';
import type { AnnotationBlock, OwnSheet } from '../table/render';
import { CliError, fail, M } from './messages';

const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');

/** Opens an xlsx, or exits 1 with the reason: missing, not a file, not an xlsx, unreadable. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
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
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    return fail(1, M.unreadableWorkbook(file, error instanceof Error ? error.message : String(error)));
  }
  return workbook;
}

// ---------- reading: exceljs cells -> getValues values ----------

type Plain = string | number | boolean | Date;

function richText(value: { richText: { text: string }[] }): string {
  return value.richText.map((r) => r.text).join('');
}

/** A formula's cached result, as getValues shows it (an error as '#N/A', no result as ''). */
function plainOf(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return richText(value);
  if ('hyperlink' in value) {
    const text = value.text as unknown;
    return typeof text === 'object' && text !== null && 'richText' in text
      ? richText(text as { richText: { text: string }[] })
      : String(text ?? '');
  }
  if ('formula' in value || 'sharedFormula' in value) return plainOf(value.result ?? null);
  return '';
}

/** One cell as Range.getValues gives it; the non-top-left cells of a merge are ''. */
export function cellValue(cell: ExcelJS.Cell): Plain {
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  return plainOf(cell.value);
}

/** Every sheet as a rectangle of values (dates stay exceljs's UTC-based Date objects). */
export function gridsOf(workbook: ExcelJS.Workbook): SheetGrid[] {
  return workbook.worksheets.map((sheet) => {
    const width = sheet.columnCount;
    const values: Plain[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) values.push(new Array<Plain>(width).fill(''));
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c <= width) values[r - 1][c - 1] = cellValue(cell);
      });
    });
    return { name: sheet.name, values };
  });
}

// ---------- writing: own columns and own sheets into the copy ----------

/**
 * Guishu's strings always land as string cells: exceljs writes a JS string as a shared string,
 * never as a formula, so `=HYPERLINK(…)`, `+1` or `@SUM(A1)` stay text.
 */
function setText(cell: ExcelJS.Cell, text: string): void {
  cell.value = text === '' ? null : String(text);
}

/**
 * A new cell gets a fresh empty style object from exceljs, and exceljs's writer serializes each
 * distinct style object to XML to find its style id: a million new cells cost seconds. Cells with
 * no style of their own share one empty object instead. Never for a cell whose font is set after
 * (header rows): that would set it on every cell sharing the object.
 */
const UNSTYLED = {} as Partial<ExcelJS.Style>;
function shareEmptyStyle(cell: ExcelJS.Cell): void {
  for (const _ in cell.style) return; // styled by its row or column: keep it
  cell.style = UNSTYLED;
}

export interface WriteNotes {
  /** Cells inside a manager's merged range: left alone (writing would change their master). */
  readonly skippedMerged: number;
}

export function writeAnnotations(
  workbook: ExcelJS.Workbook,
  blocks: readonly AnnotationBlock[],
  sheets: readonly OwnSheet[],
): WriteNotes {
  let skippedMerged = 0;
  for (const block of blocks) {
    const sheet = workbook.getWorksheet(block.sheet);
    if (!sheet) continue;
    const width = block.values[0]?.length ?? 0;
    // Clear what an earlier run left below the rows written now (rows deleted since).
    const lastRow = Math.max(sheet.rowCount, block.headerRow + block.values.length - 1);
    for (let r = block.headerRow; r <= lastRow; r++) {
      const values = block.values[r - block.headerRow];
      for (let c = 0; c < width; c++) {
        const cell = sheet.getCell(r, block.firstColumn + c + 1);
        if (cell.isMerged) {
          skippedMerged += values?.[c] ? 1 : 0;
          continue;
        }
        setText(cell, values?.[c] ?? '');
        if (r === block.headerRow) cell.font = { bold: true };
        else shareEmptyStyle(cell);
      }
    }
    for (let c = 0; c < width; c++) {
      const column = sheet.getColumn(block.firstColumn + c + 1);
      if (!column.width) column.width = c === width - 1 ? 48 : 14;
    }
  }
  for (const own of sheets) {
    const old = workbook.getWorksheet(own.name);
    if (old) workbook.removeWorksheet(old.id);
    const sheet = workbook.addWorksheet(own.name);
    own.values.forEach((values, r) => {
      values.forEach((text, c) => {
        const cell = sheet.getCell(r + 1, c + 1);
        setText(cell, text);
        if (r > 0) shareEmptyStyle(cell); // row 1 is made bold below
      });
    });
    sheet.getRow(1).font = { bold: true };
    const width = own.values[0]?.length ?? 0;
    for (let c = 1; c <= width; c++) sheet.getColumn(c).width = c === width ? 48 : 16;
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return { skippedMerged };
}

/** Writes beside the target and renames, so a failed write never leaves half a file. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    await workbook.xlsx.writeFile(temp);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as { code?: string }).code;
    fail(1, M.cannotWrite(file, code ?? (error instanceof Error ? error.message : String(error))));
  }
}
