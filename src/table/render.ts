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
  CATEGORY_LABELS,
  CONFLICT_KIND_LABELS,
  FIELD_LABELS,
  FILING_OWN_COLUMNS,
  ISSUE_LEVEL_LABELS,
  OWN_COLUMN_HEADERS,
  OWN_SHEET_HEADERS,
  OWN_SHEET_NAMES,
  OWNER_KIND_LABELS,
  REGISTER_OWN_COLUMNS,
  STATUS_LABELS,
  refText,
  type Lang,
  type OwnColumn,
} from './labels';
import { issueMessage } from './messages';

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
}

export interface OwnSheet {
  readonly name: string;
  readonly values: string[][];
}

/** Where a writer must not put a string as-is: it would become a formula (= + - @). */
export function startsLikeFormula(s: string): boolean {
  return /^\s*[=+\-@＝＋－＠]/.test(s);
}

// ---------- small formatters ----------

const dayText = (day: Day | null): string => (day === null ? '' : isoOfDay(day));

export function ownerText(owner: Owner, lang: Lang): string {
  return owner.name ?? OWNER_KIND_LABELS[owner.kind][lang];
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
  return STATUS_LABELS[status][lang];
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

/** One row may carry two events (a visit and a deal from 成交日期): show the deal's judgment. */
function rowsByRef(rows: readonly RowResult[]): Map<string, RowResult> {
  const byRef = new Map<string, RowResult>();
  for (const row of rows) {
    const key = refKey(row.ref.sheet, row.ref.row);
    const seen = byRef.get(key);
    if (!seen || row.deal !== null || seen.deal === null) byRef.set(key, row);
  }
  return byRef;
}

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
  const rows = rowsByRef(result.rows);
  const issues = issuesByRef(result.issues);
  const customers = new Map(result.customers.map((c) => [c.id, c]));
  const blocks: AnnotationBlock[] = [];
  for (const sheet of layout.sheets) {
    if (sheet.role !== 'register' && sheet.role !== 'filing') continue;
    const columns = sheet.role === 'register' ? REGISTER_OWN_COLUMNS : FILING_OWN_COLUMNS;
    const headers = OWN_COLUMN_HEADERS[sheet.role];
    const values: string[][] = [columns.map((c) => headers[c]?.[lang] ?? '')];
    // reduce, not Math.max(...rows): a 100k-row register would overflow the argument list.
    const lastRow = sheet.dataRows.reduce((last, r) => Math.max(last, r), sheet.headerRow);
    for (let r = sheet.headerRow + 1; r <= lastRow; r++) {
      const key = refKey(sheet.name, r);
      const row = rows.get(key);
      const cells = row
        ? judgedCells(row, result, customers.get(row.customerId ?? ''), lang)
        : unreadCells(issues.get(key), lang);
      values.push(columns.map((c) => cells[c]));
    }
    blocks.push({ sheet: sheet.name, headerRow: sheet.headerRow, firstColumn: firstColumnOf(sheet), values });
  }
  return blocks;
}

function judgedCells(
  row: RowResult,
  result: EngineResult,
  customer: CustomerResult | undefined,
  lang: Lang,
): Record<OwnColumn, string> {
  const deal = row.deal === null ? undefined : result.deals[row.deal];
  const judged = row.status !== null || row.owner.name !== null;
  return {
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
  const prefix = lang === 'zh' ? '问题：' : 'Issue: ';
  return {
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
}

export function ownSheets(result: EngineResult, lang: Lang, options: OwnSheetOptions): OwnSheet[] {
  const id = options.maskPhones ? maskId : (s: string) => s;
  const phone = options.maskPhones ? maskPhone : (s: string) => s;
  const customers = new Map(result.customers.map((c) => [c.id, c]));
  const sep = lang === 'zh' ? '、' : ', ';
  const customerText = (customerId: string): string => {
    const c = customers.get(customerId);
    return c?.name ? `${c.name} (${id(customerId)})` : id(customerId);
  };
  const header = (key: keyof typeof OWN_SHEET_HEADERS): string[] => OWN_SHEET_HEADERS[key].map((h) => h[lang]);

  const customerRows = result.customers.map((c) => [
    id(c.id),
    c.name ?? '',
    c.phones.map(phone).join(sep),
    [ownerText(c.owner, lang), ...c.coOwners].join(' / '),
    OWNER_KIND_LABELS[c.owner.kind][lang],
    c.statusLabel[lang] || STATUS_LABELS[c.status][lang],
    dayText(c.protectedThrough),
    c.category ? CATEGORY_LABELS[c.category][lang] : '',
    c.reason.rules.join(', '),
    c.reason[lang],
  ]);

  const conflictRows = result.conflicts.map((k) => [
    customerText(k.customerId),
    k.ref.sheet,
    String(k.ref.row),
    dayText(k.day),
    CONFLICT_KIND_LABELS[k.kind]?.[lang] ?? k.kind,
    k.parties.join(' / '),
    k.reason.rules.join(', '),
    k.reason[lang],
    dayText(k.deadline),
  ]);

  const issueRows = result.issues.map((i) => [
    i.sheet,
    i.row === null ? '' : String(i.row),
    FIELD_LABELS[i.field]?.[lang] ?? i.field,
    ISSUE_LEVEL_LABELS[i.level]?.[lang] ?? i.level,
    issueMessage(i, lang),
  ]);

  const statusWord = (s: Status | null): string => (s === null ? '' : STATUS_LABELS[s][lang]);
  const changeRows = result.changes.map((ch) => [
    dayText(ch.day),
    customerText(ch.customerId),
    ownerText(ch.from, lang),
    statusWord(ch.fromStatus),
    ownerText(ch.to, lang),
    statusWord(ch.toStatus),
    ch.rules.join(', '),
    ch.ref ? refText(ch.ref, lang) : '',
  ]);

  return [
    { name: OWN_SHEET_NAMES.customers, values: [header('customers'), ...customerRows] },
    { name: OWN_SHEET_NAMES.conflicts, values: [header('conflicts'), ...conflictRows] },
    { name: OWN_SHEET_NAMES.issues, values: [header('issues'), ...issueRows] },
    { name: OWN_SHEET_NAMES.changes, values: [header('changes'), ...changeRows] },
  ];
}
