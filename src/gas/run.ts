// One computation over the document: read every sheet once, apply entry stamps, run the engine.
// Shared by recompute, the daily run, month end and the lookup.
import { annotate, type EngineResult, type Day } from '../engine';
import type { Policy } from '../policy';
import { readWorkbook, type WorkbookLayout } from '../table';
import { isGuishuSheet, SheetCatalog } from './ownSheets';
import { applyStamps } from '../table/stamps';
import { dayOfToday, readSheets, zoneCellDate, type ReadSheet } from './grids';
import { timeZoneOf, todayIso } from './document';
import type { Settings } from './settings';
import { readStampBook, STAMP_SHEET } from './stamps';

export interface Computed {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The sheets' names and marks, read once for the run (ownSheets.ts). */
  readonly catalog: SheetCatalog;
  readonly tz: string;
  readonly asOf: Day;
  readonly sheets: ReadSheet[];
  readonly layout: WorkbookLayout;
  readonly result: EngineResult;
  readonly input: Parameters<typeof annotate>[0];
}

export function compute(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  policy: Policy,
  asOfIso?: string,
): Computed {
  const tz = timeZoneOf(ss);
  const asOf = dayOfToday(asOfIso ?? todayIso(tz));
  const cellDate = zoneCellDate(tz);
  // Own sheets by their marks (issue 16.4): a manager's sheet named 问题 is read like any other.
  const catalog = new SheetCatalog(ss);
  const sheets = readSheets(catalog, (e) => isGuishuSheet(e) || e.name === STAMP_SHEET || e.name.startsWith('_guishu'));
  const read = readWorkbook(
    sheets.map((s) => s.grid),
    { asOf, cellDate, roles: settings.roles, mapping: settings.mapping as never, ownSheet: () => false },
  );
  const stamps = readStampBook(ss, cellDate);
  const input = { ...read.input, events: applyStamps(read.input.events, stamps) };
  return { ss, catalog, tz, asOf, sheets, layout: read.layout, input, result: annotate(input, policy, asOf) };
}

/** The same input judged on another day (month ends): no second read of the sheets. */
export function rejudge(c: Computed, policy: Policy, asOf: Day): EngineResult {
  return annotate(c.input, policy, asOf);
}
