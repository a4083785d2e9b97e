// 重新计算: read, judge, then write Guishu's own columns and own sheets, all under the document
// lock. Everything is computed before the first write; a failed write is rolled back.
import { placeBlock } from '../table/placement';
import { hasRecordSheet } from '../table/read';
import { ownSheetFor, SheetCatalog } from './ownSheets';
import { annotationBlocks, ownSheets, type LayoutSheet, type OwnSheet } from '../table/render';
import { reminders, bandsOf } from '../table/standing';
import { REMIND_DAYS_COLUMN, REMIND_SHEET, remindSheetValues } from '../table/remindSheet';
import type { Policy } from '../policy';
import { colourDaysLeft, type DaysLeftTarget } from './colours';
import { ownSpecByHeader, type Lang } from '../table/labels';
import { theSpreadsheet } from './document';
import { NOTE, pageLang, pick, type Text } from './i18n';
import { withDocumentLock } from './lock';
import { compute, rejudge, type Computed } from './run';
import { lastSettingsChange, SETTINGS_LOG_SHEET } from './settingsLog';
import { parsePolicy } from '../policy';
import type { ChangeResult } from '../engine/types';
import { loadSettings, type Settings } from './settings';
import { props, STATE_KEYS } from './state';
import { cut, sameCell, widest, writeAll, WriteError, RestoreError, type Block, type SameCell } from './writer';
import { zoneCellDate } from './grids';
import { isoOfDay } from '../engine/calendar';
import { flushLookupQueue } from './lookupLog';
import { counts, emptyCounts, type RunCounts } from './counts';
import { timeToWrite } from './deadline';
import { dealTally, tallyText } from '../engine/tally';

/** The whole recompute; `after` runs inside the lock once the annotation is written (daily work).
 *  The sheets are written in the document's language; the notes are said in `lang` (the page's,
 *  for a recompute a page's save runs), else in the document's. */
export function recompute(
  options: { asOf?: string; after?: (c: Computed, settings: Settings, notes: string[]) => void; lang?: Lang } = {},
): RunCounts {
  const loaded = loadSettings(options.lang);
  const lang: Lang = loaded.ok ? loaded.settings.lang : pageLang(loaded.fallback?.lang, 'zh');
  const said: Lang = pageLang(options.lang, lang);
  if (!loaded.ok) return emptyCounts([pick(NOTE.badSettings(loaded.error), said)]);
  const { settings, policy } = loaded;
  const notes: string[] = [];
  if (loaded.assumed) notes.push(pick(NOTE.defaults(policy.id), said));
  return withDocumentLock(said, () => {
    const ss = theSpreadsheet();
    const c = compute(ss, settings, policy, options.asOf);
    if (!hasRecordSheet(c.layout)) return emptyCounts([...notes, pick(NOTE.noRegister, said)]);
    // The rollback cannot survive a killed run: with too little time left, write nothing.
    if (!timeToWrite()) return { ...counts(c, notes), notes: [...notes, pick(NOTE.noTime, said)], failed: true };
    try {
      const columns = annotationWrites(c, lang);
      const sheets = [
        ...ownSheets(c.result, lang, { maskPhones: true, policy, changeNote: settingsChangeNote(c, lang) }),
        remindSheet(c, policy, lang),
      ];
      const targets = writeTogether(ss, columns, sheets, sameIn(c.tz), c.catalog);
      colourDaysLeft([...columnTargets(columns), ...targets], bandsOf(policy));
    } catch (e) {
      if (!(e instanceof RestoreError || e instanceof WriteError)) throw e;
      // Google's own text (English, in its words) goes to the execution log, never to the user.
      console.error('Guishu: writing failed:', e.message);
      return { ...counts(c, notes), notes: [...notes, pick(writeFailure(e), said)], failed: true };
    }
    props().setProperty(STATE_KEYS.lastRun, new Date().toISOString());
    if (options.after) options.after(c, settings, notes);
    flushLookupQueue(ss, settings);
    // Deals to verify, repeated deal rows, customers never owned: said, never silent (decide/D22–D24).
    const tally = dealTally(c.result);
    if (tally.unverified || tally.duplicates) notes.push(pick(tallyText(tally), said));
    if (tally.unowned) notes.push(pick(NOTE.unowned(tally.unowned), said));
    return counts(c, notes);
  });
}

/** What a failed write tells the user: the restore did not finish; or the sheet it failed on is
 *  protected from this user (asked of Sheets with Protection.canEdit, not read from the error's
 *  text, which Google words and may translate); or it failed and was put back. */
function writeFailure(e: WriteError | RestoreError): Text {
  if (e instanceof RestoreError) return NOTE.restoreFailed;
  return e.sheet && protectedFrom(e.sheet) ? NOTE.writeProtected(e.sheet.getName()) : NOTE.writeFailed;
}

function protectedFrom(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  try {
    const { SHEET, RANGE } = SpreadsheetApp.ProtectionType;
    return [...sheet.getProtections(SHEET), ...sheet.getProtections(RANGE)].some(
      (p) => !p.isWarningOnly() && !p.canEdit(),
    );
  } catch (_e) {
    return false;
  }
}

/**
 * 变更日志 lines that exist only because of the latest settings change cite its line on 设置变更
 * (issue 15): the history is judged once more under the settings it replaced, and a change that
 * judgment does not have is the settings change's doing.
 */
function settingsChangeNote(c: Computed, lang: Lang): ((ch: ChangeResult) => string | null) | undefined {
  const change = lastSettingsChange();
  if (!change) return undefined;
  const old = parsePolicy({ preset: change.before.preset, ...change.before.overrides });
  if (!old.ok) return undefined;
  const key = (ch: ChangeResult) => `${ch.day}|${ch.customerId}|${ch.to.kind}|${ch.to.name ?? ''}|${ch.toStatus ?? ''}`;
  const before = new Set(rejudge(c, old.policy, c.asOf).changes.map(key));
  const note = pick(NOTE.causedBySettings(SETTINGS_LOG_SHEET, change.row, change.at), lang);
  return (ch) => (before.has(key(ch)) ? null : note);
}

/** 到期提醒 (issue 13): per agent the customers about to be lost, then the overdue ones. */
export function remindSheet(c: Computed, policy: Policy, lang: Lang): OwnSheet {
  const list = reminders(c.result, c.input.events, policy);
  return { name: REMIND_SHEET, values: remindSheetValues(list, lang, true), numberColumns: [REMIND_DAYS_COLUMN] };
}

type ColumnWrite = Block & { readonly daysLeftColumn?: number };

/** A placement's number columns and days-left column, found by its own headers (any placement rule). */
function numberAndDays(header: readonly string[]): { numberColumns: number[]; daysLeftColumn?: number } {
  const specs = header.map((h) => ownSpecByHeader(h));
  const numberColumns = specs.flatMap((s, i) => (s?.number ? [i] : []));
  const days = specs.findIndex((s) => s?.key === 'daysLeft');
  return days < 0 ? { numberColumns } : { numberColumns, daysLeftColumn: days };
}

/** The days-left columns of the own-column writes: first data row and column. */
function columnTargets(blocks: readonly ColumnWrite[]): DaysLeftTarget[] {
  return blocks.flatMap((b) =>
    b.daysLeftColumn === undefined ? [] : [{ sheet: b.sheet, row: b.row + 1, column: b.column + b.daysLeftColumn }],
  );
}

/** Compares with what a sheet in zone `tz` holds: a Date cell is its calendar day there. */
function sameIn(tz: string): SameCell {
  const cellDate = zoneCellDate(tz);
  return sameCell((d) => {
    const { day, minute } = cellDate(d);
    return minute === null ? isoOfDay(day) : '';
  });
}

/** Own columns on every register and filing sheet, with what they held before. */
export function annotationWrites(c: Computed, lang: Lang): ColumnWrite[] {
  const blocks: ColumnWrite[] = [];
  const bySheet = new Map(c.sheets.map((s) => [s.grid.name, s]));
  const layouts = new Map<string, LayoutSheet>(c.layout.sheets.map((s) => [s.name, s]));
  for (const block of annotationBlocks(c.layout, c.result, lang)) {
    const read = bySheet.get(block.sheet);
    const layout = layouts.get(block.sheet);
    if (!read || !layout) continue;
    for (const p of placeBlock(block, layout)) {
      const width = p.values[0]?.length ?? 1;
      // Clear stale annotation below the data too: rows the manager deleted since the last run.
      const height = Math.max(p.values.length, read.grid.values.length - p.row + 1);
      blocks.push({
        sheet: read.sheet,
        row: p.row,
        column: p.column,
        values: p.values,
        before: cut(read.grid.values, p.row, p.column, height, width),
        ...numberAndDays(p.values[0] ?? []),
      });
    }
  }
  return blocks;
}

/**
 * Own columns, then 客户归属总表, 冲突, 问题, 变更日志 (each replaced by one setValues, padded to
 * clear the old), as one unit: a failure anywhere puts every written block back and removes
 * the sheets this run created.
 */
export function writeTogether(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  columns: Block[],
  sheets: readonly OwnSheet[],
  same?: SameCell,
  catalog = new SheetCatalog(ss),
): DaysLeftTarget[] {
  const targets: DaysLeftTarget[] = [];
  const created: GoogleAppsScript.Spreadsheet.Sheet[] = [];
  const blocks: Block[] = [...columns];
  try {
    for (const s of sheets) {
      // Found by its mark, never by its name alone (issue 16.4).
      const { sheet, created: isNew } = ownSheetFor(catalog, s.name);
      if (isNew) created.push(sheet);
      const rows = sheet.getLastRow();
      const cols = sheet.getLastColumn();
      const before = rows > 0 && cols > 0 ? sheet.getRange(1, 1, rows, cols).getValues() : [];
      const width = widest(s.values, cols);
      blocks.push({
        sheet,
        row: 1,
        column: 1,
        values: s.values,
        before: padTo(before, Math.max(rows, s.values.length), width),
        numberColumns: s.numberColumns,
      });
      if (s.daysLeftColumn !== undefined) targets.push({ sheet, row: 2, column: s.daysLeftColumn + 1 });
    }
    writeAll(blocks, same);
  } catch (e) {
    for (const sheet of created) {
      ss.deleteSheet(sheet);
      catalog.removed(sheet);
    }
    throw e instanceof WriteError || e instanceof RestoreError
      ? e
      : new WriteError(e instanceof Error ? e.message : String(e));
  }
  for (const sheet of created) sheet.setFrozenRows(1);
  return targets;
}

function padTo(values: unknown[][], rows: number, cols: number): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = values[r] ?? [];
    const line: unknown[] = [];
    for (let c = 0; c < cols; c++) line.push(src[c] ?? '');
    out.push(line);
  }
  return out;
}
