// The reading half of the table layer: a workbook's grids -> the engine's input, plus where
// everything was found, so the writing half can put its own columns back in the same places.
import type {
  Day,
  EngineInput,
  EventRecord,
  InputIssue,
  Minute,
  RulingRecord,
  SourceRef,
  StaffRecord,
} from '../engine/types';
import { utcCellDate, type CellDate } from './dates';
import type { FieldName, OwnColumn, SheetRole } from './fields';
import type { SheetGrid } from './grid';
import { findHeader, HEADER_SCAN_ROWS, type FieldMapping, type HeaderMatch } from './headers';
import { formatIssue, makeIssue, type IssueCode } from './messages';
import { readRecordSheet, type SheetResult } from './records';
import { isOwnSheetName, roleByHeaders, roleByName, yearOfName, yearOfTitle } from './roles';
import { readRulingSheet } from './rulings';
import { lastFilled, ownFlags } from './rows';
import { readStaffSheet } from './staff';

export interface ReadOptions {
  /** Year context of last resort for dates written without a year ('11月3日'). */
  readonly asOf?: Day;
  /** A Date cell's calendar day and minute in the sheet's time zone; default: its UTC fields. */
  readonly cellDate?: (d: Date) => { day: Day; minute: Minute | null };
  /** The manager's word on what a sheet is, by sheet name. */
  readonly roles?: Readonly<Record<string, SheetRole | 'ignore'>>;
  /**
   * Which sheets are Guishu's own, as the door knows from its marks (issue 16.4); without it,
   * sheets are taken for own by their names (isOwnSheetName).
   */
  readonly ownSheet?: (name: string) => boolean;
  /** Sheet name -> field -> header text: the manager's column mapping, over detection. */
  readonly mapping?: Readonly<Record<string, Partial<Record<FieldName, string>>>>;
}

export interface SheetLayout {
  name: string;
  role: SheetRole;
  /** 1-based. */
  headerRow: number;
  /** 0-based column per field. */
  columns: Partial<Record<FieldName, number>>;
  /** Guishu's own annotation columns, found again by their headers. */
  ownColumns: Partial<Record<OwnColumn, number>>;
  /** 0-based index of the manager's last non-own column with a header or data; -1 when none. */
  lastManagerColumn: number;
  /** 1-based rows read as data: every non-blank row below the header that is not a total, banner or repeated header. */
  dataRows: number[];
}

export interface SkippedSheet {
  name: string;
  why: string;
  /** Message code of `why`, for formatIssue(code, {}, 'en'). */
  code?: string;
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
  skipped: SkippedSheet[];
}

/** What a reader may leave undecoded in a sheet, because readWorkbook never reads it. */
export type PassOver = 'sheet' | { readonly below: number; readonly columns: readonly number[] } | null;

/** How many rows `passOver` needs to see: the header is looked for in these. */
export const HEAD_ROWS = HEADER_SCAN_ROWS;

/**
 * Guishu's own output in a sheet, found the way readWorkbook finds it (with no manager settings):
 * a whole own sheet, or the own columns below a register's or filing's header row (0-based row
 * and columns). Their values are never read, so the command line need not decode what an
 * earlier run wrote (on a million-row copy, hundreds of megabytes of reasons).
 */
export function passOver(
  name: string,
  head: readonly (readonly unknown[])[],
  isOwn: (name: string) => boolean = isOwnSheetName,
): PassOver {
  if (isOwn(name)) return 'sheet';
  const role = roleByName(name) ?? roleByHeaders(head);
  if (role !== 'register' && role !== 'filing') return null;
  const header = findHeader(name, head, role);
  const columns = header
    ? Object.values(header.ownColumns)
        .filter((c): c is number => c !== undefined)
        .sort((a, b) => a - b)
    : [];
  return header && columns.length ? { below: header.index, columns } : null;
}

export function readWorkbook(
  grids: readonly SheetGrid[],
  options: ReadOptions = {},
): { input: EngineInput; layout: WorkbookLayout } {
  const cellDate: CellDate = options.cellDate ?? utcCellDate;
  const asOf = options.asOf ?? null;
  const events: EventRecord[] = [];
  const staff: StaffRecord[] = [];
  const rulings: RulingRecord[] = [];
  const issues: InputIssue[] = [];
  const layout: WorkbookLayout = { sheets: [], skipped: [] };
  // All register sheets are one register: duplicates are looked for across them (and across filings).
  const seen = { register: new Map<string, SourceRef>(), filing: new Map<string, SourceRef>() };

  const skip = (name: string, code: IssueCode): void => {
    layout.skipped.push({ name, why: formatIssue(code, {}, 'zh'), code });
  };

  for (const grid of grids) {
    const { name, values } = grid;
    const said = options.roles?.[name];
    if (said === 'ignore') {
      skip(name, 'sheet-ignored');
      continue;
    }
    if (said === undefined && (options.ownSheet ?? isOwnSheetName)(name)) continue;
    const mapping: FieldMapping | undefined = options.mapping?.[name];
    const named = said ?? roleByName(name);
    const role = named ?? roleByHeaders(values, mapping);
    if (role === null) {
      skip(name, values.length === 0 ? 'sheet-empty' : 'sheet-unrecognized');
      // A sheet with something on it that was not read is said on 问题: it may hold contacts or
      // deals under a name and headers Guishu does not know, and the manager can set its role.
      if (values.length > 0) issues.push(makeIssue(name, null, 'sheet', 'note', 'sheet-unrecognized'));
      continue;
    }
    const header = findHeader(name, values, role, mapping);
    if (header === null) {
      if (values.length === 0) skip(name, 'sheet-empty');
      else {
        skip(name, 'no-header');
        issues.push(makeIssue(name, null, 'sheet', 'error', 'no-header'));
      }
      continue;
    }
    const missing = missingColumn(role, header);
    if (missing !== null) {
      issues.push(
        ...header.issues,
        makeIssue(name, header.index + 1, missing, 'error', 'missing-column', { field: missing }),
      );
      skip(name, 'missing-column');
      continue;
    }
    issues.push(...header.issues);
    const c = header.columns;
    // A channel's filing names a broker instead of an agent; anything else without agents is worth a word.
    if (
      (role === 'register' || role === 'filing') &&
      c.agent === undefined &&
      c.channel === undefined &&
      c.broker === undefined
    ) {
      issues.push(makeIssue(name, header.index + 1, 'agent', 'note', 'no-agent-column'));
    }

    // decide/D13, first step: the year in the sheet's name, else in its title rows.
    const fallback = { nameYear: yearOfName(name) ?? yearOfTitle(values, header.index), asOf };
    let result: SheetResult<unknown>;
    if (role === 'register' || role === 'filing') {
      const r = readRecordSheet(name, role, values, header, { cellDate, fallback, seen: seen[role] });
      append(events, r.records);
      result = r;
    } else if (role === 'staff') {
      const r = readStaffSheet(name, values, header, { cellDate, fallback });
      append(staff, r.records);
      result = r;
    } else {
      const r = readRulingSheet(name, values, header, { cellDate, fallback });
      append(rulings, r.records);
      result = r;
    }
    append(issues, result.issues);
    layout.sheets.push({
      name,
      role,
      headerRow: header.index + 1,
      columns: header.columns,
      ownColumns: header.ownColumns,
      lastManagerColumn: Math.max(result.lastColumn, lastAbove(values, header)),
      dataRows: result.dataRows,
    });
  }
  return { input: { events, staff, rulings, issues }, layout };
}

/**
 * Issue 12 point 1: a workbook has something to judge when it holds a visit register or a filing
 * sheet. A filing sheet alone is a register for every preset whose claims start with a filing.
 */
export function hasRecordSheet(layout: WorkbookLayout): boolean {
  return layout.sheets.some((s) => s.role === 'register' || s.role === 'filing');
}

/** push(...items) passes every item as an argument: a sheet of a million rows overflows the stack. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

/** The column a role cannot do without, when the header row lacks it. */
function missingColumn(role: SheetRole, header: HeaderMatch): FieldName | null {
  const c = header.columns;
  switch (role) {
    case 'register':
    case 'filing':
      if (c.date === undefined) return 'date';
      if (c.name === undefined && c.phone === undefined) return 'phone';
      return null;
    case 'staff':
      return c.staffName === undefined ? 'staffName' : null;
    case 'rulings':
      if (c.rulingDate === undefined) return 'rulingDate';
      if (c.customer === undefined && c.phone === undefined) return 'customer';
      if (c.newOwner === undefined) return 'newOwner';
      return null;
  }
}

/** Last manager column used by the header row and the title rows above it. */
function lastAbove(values: readonly (readonly unknown[])[], header: HeaderMatch): number {
  const isOwn = ownFlags(header.keys.length, header.ownColumns);
  let last = -1;
  for (let r = 0; r <= header.index; r++) last = Math.max(last, lastFilled(values[r] ?? [], isOwn));
  return last;
}
