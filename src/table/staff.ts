// Staff sheet rows -> StaffRecords (rulebook §2.3): who is away, who left, who manages.
import { isoOfDay } from '../engine/calendar';
import type { Day, InputIssue, StaffRecord } from '../engine/types';
import { readAmount, readBool, readStaffName, readStaffStatus, readText } from './cells';
import {
  fallbackYear,
  nearestYear,
  readDate,
  resolveYears,
  YEAR_RULE,
  type CellDate,
  type DateRead,
  type YearFallback,
} from './dates';
import type { HeaderMatch } from './headers';
import { makeIssue } from './messages';
import { cellText, type SheetResult } from './records';
import { walkRows } from './rows';
import { wordKey } from './text';

export interface StaffContext {
  readonly cellDate: CellDate;
  readonly fallback: YearFallback;
}

const MANAGER_WORDS = /经理|主管|店长|总监|管理|manager|admin/i;

interface Draft {
  readonly row: number;
  readonly from: DateRead | null;
  readonly fromText: string;
  readonly to: DateRead | null;
  readonly rest: Omit<StaffRecord, 'ref' | 'from' | 'to'>;
}

export function readStaffSheet(
  sheet: string,
  values: readonly (readonly unknown[])[],
  header: HeaderMatch,
  ctx: StaffContext,
): SheetResult<StaffRecord> {
  const issues: InputIssue[] = [];
  const dataRows: number[] = [];
  const drafts: Draft[] = [];
  const walk = walkRows(sheet, values, header, ['staffFrom', 'staffTo'], ['staffName'], issues);

  for (const { sheetRow, cell, note, notRecord } of walk.rows()) {
    const { name, noted } = readStaffName(cell('staffName'));
    if (noted && name !== null)
      note('staffName', 'note', 'agent-note', { field: 'staffName', text: cellText(cell('staffName')), name });
    if (name === null) {
      if (notRecord()) continue;
      dataRows.push(sheetRow);
      note('staffName', 'error', 'staff-no-name');
      continue;
    }
    dataRows.push(sheetRow);

    // An unreadable date would turn a day's leave into a permanent one: the row is not used.
    const dates: (DateRead | null)[] = [];
    let bad = false;
    for (const field of ['staffFrom', 'staffTo'] as const) {
      const v = cell(field);
      const d = readDate(v, ctx.cellDate);
      if (d?.t === 'bad') {
        note(field, 'error', 'date-unreadable', { text: cellText(v) });
        bad = true;
      }
      dates.push(d);
    }
    if (bad) continue;

    const statusCell = cell('staffStatus');
    let status = readStaffStatus(statusCell);
    if (status === null) {
      const text = readText(statusCell);
      if (text !== null) note('staffStatus', 'note', 'status-unknown', { text });
      status = 'active';
    }

    const managerCell = cell('manager');
    let manager = readBool(managerCell);
    if (manager === undefined) {
      const text = readText(managerCell) ?? '';
      manager = MANAGER_WORDS.test(wordKey(text));
      if (!manager) note('manager', 'note', 'bool-unknown', { field: 'manager', text });
    }
    const order = readAmount(cell('order'));
    if (order === undefined)
      note('order', 'error', 'value-unreadable', { field: 'order', text: cellText(cell('order')) });

    drafts.push({
      row: sheetRow,
      from: dates[0] ?? null,
      fromText: cellText(cell('staffFrom')),
      to: dates[1] ?? null,
      rest: {
        name,
        status,
        manager: manager === true,
        email: readText(cell('email')),
        team: readText(cell('team')),
        order: order ?? null,
      },
    });
  }

  const fromDays = resolveYears(
    drafts.map((d) => d.from),
    ctx.fallback,
  );
  const records: StaffRecord[] = [];
  drafts.forEach((d, i) => {
    const year = fromDays[i] ?? null;
    const from = year?.day ?? null;
    if (d.from !== null && from === null) {
      issues.push(makeIssue(sheet, d.row, 'staffFrom', 'error', 'year-unknown', { text: d.fromText }, [YEAR_RULE]));
      return;
    }
    if (d.from?.t === 'partial' && from !== null) {
      issues.push(
        makeIssue(
          sheet,
          d.row,
          'staffFrom',
          'note',
          'year-inferred',
          { text: d.fromText, date: isoOfDay(from), basis: year?.basis ?? 'sheet' },
          [YEAR_RULE],
        ),
      );
    }
    let to: Day | null = null;
    if (d.to?.t === 'day') to = d.to.day;
    else if (d.to?.t === 'partial') {
      to =
        from !== null ? nearestYear(d.to.month, d.to.date, [from]) : fallbackYear(d.to.month, d.to.date, ctx.fallback);
    }
    records.push({ ref: { sheet, row: d.row }, from, to, ...d.rest });
  });
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { records, issues, dataRows, lastColumn: walk.lastColumn() };
}
