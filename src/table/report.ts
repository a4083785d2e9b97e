// The JSON report of the contract ("The JSON report"). Days become ISO strings, reasons become
// one string in the chosen language. Fields may be added here, never renamed or dropped.
import { isoOfDay } from '../engine/calendar';
import type { CustomerResult, Day, EngineResult, RowResult, Shares } from '../engine/types';
import type { Lang, Text } from './labels';
import { STATUS_WORDS } from '../vocab/statuses';
import { issueMessage } from './messages';
import { daysLeft } from './standing';

const iso = (day: Day | null): string | null => (day === null ? null : isoOfDay(day));
const shares = (s: Shares): Record<string, number> => ({ ...s });

export interface ReportCustomer {
  id: string;
  name: string | null;
  phones: string[];
  owner: string | null;
  ownerKind: string;
  status: string;
  statusLabel: string;
  protectedThrough: string | null;
  category: 'direct' | 'agency' | null;
  rules: string[];
  reason: string;
  // added: further owners sharing the customer, and the rows that make up the customer
  coOwners: string[];
  refs: { sheet: string; row: number }[];
  // added (issue 13): days of protection left on the as-of day, today included; null when none
  daysLeft: number | null;
}

export interface ReportRow {
  sheet: string;
  row: number;
  customerId: string | null;
  owner: string | null;
  status: string | null;
  rules: string[];
  reason: string;
  // added
  ownerKind: string;
  protectedThrough: string | null;
  // added (issue 13): the customer's standing on the as-of day, beside the judgment at the row
  currentOwner: string | null;
  currentOwnerKind: string | null;
  currentStatus: string | null;
  currentStatusLabel: string | null;
  daysLeft: number | null;
}

export interface ReportDeal {
  sheet: string;
  row: number;
  date: string;
  customerId: string;
  closer: string | null;
  performance: Record<string, number>;
  commission: Record<string, number>;
  category: 'direct' | 'agency' | null;
  owed: { agent: string; amount: number } | null;
  rules: string[];
  // added
  reason: string;
  purchaseOf: { sheet: string; row: number } | null;
  /** A weak deal row counted for its agent until the manager checks it (decide/D22). */
  unverified: boolean;
}

/** A deal row repeating another, listed and not counted (decide/D23). */
export interface ReportDuplicate {
  sheet: string;
  row: number;
  customerId: string;
  of: { sheet: string; row: number };
}

export interface ReportConflict {
  customerId: string;
  sheet: string;
  row: number;
  kind: string;
  rules: string[];
  resolution: string;
  // added
  date: string;
  parties: string[];
  deadline: string | null;
}

export interface ReportIssue {
  sheet: string;
  row: number | null;
  field: string;
  message: string;
  // added
  level: string;
  /** added: rule ids behind the reader's decision (decide/D13), when it has any */
  rules?: string[];
}

export interface JsonReport {
  asOf: string;
  preset: string;
  // added: the preset's title in the chosen language
  presetTitle: string;
  customers: ReportCustomer[];
  rows: ReportRow[];
  deals: ReportDeal[];
  conflicts: ReportConflict[];
  issues: ReportIssue[];
  // added: repeated deal rows (decide/D23)
  duplicateDeals: ReportDuplicate[];
}

export function reportCustomer(c: CustomerResult, lang: Lang, asOf: Day | null = null): ReportCustomer {
  return {
    id: c.id,
    name: c.name,
    phones: [...c.phones],
    owner: c.owner.name,
    ownerKind: c.owner.kind,
    status: c.status,
    statusLabel: c.statusLabel[lang] || STATUS_WORDS[c.status][lang],
    protectedThrough: iso(c.protectedThrough),
    category: c.category,
    rules: [...c.reason.rules],
    reason: c.reason[lang],
    coOwners: [...c.coOwners],
    refs: c.refs.map((r) => ({ sheet: r.sheet, row: r.row })),
    daysLeft: asOf === null ? null : daysLeft(c, asOf),
  };
}

/** A row's report; with its customer and the as-of day, the customer's standing that day too. */
export function reportRow(r: RowResult, lang: Lang, customer?: CustomerResult, asOf: Day | null = null): ReportRow {
  return {
    sheet: r.ref.sheet,
    row: r.ref.row,
    customerId: r.customerId,
    owner: r.owner.name,
    status: r.status,
    rules: [...r.reason.rules],
    reason: r.reason[lang],
    ownerKind: r.owner.kind,
    protectedThrough: iso(r.protectedThrough),
    currentOwner: customer ? customer.owner.name : null,
    currentOwnerKind: customer ? customer.owner.kind : null,
    currentStatus: customer ? customer.status : null,
    currentStatusLabel: customer ? customer.statusLabel[lang] || STATUS_WORDS[customer.status][lang] : null,
    daysLeft: customer && asOf !== null ? daysLeft(customer, asOf) : null,
  };
}

/** `policy` needs only its id and title (a Policy serves). */
export function jsonReport(
  result: EngineResult,
  policy: { readonly id: string; readonly title: Text },
  lang: Lang,
): JsonReport {
  const byId = new Map(result.customers.map((c) => [c.id, c]));
  return {
    asOf: isoOfDay(result.asOf),
    preset: result.preset || policy.id,
    presetTitle: policy.title[lang],
    customers: result.customers.map((c) => reportCustomer(c, lang, result.asOf)),
    rows: result.rows.map((r) =>
      reportRow(r, lang, r.customerId === null ? undefined : byId.get(r.customerId), result.asOf),
    ),
    deals: result.deals.map((d) => ({
      sheet: d.ref.sheet,
      row: d.ref.row,
      date: isoOfDay(d.day),
      customerId: d.customerId,
      closer: d.closer,
      performance: shares(d.performance),
      commission: shares(d.commission),
      category: d.category,
      owed: d.owed ? { agent: d.owed.agent, amount: d.owed.amount } : null,
      rules: [...d.reason.rules],
      reason: d.reason[lang],
      purchaseOf: d.purchaseOf ? { sheet: d.purchaseOf.sheet, row: d.purchaseOf.row } : null,
      unverified: d.unverified,
    })),
    conflicts: result.conflicts.map((k) => ({
      customerId: k.customerId,
      sheet: k.ref.sheet,
      row: k.ref.row,
      kind: k.kind,
      rules: [...k.reason.rules],
      resolution: k.reason[lang],
      date: isoOfDay(k.day),
      parties: [...k.parties],
      deadline: iso(k.deadline),
    })),
    issues: result.issues.map((i) => ({
      sheet: i.sheet,
      row: i.row,
      field: i.field,
      message: issueMessage(i, lang),
      level: i.level,
      ...(i.rules ? { rules: [...i.rules] } : {}),
    })),
    duplicateDeals: (result.duplicates ?? []).map((x) => ({
      sheet: x.ref.sheet,
      row: x.ref.row,
      customerId: x.customerId,
      of: { sheet: x.of.sheet, row: x.of.row },
    })),
  };
}
