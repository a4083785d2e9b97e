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

export interface SheetEntry {
  readonly sheet: Sheet;
  name: string;
  mark: string | null;
}

/**
 * The document's sheets with their names and marks, read once per run (one getSheets, one
 * getName and one getDeveloperMetadata per sheet) instead of at every lookup. A run keeps it
 * right by telling it what it does itself: a sheet it inserts, renames, marks or deletes
 * (`inserted`, `renamed`, `marked`, `removed`; 月结 is written under a working name and renamed
 * into place). Changes by other people during the run are not seen, as the lock's holder does
 * not expect them; the next run reads afresh.
 */
export class SheetCatalog {
  private list: SheetEntry[] | null = null;
  constructor(readonly ss: Spreadsheet) {}

  entries(): readonly SheetEntry[] {
    if (!this.list)
      this.list = this.ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName(), mark: markOf(sheet) }));
    return this.list;
  }

  /** The sheet of that name, ignoring case as Sheets does; null when there is none. */
  byName(name: string): Sheet | null {
    const lower = name.toLowerCase();
    return this.entries().find((e) => e.name.toLowerCase() === lower)?.sheet ?? null;
  }

  private entryOf(sheet: Sheet): SheetEntry | undefined {
    const list = this.entries();
    const same = list.find((e) => e.sheet === sheet);
    if (same) return same;
    // Apps Script hands out a new Sheet object per getter: then compare by id.
    const id = sheet.getSheetId();
    return list.find((e) => e.sheet.getSheetId() === id);
  }

  inserted(sheet: Sheet, name: string, mark: string | null = null): void {
    if (this.list) this.list.push({ sheet, name, mark });
  }

  renamed(sheet: Sheet, name: string): void {
    if (!this.list) return;
    const e = this.entryOf(sheet);
    if (e) e.name = name;
    else this.list = null;
  }

  marked(sheet: Sheet, mark: string): void {
    if (!this.list) return;
    const e = this.entryOf(sheet);
    if (e) e.mark = mark;
    else this.list = null;
  }

  removed(sheet: Sheet): void {
    if (!this.list) return;
    const e = this.entryOf(sheet);
    this.list = e ? this.list.filter((x) => x !== e) : null;
  }
}

/**
 * Whether a sheet is Guishu's: marked; or one of the four written own sheets left unmarked by an
 * earlier version (its first row exactly Guishu's headers); or the add-on's other own sheets
 * (查询日志, 月结 …), known by name as before.
 */
export function isGuishuSheet(entry: SheetEntry): boolean {
  if (entry.mark !== null) return true;
  const { name, sheet } = entry;
  if (writtenSheetKind(name) === null) return isOwnSheetName(name);
  const cols = sheet.getLastColumn();
  return cols > 0 && isUnmarkedOwnSheet(name, sheet.getRange(1, 1, 1, cols).getValues());
}

/** The sheet an own sheet is written to: the one marked as its kind (or an unmarked old one,
 *  marked now), else a new one under its name or, when that name is a manager's, another. */
export function ownSheetFor(catalog: SheetCatalog, name: string): { sheet: Sheet; created: boolean } {
  const kind = writtenSheetKind(name) ?? name;
  const entries = catalog.entries();
  const marked = entries.find((e) => e.mark === kind);
  if (marked) return { sheet: marked.sheet, created: false };
  const old = entries.find((e) => writtenSheetKind(e.name) === kind && e.mark === null && isGuishuSheet(e));
  if (old) {
    old.sheet.addDeveloperMetadata(OWN_KEY, kind);
    catalog.marked(old.sheet, kind);
    return { sheet: old.sheet, created: false };
  }
  const taken = new Set(entries.map((e) => e.name.toLowerCase()));
  const free = freeSheetName(name, (n) => taken.has(n.toLowerCase()));
  const sheet = catalog.ss.insertSheet(free);
  catalog.inserted(sheet, free);
  sheet.addDeveloperMetadata(OWN_KEY, kind);
  catalog.marked(sheet, kind);
  return { sheet, created: true };
}
