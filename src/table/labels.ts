// Words Guishu writes into a workbook, Chinese and English side by side. Sheet names stay
// Chinese in both languages (contract: sheets are found by their Chinese names); headers and
// labels follow the chosen language.
import { FIELD_WORDS } from '../vocab/fields';

export type Lang = 'zh' | 'en';
export type Text = { readonly zh: string; readonly en: string };

// The concept words live in src/vocab/ (issue 15 point 6), one module per concept. These names
// are kept for code written against them; new code imports from src/vocab/.
/** @deprecated src/vocab/statuses.ts STATUS_WORDS */
export { STATUS_WORDS as STATUS_LABELS } from '../vocab/statuses';
/** @deprecated src/vocab/owners.ts OWNER_KIND_WORDS */
export { OWNER_KIND_WORDS as OWNER_KIND_LABELS } from '../vocab/owners';
/** @deprecated src/vocab/categories.ts CATEGORY_WORDS */
export { CATEGORY_WORDS as CATEGORY_LABELS } from '../vocab/categories';
/** @deprecated src/vocab/conflicts.ts CONFLICT_WORDS */
export { CONFLICT_WORDS as CONFLICT_KIND_LABELS } from '../vocab/conflicts';
/** @deprecated src/vocab/levels.ts ISSUE_LEVEL_WORDS */
export { ISSUE_LEVEL_WORDS as ISSUE_LEVEL_LABELS } from '../vocab/levels';

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
