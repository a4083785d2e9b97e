// Words Guishu writes into a workbook, Chinese and English side by side. Sheet names stay
// Chinese in both languages (contract: sheets are found by their Chinese names); headers and
// labels follow the chosen language.
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

/** The own columns of rulebook §2.5, keyed as WorkbookLayout.ownColumns keys them. */
export type OwnColumn = 'owner' | 'status' | 'performance' | 'commission' | 'protectedThrough' | 'reason';

export const REGISTER_OWN_COLUMNS: readonly OwnColumn[] = [
  'owner',
  'status',
  'performance',
  'commission',
  'protectedThrough',
  'reason',
];
export const FILING_OWN_COLUMNS: readonly OwnColumn[] = ['status', 'protectedThrough', 'reason'];

/**
 * Own column headers per sheet role; the reader finds own columns again by any of these.
 * A filing sheet has only its three, so a manager's own 归属人 column there is never taken for ours.
 */
export const OWN_COLUMN_HEADERS: {
  readonly register: Readonly<Record<OwnColumn, Text>>;
  readonly filing: Readonly<Partial<Record<OwnColumn, Text>>>;
} = {
  register: {
    owner: { zh: '归属人', en: 'Owner' },
    status: { zh: '归属状态', en: 'Status' },
    performance: { zh: '业绩分成', en: 'Performance split' },
    commission: { zh: '佣金分成', en: 'Commission split' },
    protectedThrough: { zh: '保护到期', en: 'Protected through' },
    reason: { zh: '判定依据', en: 'Reason' },
  },
  filing: {
    status: { zh: '备案状态', en: 'Filing status' },
    protectedThrough: { zh: '保护到期', en: 'Protected through' },
    reason: { zh: '判定依据', en: 'Reason' },
  },
};

/** Guishu's own sheets (rulebook §2.5). Names are Chinese in both languages. */
export const OWN_SHEET_NAMES = {
  customers: '客户归属总表',
  conflicts: '冲突',
  issues: '问题',
  changes: '变更日志',
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
};

/** Field words for 问题; the reader's field keys, falling back to the key itself. */
export const FIELD_LABELS: Readonly<Record<string, Text>> = {
  date: { zh: '日期', en: 'Date' },
  time: { zh: '时间', en: 'Time' },
  name: { zh: '客户姓名', en: 'Name' },
  phone: { zh: '联系电话', en: 'Phone' },
  agent: { zh: '接待人', en: 'Agent' },
  kind: { zh: '类型', en: 'Kind' },
  designated: { zh: '指定顾问', en: 'Designated agent' },
  referrer: { zh: '介绍人', en: 'Referrer' },
  relation: { zh: '关系', en: 'Relation' },
  linkedPhone: { zh: '关联电话', en: 'Linked phone' },
  amount: { zh: '金额', en: 'Amount' },
  entered: { zh: '录入时间', en: 'Entered' },
  sheet: { zh: '工作表', en: 'Sheet' },
};

/** `来访登记 第12行` / `来访登记 row 12` */
export function refText(ref: { sheet: string; row: number }, lang: Lang): string {
  return lang === 'zh' ? `${ref.sheet} 第${ref.row}行` : `${ref.sheet} row ${ref.row}`;
}
