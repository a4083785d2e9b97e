// Rulings rows -> RulingRecords (rulebook §2.4): a manager's decision, from its date on.
import { isoOfDay } from '../engine/calendar';
import type { InputIssue, RulingRecord } from '../engine/types';
import { readName, readText } from './cells';
import { readDate, resolveYears, YEAR_RULE, type CellDate, type DateRead, type YearFallback } from './dates';
import type { HeaderMatch } from './headers';
import { makeIssue } from './messages';
import { mobileInText, readPhone } from './phones';
import { cellText, type SheetResult } from './records';
import { walkRows } from './rows';

export interface RulingContext {
  readonly cellDate: CellDate;
  readonly fallback: YearFallback;
}

const PHONE_LIKE = /\d{7}/; // enough digits that a failed phone is a bad phone, not a name

interface Draft {
  readonly row: number;
  readonly date: DateRead;
  readonly text: string;
  readonly rest: Omit<RulingRecord, 'ref' | 'day'>;
}

export function readRulingSheet(
  sheet: string,
  values: readonly (readonly unknown[])[],
  header: HeaderMatch,
  ctx: RulingContext,
): SheetResult<RulingRecord> {
  const issues: InputIssue[] = [];
  const dataRows: number[] = [];
  const drafts: Draft[] = [];
  const walk = walkRows(sheet, values, header, ['rulingDate'], ['customer', 'phone', 'newOwner'], issues);

  for (const { sheetRow, cell, note, notRecord } of walk.rows()) {
    const dateCell = cell('rulingDate');
    const date = readDate(dateCell, ctx.cellDate);
    const newOwner = readName(cell('newOwner'));
    if ((date === null || date.t === 'bad' || newOwner === null) && notRecord()) continue;
    dataRows.push(sheetRow);
    if (date === null) {
      note('rulingDate', 'error', 'date-blank');
      continue;
    }
    if (date.t === 'bad') {
      note('rulingDate', 'error', 'date-unreadable', { text: cellText(dateCell) });
      continue;
    }
    if (newOwner === null) {
      note('newOwner', 'error', 'ruling-no-owner');
      continue;
    }

    // The customer column holds a phone or a name; a separate phone column adds the phone.
    let customerPhone: string | null = null;
    let customerName: string | null = null;
    for (const field of ['customer', 'phone'] as const) {
      const v = cell(field);
      const p = readPhone(v);
      if (p === null) continue;
      if (p.ok) {
        customerPhone ??= p.phone;
        continue;
      }
      const text = cellText(v);
      const inName = field === 'customer' ? mobileInText(text) : null;
      if (inName) {
        customerPhone ??= inName.phone;
        customerName = readName(inName.rest);
      } else if (field === 'phone' || PHONE_LIKE.test(text)) {
        note(field, 'error', p.masked ? 'phone-masked' : 'phone-invalid', { field, text });
      } else customerName = readName(v);
    }
    if (customerPhone === null && customerName === null) {
      note('customer', 'error', 'ruling-no-customer');
      continue;
    }
    drafts.push({
      row: sheetRow,
      date,
      text: cellText(dateCell),
      rest: {
        customerPhone,
        customerName,
        newOwner,
        reason: readText(cell('reason')),
        decidedBy: readName(cell('decidedBy')),
      },
    });
  }

  const days = resolveYears(
    drafts.map((d) => d.date),
    ctx.fallback,
  );
  const records: RulingRecord[] = [];
  drafts.forEach((d, i) => {
    const year = days[i] ?? null;
    if (year === null) {
      issues.push(makeIssue(sheet, d.row, 'rulingDate', 'error', 'year-unknown', { text: d.text }, [YEAR_RULE]));
      return;
    }
    const day = year.day;
    if (d.date.t === 'partial') {
      issues.push(
        makeIssue(
          sheet,
          d.row,
          'rulingDate',
          'note',
          'year-inferred',
          { text: d.text, date: isoOfDay(day), basis: year.basis ?? 'sheet' },
          [YEAR_RULE],
        ),
      );
    }
    records.push({ ref: { sheet, row: d.row }, day, ...d.rest });
  });
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { records, issues, dataRows, lastColumn: walk.lastColumn() };
}
