// Issue 16.4 in the add-on: Guishu's own sheets (客户归属总表, 冲突, 问题, 变更日志) carry sheet
// developer metadata (Sheet.addDeveloperMetadata(key, value), read back with
// Sheet.getDeveloperMetadata(); docs/addon-platform.md), so a manager's own sheet named 问题 is
// never taken for Guishu's, and Guishu's keeps being found when the manager renames it.
import { freeSheetName, isOwnSheetName, isUnmarkedOwnSheet, writtenSheetKind } from '../table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const OWN_KEY = 'guishu.own';

/** The own-sheet kind a sheet is marked with; null for an unmarked sheet. */
export function markOf(sheet: Sheet): string | null {
  for (const m of sheet.getDeveloperMetadata()) if (m.getKey() === OWN_KEY) return m.getValue();
  return null;
}

/**
 * Whether a sheet is Guishu's: marked; or one of the four written own sheets left unmarked by an
 * earlier version (its first row exactly Guishu's headers); or the add-on's other own sheets
 * (查询日志, 月结 …), known by name as before.
 */
export function isGuishuSheet(sheet: Sheet): boolean {
  if (markOf(sheet) !== null) return true;
  const name = sheet.getName();
  if (writtenSheetKind(name) === null) return isOwnSheetName(name);
  const cols = sheet.getLastColumn();
  return cols > 0 && isUnmarkedOwnSheet(name, sheet.getRange(1, 1, 1, cols).getValues());
}

/** The sheet an own sheet is written to: the one marked as its kind (or an unmarked old one,
 *  marked now), else a new one under its name or, when that name is a manager's, another. */
export function ownSheetFor(ss: Spreadsheet, name: string): { sheet: Sheet; created: boolean } {
  const kind = writtenSheetKind(name) ?? name;
  const sheets = ss.getSheets();
  const marked = sheets.find((s) => markOf(s) === kind);
  if (marked) return { sheet: marked, created: false };
  const old = sheets.find((s) => writtenSheetKind(s.getName()) === kind && markOf(s) === null && isGuishuSheet(s));
  if (old) {
    old.addDeveloperMetadata(OWN_KEY, kind);
    return { sheet: old, created: false };
  }
  const taken = new Set(sheets.map((s) => s.getName().toLowerCase()));
  const sheet = ss.insertSheet(freeSheetName(name, (n) => taken.has(n.toLowerCase())));
  sheet.addDeveloperMetadata(OWN_KEY, kind);
  return { sheet, created: true };
}
