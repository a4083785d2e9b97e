// Words Guishu writes into a workbook, Chinese and English side by side. Sheet names stay
// Chinese in both languages (contract: sheets are found by their Chinese names); headers and
// labels follow the chosen language.
import { FIELD_WORDS } from '../vocab/fields';
import type { ConflictKind, InputIssue, OwnerKind } from '../engine/types';

export type Lang = 'zh' | 'en';
export type Text = { readonly zh: string; readonly en: string };

/** Default status words (rulebook §5): the engine's own table; a preset's word wins where it has one. */
export { STATUS_LABELS } from '../engine/labels';

/** Owner words for owners without a name of their own (the pool) and for 归属类型. */
export const OWNER_KIND_LABELS: Readonly<Record<OwnerKind, Text>> = {
  agent: { zh: '顾问', en: 'Agent' },
  pool: { zh: '公海', en: 'Pool' },
  company: { zh: '公司', en: 'Company' },
  channel: { zh: '渠道', en: 'Channel' },
  team: { zh: '团队', en: 'Team' },
};

export const CATEGORY_LABELS: Readonly<Record<'direct' | 'agency', Text>> = {
  direct: { zh: '甲方直接客户', en: 'Developer direct' },
  agency: { zh: '乙方客户', en: 'Agency' },
};

export const CONFLICT_KIND_LABELS: Readonly<Record<ConflictKind, Text>> = {
  'deal-by-other': { zh: '他人成交', en: 'Deal by another agent' },
  'second-filing': { zh: '重复备案', en: 'Second filing' },
  'forbidden-contact': { zh: '违规接触', en: 'Forbidden contact' },
  'report-rejected': { zh: '报备驳回', en: 'Report rejected' },
  'household-cut': { zh: '切客', en: 'Household cut' },
  'late-evidence': { zh: '证据逾期录入', en: 'Late evidence' },
  'late-proof': { zh: '异议期外举证', en: 'Proof after the objection window' },
  'same-day-claims': { zh: '同日争客', en: 'Same-day claims' },
  'callback-missed': { zh: '未按时回电', en: 'Call-back missed' },
  'referral-unresolved': { zh: '介绍关系待定', en: 'Referral unresolved' },
  'reported-visit': { zh: '带访他人报备客户', en: 'Brought a customer another agent reported' },
  'unverified-deal': { zh: '成交待核实', en: 'Deal to verify' },
};

export const ISSUE_LEVEL_LABELS: Readonly<Record<InputIssue['level'], Text>> = {
  error: { zh: '错误', en: 'Error' },
  weak: { zh: '弱记录', en: 'Weak record' },
  note: { zh: '提示', en: 'Note' },
};

/**
 * The own columns of rulebook §2.5 (and issue 13), keyed as WorkbookLayout.ownColumns keys them.
 * `current*` and `daysLeft` are the customer's standing on the as-of day; the others are the
 * judgment at that row (the audit trail).
 */
export type OwnColumn =
  | 'currentOwner'
  | 'currentStatus'
  | 'daysLeft'
  | 'owner'
  | 'status'
  | 'performance'
  | 'commission'
  | 'protectedThrough'
  | 'reason';

/**
 * One own column: its header now, the headers an earlier version wrote for it (found again and
 * renamed on the next run, see headers.ts), and whether its cells are numbers.
 */
export interface OwnColumnSpec {
  readonly key: OwnColumn;
  readonly header: Text;
  readonly aliases: readonly Text[];
  readonly number?: true;
}

const CURRENT_COLUMNS: readonly OwnColumnSpec[] = [
  { key: 'currentOwner', header: { zh: '当前归属', en: 'Current owner' }, aliases: [] },
  { key: 'currentStatus', header: { zh: '当前状态', en: 'Current status' }, aliases: [] },
  { key: 'daysLeft', header: { zh: '剩余天数', en: 'Days left' }, aliases: [], number: true },
];

/** Own columns in the order they are written, today's standing first, the audit trail after. */
export const OWN_COLUMN_SPECS: {
  readonly register: readonly OwnColumnSpec[];
  readonly filing: readonly OwnColumnSpec[];
} = {
  register: [
    ...CURRENT_COLUMNS,
    { key: 'owner', header: { zh: '当时归属', en: 'Owner at this row' }, aliases: [{ zh: '归属人', en: 'Owner' }] },
    {
      key: 'status',
      header: { zh: '当时状态', en: 'Status at this row' },
      aliases: [{ zh: '归属状态', en: 'Status' }],
    },
    { key: 'performance', header: { zh: '业绩分成', en: 'Performance split' }, aliases: [] },
    { key: 'commission', header: { zh: '佣金分成', en: 'Commission split' }, aliases: [] },
    {
      key: 'protectedThrough',
      header: { zh: '当时保护到期', en: 'Protected through (at this row)' },
      aliases: [{ zh: '保护到期', en: 'Protected through' }],
    },
    { key: 'reason', header: { zh: '判定依据', en: 'Reason' }, aliases: [] },
  ],
  filing: [
    ...CURRENT_COLUMNS,
    {
      key: 'status',
      header: { zh: '当时备案状态', en: 'Filing status at this row' },
      aliases: [{ zh: '备案状态', en: 'Filing status' }],
    },
    {
      key: 'protectedThrough',
      header: { zh: '当时保护到期', en: 'Protected through (at this row)' },
      aliases: [{ zh: '保护到期', en: 'Protected through' }],
    },
    { key: 'reason', header: { zh: '判定依据', en: 'Reason' }, aliases: [] },
  ],
};

/** An own column's header (either language) -> its spec: writers find number columns by header. */
export function ownSpecByHeader(header: string): OwnColumnSpec | undefined {
  for (const specs of [OWN_COLUMN_SPECS.register, OWN_COLUMN_SPECS.filing]) {
    const spec = specs.find((c) => c.header.zh === header || c.header.en === header);
    if (spec) return spec;
  }
  return undefined;
}

export const REGISTER_OWN_COLUMNS: readonly OwnColumn[] = OWN_COLUMN_SPECS.register.map((c) => c.key);
export const FILING_OWN_COLUMNS: readonly OwnColumn[] = OWN_COLUMN_SPECS.filing.map((c) => c.key);

const headersOf = (specs: readonly OwnColumnSpec[]): Partial<Record<OwnColumn, Text>> =>
  Object.fromEntries(specs.map((c) => [c.key, c.header]));

/**
 * Own column headers per sheet role; the reader finds own columns again by any of these.
 * A filing sheet has only its own, so a manager's own 归属人 column there is never taken for ours.
 */
export const OWN_COLUMN_HEADERS: {
  readonly register: Readonly<Record<OwnColumn, Text>>;
  readonly filing: Readonly<Partial<Record<OwnColumn, Text>>>;
} = {
  register: headersOf(OWN_COLUMN_SPECS.register) as Record<OwnColumn, Text>,
  filing: headersOf(OWN_COLUMN_SPECS.filing),
};

/** Guishu's own sheets (rulebook §2.5). Names are Chinese in both languages. */
export const OWN_SHEET_NAMES = {
  customers: '客户归属总表',
  conflicts: '冲突',
  issues: '问题',
  changes: '变更日志',
  rules: '规则说明',
} as const;

export const OWN_SHEET_HEADERS: {
  readonly [K in keyof typeof OWN_SHEET_NAMES]: readonly Text[];
} = {
  customers: [
    { zh: '客户编号', en: 'Customer ID' },
    { zh: '客户', en: 'Customer' },
    { zh: '电话', en: 'Phone' },
    { zh: '归属人', en: 'Owner' },
    { zh: '归属类型', en: 'Owner type' },
    { zh: '状态', en: 'Status' },
    { zh: '保护到期', en: 'Protected through' },
    { zh: '剩余天数', en: 'Days left' },
    { zh: '类别', en: 'Category' },
    { zh: '规则', en: 'Rules' },
    { zh: '判定依据', en: 'Reason' },
  ],
  conflicts: [
    { zh: '客户', en: 'Customer' },
    { zh: '表', en: 'Sheet' },
    { zh: '行', en: 'Row' },
    { zh: '日期', en: 'Date' },
    { zh: '类型', en: 'Kind' },
    { zh: '当事人', en: 'Parties' },
    { zh: '规则', en: 'Rules' },
    { zh: '说明', en: 'Explanation' },
    { zh: '异议截止', en: 'Objection deadline' },
  ],
  issues: [
    { zh: '表', en: 'Sheet' },
    { zh: '行', en: 'Row' },
    { zh: '字段', en: 'Field' },
    { zh: '级别', en: 'Level' },
    { zh: '说明', en: 'Explanation' },
  ],
  changes: [
    { zh: '日期', en: 'Date' },
    { zh: '客户', en: 'Customer' },
    { zh: '原归属', en: 'Previous owner' },
    { zh: '原状态', en: 'Previous status' },
    { zh: '新归属', en: 'New owner' },
    { zh: '新状态', en: 'New status' },
    { zh: '规则', en: 'Rules' },
    { zh: '依据', en: 'Evidence' },
    // decide/D12: a change made by a back-dated row shows the day that row was entered.
    { zh: '录入日期', en: 'Entered' },
  ],
  // issue 15: every rule cited in this workbook, in words, with the policy's numbers.
  rules: [
    { zh: '规则', en: 'Rule' },
    { zh: '条文', en: 'Clause' },
    { zh: '引用行数', en: 'Rows citing it' },
  ],
};

/** The fields the setup page offers to map first; words from src/vocab/fields.ts. */
export const FIELD_LABELS: Readonly<Record<string, Text>> = Object.fromEntries(
  (
    [
      'date',
      'time',
      'name',
      'phone',
      'agent',
      'kind',
      'designated',
      'referrer',
      'relation',
      'linkedPhone',
      'amount',
      'entered',
      'sheet',
    ] as const
  ).map((f) => [f, FIELD_WORDS[f]]),
);

/** `来访登记 第12行` / `来访登记 row 12` */
export function refText(ref: { sheet: string; row: number }, lang: Lang): string {
  return lang === 'zh' ? `${ref.sheet} 第${ref.row}行` : `${ref.sheet} row ${ref.row}`;
}
