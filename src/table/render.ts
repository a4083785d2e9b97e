// Engine result -> the plain strings Guishu writes (rulebook §2.5). Pure: no sheet handles, no
// formula guard (each writer makes sure its strings land as text; see startsLikeFormula).
import { isoOfDay } from '../engine/calendar';
import type {
  CustomerResult,
  Day,
  EngineResult,
  InputIssue,
  Owner,
  Reason,
  RowResult,
  Shares,
  Status,
} from '../engine/types';
import {
  FILING_OWN_COLUMNS,
  OWN_COLUMN_HEADERS,
  OWN_COLUMN_SPECS,
  OWN_SHEET_HEADERS,
  OWN_SHEET_NAMES,
  REGISTER_OWN_COLUMNS,
  refText,
  type Lang,
  type OwnColumn,
} from './labels';
import { ISSUE_PREFIX, issueMessage } from './messages';
import { CATEGORY_WORDS } from '../vocab/categories';
import { CONFLICT_WORDS } from '../vocab/conflicts';
import { fieldWord } from '../vocab/fields';
import { ISSUE_LEVEL_WORDS } from '../vocab/levels';
import { OWNER_KIND_WORDS } from '../vocab/owners';
import { STATUS_WORDS } from '../vocab/statuses';
import { clauseJoin, listJoin } from '../vocab/text';
import { ruleClause, type Policy } from '../policy';
import { daysLeft } from './standing';

/** What render needs of a WorkbookLayout sheet (src/table/read.ts); structural on purpose. */
export interface LayoutSheet {
  readonly name: string;
  readonly role: 'register' | 'filing' | 'staff' | 'rulings';
  readonly headerRow: number;
  readonly ownColumns: Partial<Record<OwnColumn, number>>;
  readonly lastManagerColumn: number;
  readonly dataRows: readonly number[];
}
export interface LayoutLike {
  readonly sheets: readonly LayoutSheet[];
}

export interface AnnotationBlock {
  readonly sheet: string;
  /** 1-based row of the own headers: the sheet's header row. */
  readonly headerRow: number;
  /** 0-based column of the first own column. */
  readonly firstColumn: number;
  /** Header row, then one row per sheet row headerRow+1 .. last data row. */
  readonly values: string[][];
  /** 0-based columns of the block whose cells are numbers (剩余天数): written as numbers. */
  readonly numberColumns?: readonly number[];
  /** 0-based column of the block holding days left, coloured by conditional format. */
  readonly daysLeftColumn?: number;
}

export interface OwnSheet {
  readonly name: string;
  readonly values: string[][];
  readonly numberColumns?: readonly number[];
  readonly daysLeftColumn?: number;
}

/** Rows made when asked: the command line streams a million-row sheet without holding it. */
export interface RowSource {
  readonly length: number;
  row(i: number): string[];
}

const allRows = (rows: RowSource): string[][] => Array.from({ length: rows.length }, (_, i) => rows.row(i));

/** An AnnotationBlock whose rows (header first) are rendered one at a time. */
export interface AnnotationPlan {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly rows: RowSource;
  readonly numberColumns?: readonly number[];
  readonly daysLeftColumn?: number;
}

/** Where a writer must not put a string as-is: it would become a formula (= + - @). */
export function startsLikeFormula(s: string): boolean {
  return /^\s*[=+\-@＝＋－＠]/.test(s);
}

// ---------- small formatters ----------

const dayText = (day: Day | null): string => (day === null ? '' : isoOfDay(day));

export function ownerText(owner: Owner, lang: Lang): string {
  return owner.name ?? OWNER_KIND_WORDS[owner.kind][lang];
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** `张三 70% / 李四 30%`, largest share first (ties keep the engine's order). */
export function splitText(shares: Shares): string {
  return Object.entries(shares)
    .map(([name, share], i) => ({ name, share, i }))
    .sort((a, b) => b.share - a.share || a.i - b.i)
    .map(({ name, share }) => `${name} ${percent(share)}`)
    .join(' / ');
}

/** `[cross-customer/R4.1] 张三 首次接待…` */
export function reasonText(reason: Reason, lang: Lang): string {
  const text = reason[lang];
  return reason.rules.length ? `[${reason.rules.join(', ')}] ${text}`.trim() : text;
}

/** The preset's word where the row's status is the customer's, else the default word. */
function statusText(status: Status | null, customer: CustomerResult | undefined, lang: Lang): string {
  if (status === null) return '';
  if (customer && customer.status === status) return customer.statusLabel[lang];
  return STATUS_WORDS[status][lang];
}

/** `*******8000`: all but the last four digits hidden. */
export function maskPhone(phone: string): string {
  return phone.length <= 4 ? '*'.repeat(phone.length) : '*'.repeat(phone.length - 4) + phone.slice(-4);
}

/** Customer ids embed a phone (`c-13800000001`): mask that part too where phones are masked. */
export function maskId(id: string): string {
  const m = /^c-(\d+)$/.exec(id);
  return m ? `c-${maskPhone(m[1])}` : id;
}

const refKey = (sheet: string, row: number): string => `${sheet}\u0000${row}`;

// ---------- own columns on register and filing sheets ----------

function issuesByRef(issues: readonly InputIssue[]): Map<string, InputIssue[]> {
  const byRef = new Map<string, InputIssue[]>();
  for (const issue of issues) {
    if (issue.row === null) continue;
    const key = refKey(issue.sheet, issue.row);
    const list = byRef.get(key);
    if (list) list.push(issue);
    else byRef.set(key, [issue]);
  }
  return byRef;
}

function firstColumnOf(sheet: LayoutSheet): number {
  const found = Object.values(sheet.ownColumns).filter((c): c is number => typeof c === 'number');
  return found.length ? Math.min(...found) : sheet.lastManagerColumn + 1;
}

export function annotationBlocks(layout: LayoutLike, result: EngineResult, lang: Lang): AnnotationBlock[] {
  return annotationPlans(layout, result, lang).map(({ rows, ...p }) => ({ ...p, values: allRows(rows) }));
}

export function annotationPlans(layout: LayoutLike, result: EngineResult, lang: Lang): AnnotationPlan[] {
  const judged = layout.sheets.filter((s) => s.role === 'register' || s.role === 'filing');
  const at = rowIndex(result.rows, judged);
  const issues = issuesByRef(result.issues);
  const customers = new Map(result.customers.map((c) => [c.id, c]));
  return judged.map((sheet) => {
    const role = sheet.role as 'register' | 'filing';
    const columns = role === 'register' ? REGISTER_OWN_COLUMNS : FILING_OWN_COLUMNS;
    const headers = OWN_COLUMN_HEADERS[role];
    const numberColumns = OWN_COLUMN_SPECS[role].flatMap((c, i) => (c.number ? [i] : []));
    const daysLeftColumn = columns.indexOf('daysLeft');
    const index = at.get(sheet.name) as Int32Array;
    const row = (i: number): string[] => {
      if (i === 0) return columns.map((c) => headers[c]?.[lang] ?? '');
      const found = result.rows[index[i - 1] ?? -1];
      const cells = found
        ? judgedCells(found, result, customers.get(found.customerId ?? ''), lang)
        : unreadCells(issues.get(refKey(sheet.name, sheet.headerRow + i)), lang);
      return columns.map((c) => cells[c]);
    };
    return {
      sheet: sheet.name,
      headerRow: sheet.headerRow,
      firstColumn: firstColumnOf(sheet),
      rows: { length: index.length + 1, row },
      numberColumns,
      ...(daysLeftColumn >= 0 ? { daysLeftColumn } : {}),
    };
  });
}

/**
 * Per sheet, for each row below the header, the position of its result in `rows` (-1: none).
 * One row may carry two events (a visit and a deal from 成交日期): the deal's judgment is shown.
 */
function rowIndex(rows: readonly RowResult[], sheets: readonly LayoutSheet[]): Map<string, Int32Array> {
  const index = new Map<string, Int32Array>();
  const top = new Map<string, number>();
  for (const sheet of sheets) {
    // reduce, not Math.max(...rows): a 100k-row register would overflow the argument list.
    const lastRow = sheet.dataRows.reduce((last, r) => Math.max(last, r), sheet.headerRow);
    index.set(sheet.name, new Int32Array(lastRow - sheet.headerRow).fill(-1));
    top.set(sheet.name, sheet.headerRow + 1);
  }
  rows.forEach((row, k) => {
    const list = index.get(row.ref.sheet);
    const i = row.ref.row - (top.get(row.ref.sheet) ?? 0);
    if (!list || i < 0 || i >= list.length) return;
    const seen = list[i] as number;
    if (seen < 0 || row.deal !== null || rows[seen]?.deal === null) list[i] = k;
  });
  return index;
}

function judgedCells(
  row: RowResult,
  result: EngineResult,
  customer: CustomerResult | undefined,
  lang: Lang,
): Record<OwnColumn, string> {
  const deal = row.deal === null ? undefined : result.deals[row.deal];
  const judged = row.status !== null || row.owner.name !== null;
  const left = customer ? daysLeft(customer, result.asOf) : null;
  return {
    currentOwner: customer ? [ownerText(customer.owner, lang), ...customer.coOwners].join(' / ') : '',
    currentStatus: customer ? customer.statusLabel[lang] || STATUS_WORDS[customer.status][lang] : '',
    daysLeft: left === null ? '' : String(left),
    owner: judged ? ownerText(row.owner, lang) : '',
    status: statusText(row.status, customer, lang),
    performance: deal ? splitText(deal.performance) : '',
    commission: deal ? splitText(deal.commission) : '',
    protectedThrough: dayText(row.protectedThrough),
    reason: reasonText(row.reason, lang),
  };
}

/** A data row the engine could not use: its 判定依据 says why, so the register explains itself. */
function unreadCells(issues: InputIssue[] | undefined, lang: Lang): Record<OwnColumn, string> {
  const prefix = ISSUE_PREFIX[lang];
  return {
    currentOwner: '',
    currentStatus: '',
    daysLeft: '',
    owner: '',
    status: '',
    performance: '',
    commission: '',
    protectedThrough: '',
    reason: issues ? prefix + issues.map((i) => issueMessage(i, lang)).join('; ') : '',
  };
}

// ---------- own sheets ----------

export interface OwnSheetOptions {
  /** Show phones (and the phone inside customer ids) as `*******8000`. */
  readonly maskPhones: boolean;
  /** The policy in force: with it, 规则说明 lists every rule cited, in words (issue 15). */
  readonly policy?: Policy;
  /** A note for a 变更日志 line, such as the settings change that caused it (issue 15). */
  readonly changeNote?: (change: EngineResult['changes'][number]) => string | null;
}

/** An own sheet whose rows (header first) are made when asked. */
export interface OwnSheetPlan {
  readonly name: string;
  readonly rows: RowSource;
  readonly numberColumns?: readonly number[];
  readonly daysLeftColumn?: number;
}

export function ownSheets(result: EngineResult, lang: Lang, options: OwnSheetOptions): OwnSheet[] {
  return ownSheetPlans(result, lang, options).map(({ rows, ...p }) => ({ ...p, values: allRows(rows) }));
}

export function ownSheetPlans(result: EngineResult, lang: Lang, options: OwnSheetOptions): OwnSheetPlan[] {
  const id = options.maskPhones ? maskId : (s: string) => s;
  const phone = options.maskPhones ? maskPhone : (s: string) => s;
  const customers = new Map(result.customers.map((c) => [c.id, c]));
  const customerText = (customerId: string): string => {
    const c = customers.get(customerId);
    return c?.name ? `${c.name} (${id(customerId)})` : id(customerId);
  };
  // Each own sheet: its header, then one row per item of a result list.
  const sheet = <T>(
    key: keyof typeof OWN_SHEET_NAMES,
    list: readonly T[],
    cells: (item: T) => string[],
  ): OwnSheetPlan => ({
    name: OWN_SHEET_NAMES[key],
    rows: {
      length: list.length + 1,
      row: (i) => (i === 0 ? OWN_SHEET_HEADERS[key].map((h) => h[lang]) : cells(list[i - 1] as T)),
    },
  });
  const statusWord = (s: Status | null): string => (s === null ? '' : STATUS_WORDS[s][lang]);

  const daysColumn = OWN_SHEET_HEADERS.customers.findIndex((h) => h.zh === '剩余天数');
  const customersSheet = (plan: OwnSheetPlan): OwnSheetPlan => ({
    ...plan,
    numberColumns: [daysColumn],
    daysLeftColumn: daysColumn,
  });
  return [
    customersSheet(
      sheet('customers', result.customers, (c) => [
        id(c.id),
        c.name ?? '',
        listJoin(c.phones.map(phone), lang),
        [ownerText(c.owner, lang), ...c.coOwners].join(' / '),
        OWNER_KIND_WORDS[c.owner.kind][lang],
        c.statusLabel[lang] || STATUS_WORDS[c.status][lang],
        dayText(c.protectedThrough),
        ((left) => (left === null ? '' : String(left)))(daysLeft(c, result.asOf)),
        c.category ? CATEGORY_WORDS[c.category][lang] : '',
        c.reason.rules.join(', '),
        c.reason[lang],
      ]),
    ),
    sheet('conflicts', result.conflicts, (k) => [
      customerText(k.customerId),
      k.ref.sheet,
      String(k.ref.row),
      dayText(k.day),
      CONFLICT_WORDS[k.kind]?.[lang] ?? k.kind,
      k.parties.join(' / '),
      k.reason.rules.join(', '),
      k.reason[lang],
      dayText(k.deadline),
    ]),
    sheet('issues', result.issues, (i) => [
      i.sheet,
      i.row === null ? '' : String(i.row),
      fieldWord(i.field, lang),
      ISSUE_LEVEL_WORDS[i.level]?.[lang] ?? i.level,
      issueMessage(i, lang),
    ]),
    sheet('changes', result.changes, (ch) => [
      dayText(ch.day),
      customerText(ch.customerId),
      ownerText(ch.from, lang),
      statusWord(ch.fromStatus),
      ownerText(ch.to, lang),
      statusWord(ch.toStatus),
      ch.rules.join(', '),
      clauseJoin([ch.ref ? refText(ch.ref, lang) : '', options.changeNote?.(ch) ?? ''].filter(Boolean), lang),
      dayText(ch.entered ?? null),
    ]),
    ...(options.policy
      ? [
          sheet('rules', ruleCitations(result), ([rule, rows]) => [
            rule,
            ruleClause(rule, options.policy!, lang) ?? '',
            String(rows),
          ]),
        ]
      : []),
  ];
}

/**
 * Every rule id cited anywhere in a result (rows, customers, deals, conflicts, changes) with the
 * number of register and filing rows whose 判定依据 cites it; most cited first, then by id.
 */
export function ruleCitations(result: EngineResult): [string, number][] {
  const counts = new Map<string, number>();
  const seen = (rules: readonly string[]): void => {
    for (const r of rules) if (!counts.has(r)) counts.set(r, 0);
  };
  for (const row of result.rows) for (const r of row.reason.rules) counts.set(r, (counts.get(r) ?? 0) + 1);
  for (const c of result.customers) seen(c.reason.rules);
  for (const d of result.deals) seen(d.reason.rules);
  for (const k of result.conflicts) seen(k.reason.rules);
  for (const ch of result.changes) seen(ch.rules);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
