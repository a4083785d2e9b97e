// Rulings rows -> RulingRecords (rulebook §2.4): a manager's decision, from its date on.
import { isoOfDay } from '../engine/calendar';
import type { InputIssue, RulingRecord } from '../engine/types';
import { readName, readText } from './cells';
import { readDate, resolveColumn, type CellDate, type DateRead, type YearFallback } from './dates';
import type { FieldName } from './fields';
import type { HeaderMatch } from './headers';
import { makeIssue, type IssueCode } from './messages';
import { mobileInText, readPhone } from './phones';
import { cellText, type SheetResult } from './records';
import { lastFilled, nonRecord, ownFlags, type RowShape } from './rows';
import { isErrorCell } from './text';

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
  const col = header.columns;
  const isOwn = ownFlags(header.keys.length, header.ownColumns);
  const shape: RowShape = {
    sheet,
    isOwn,
    keys: header.keys,
    mapped: new Set(Object.values(col).filter((c): c is number => c !== undefined)),
    prefill: new Set([col.rulingDate].filter((c): c is number => c !== undefined)),
    people: new Set([col.customer, col.phone, col.newOwner].filter((c): c is number => c !== undefined)),
  };
  const issues: InputIssue[] = [];
  const dataRows: number[] = [];
  const drafts: Draft[] = [];
  let lastColumn = -1;

  for (let r = header.index + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const last = lastFilled(row, isOwn);
    if (last < 0) continue;
    lastColumn = Math.max(lastColumn, last);
    const sheetRow = r + 1;
    const note = (field: string, level: InputIssue['level'], code: IssueCode, params?: Record<string, string | number>) =>
      issues.push(makeIssue(sheet, sheetRow, field, level, code, params));
    const cell = (field: FieldName): unknown => {
      const c = col[field];
      if (c === undefined) return '';
      const v = row[c];
      if (isErrorCell(v)) {
        note(field, 'error', 'cell-error', { field, text: v.trim() });
        return '';
      }
      return v;
    };
    const notRecord = (): boolean => {
      const why = nonRecord(row, shape, sheetRow);
      if (why === null) return false;
      if (why !== 'template') issues.push(why);
      return true;
    };

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

  const days = resolveColumn(
    drafts.map((d) => d.date),
    ctx.fallback,
  );
  const records: RulingRecord[] = [];
  drafts.forEach((d, i) => {
    const day = days[i] ?? null;
    if (day === null) {
      issues.push(makeIssue(sheet, d.row, 'rulingDate', 'error', 'year-unknown', { text: d.text }));
      return;
    }
    if (d.date.t === 'partial') {
      issues.push(makeIssue(sheet, d.row, 'rulingDate', 'note', 'year-inferred', { text: d.text, date: isoOfDay(day) }));
    }
    records.push({ ref: { sheet, row: d.row }, day, ...d.rest });
  });
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { records, issues, dataRows, lastColumn };
}
