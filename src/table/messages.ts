// Every text the reader puts on 问题, in both languages. InputIssue.message carries the zh
// text; code + params let a caller render the en twin with formatIssue.
import { EVENT_IN_SENTENCE } from '../vocab/events';
import { fieldWord, type Word } from '../vocab/fields';
import { YEAR_BASIS_WORDS } from '../vocab/years';
import type { InputIssue } from '../engine/types';
import type { Lang } from './labels';

type Params = Readonly<Record<string, string | number>>;

const MESSAGES = {
  'date-unreadable': {
    zh: '日期“{text}”无法识别，该行未计入',
    en: 'Date "{text}" cannot be read; the row was not used',
  },
  'date-blank': { zh: '日期为空，该行未计入', en: 'The date is blank; the row was not used' },
  'date-field-unreadable': {
    zh: '{field}“{text}”无法识别，已忽略',
    en: '{field} "{text}" cannot be read; ignored',
  },
  'year-inferred': {
    zh: '“{text}”未写年份，按{basis}读作 {date}（decide/D13）',
    en: '"{text}" has no year; read as {date} from {basis} (decide/D13)',
  },
  'year-unknown': {
    zh: '“{text}”未写年份，且无从推断，该行未计入',
    en: '"{text}" has no year and none can be inferred; the row was not used',
  },
  'time-unreadable': {
    zh: '时间“{text}”无法识别，已忽略',
    en: 'Time "{text}" cannot be read; ignored',
  },
  'cell-error': {
    zh: '{field}单元格是错误值 {text}，已忽略',
    en: 'The {field} cell holds the error {text}; ignored',
  },
  'phone-invalid': {
    zh: '{field}“{text}”不是有效号码，已忽略',
    en: '{field} "{text}" is not a valid number; ignored',
  },
  'phone-masked': {
    zh: '{field}“{text}”被遮挡（含*），无法使用',
    en: '{field} "{text}" is masked; it cannot be used',
  },
  'phone-local': {
    zh: '{field}“{text}”没有区号，按本地号码保留',
    en: '{field} "{text}" has no area code; kept as a local number',
  },
  'phone-multiple': {
    zh: '{field}“{text}”含多个号码，取第一个 {phone}',
    en: '{field} "{text}" holds several numbers; the first, {phone}, was used',
  },
  'agent-note': {
    zh: '{field}“{text}”按 {name} 计，括号内的说明未计入',
    en: '{field} "{text}" read as {name}; the note in brackets is not counted',
  },
  'agent-several': {
    zh: '{field}“{text}”写了多人，按第一位 {name} 计；如需分单，请裁决',
    en: '{field} "{text}" names several people; read as the first, {name} (a split needs a ruling)',
  },
  'phone-from-name': {
    zh: '电话取自客户姓名栏“{text}”',
    en: 'The phone was taken from the name cell "{text}"',
  },
  'value-unreadable': {
    zh: '{field}“{text}”无法识别，已忽略',
    en: '{field} "{text}" cannot be read; ignored',
  },
  'bool-unknown': {
    zh: '{field}“{text}”不是可识别的“是/否”，按“否”处理（如已签字或已审批，请填“是”）',
    en: '{field} "{text}" is not a recognised yes or no; read as no (write 是 / yes if it was signed or approved)',
  },
  'kind-unknown': {
    zh: '类型“{text}”无法识别，按{kind}处理',
    en: 'Kind "{text}" is not known; read as {kind}',
  },
  'kind-not-visit': {
    zh: '类型“{text}”表示客户未到访，不按来访计，按跟进处理',
    en: 'Kind "{text}" says the customer did not come: not counted as a visit, read as a follow-up',
  },
  'referral-no-referrer': {
    zh: '来访方式为“{text}”（老客户带新客户），但没有填写介绍人，无法按老带新归属，已按普通来访处理；请在介绍人栏填写老客户的姓名或电话',
    en: 'The visit is marked "{text}" (brought by an old customer) but no referrer is written, so no referral applies; read as a plain visit. Write the old customer\'s name or phone in the referrer column',
  },
  'status-unknown': {
    zh: '状态“{text}”无法识别，按在职处理',
    en: 'Status "{text}" is not known; read as active',
  },
  'no-customer': {
    zh: '既无电话也无客户姓名，不能作为归属依据（common/ID-VALID）',
    en: 'Neither phone nor name: the row cannot carry a claim (common/ID-VALID)',
  },
  'duplicate-row': {
    zh: '与第{row}行完全相同（重复登记）',
    en: 'Duplicate of row {row}',
  },
  'duplicate-row-other': {
    zh: '与“{sheet}”第{row}行完全相同（重复登记）',
    en: 'Duplicate of {sheet} row {row}',
  },
  'total-row': { zh: '合计行，已跳过', en: 'A totals row; skipped' },
  'header-repeat': { zh: '重复的表头行，已跳过', en: 'A repeated header row; skipped' },
  'banner-row': {
    zh: '标题行“{text}”，已跳过',
    en: 'A title row "{text}"; skipped',
  },
  'duplicate-header': {
    zh: '第{column}列“{header}”与前面的{field}列重复，已忽略',
    en: 'Column {column} "{header}" repeats an earlier {field} column; ignored',
  },
  'mapping-not-found': {
    zh: '设置中为{field}指定的列“{header}”在表头中找不到',
    en: 'The column "{header}" set for {field} is not in the header row',
  },
  'no-header': {
    zh: '找不到表头行（前10行中没有可识别的列名），该表未读取',
    en: 'No header row found (no known column names in the first 10 rows); the sheet was not read',
  },
  'missing-column': {
    zh: '缺少{field}列，该表未读取',
    en: 'No {field} column; the sheet was not read',
  },
  'no-agent-column': {
    zh: '没有接待人列，所有行按无顾问处理',
    en: 'No agent column; every row is read as having no agent',
  },
  'sheet-unrecognized': {
    zh: '不是来访登记、备案、人员或裁决表（表名和表头都不像），未读取',
    en: 'Neither its name nor its headers mark it as a register, filing, staff or rulings sheet; not read',
  },
  'sheet-ignored': { zh: '设置中标为不读取', en: 'Set to be ignored' },
  'sheet-empty': { zh: '空表', en: 'The sheet is empty' },
  'staff-no-name': { zh: '姓名为空，该行未计入', en: 'The name is blank; the row was not used' },
  'ruling-no-owner': {
    zh: '新归属人为空，该裁决未计入',
    en: 'The new owner is blank; the ruling was not used',
  },
  'ruling-no-customer': {
    zh: '没有客户姓名或电话，该裁决未计入',
    en: 'No customer name or phone; the ruling was not used',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type IssueCode = keyof typeof MESSAGES;

/** Words inside messages: the reader's fields come from src/vocab/fields.ts; these are
 *  Guishu's own columns, for duplicate-header notes. */
const FIELD_TEXT: Readonly<Record<string, { zh: string; en: string }>> = {
  owner: { zh: '归属人', en: 'Owner' },
  status: { zh: '归属状态', en: 'Status' },
  performance: { zh: '业绩分成', en: 'Performance split' },
  commission: { zh: '佣金分成', en: 'Commission split' },
  protectedThrough: { zh: '保护到期', en: 'Protected through' },
};

export function fieldText(field: string, lang: Lang): string {
  return FIELD_TEXT[field]?.[lang] ?? fieldWord(field, lang);
}

/** Parameters named `field`, `kind` and `basis` are keys, rendered as words of the language
 *  (src/vocab/fields.ts, events.ts, years.ts). */
function paramText(name: string, value: string | number, lang: Lang): string {
  const s = String(value);
  if (name === 'field') return fieldText(s, lang);
  if (name === 'kind') return (EVENT_IN_SENTENCE as Readonly<Record<string, Word>>)[s]?.[lang] ?? s;
  if (name === 'basis') return (YEAR_BASIS_WORDS as Readonly<Record<string, Word>>)[s]?.[lang] ?? s;
  return s;
}

const SLOT = /\{(\w+)\}/g;

/** The message for `code` in `lang`. */
export function formatIssue(code: string, params: Params | undefined, lang: Lang): string {
  const entry = (MESSAGES as Record<string, { zh: string; en: string } | undefined>)[code];
  if (!entry) return code;
  return entry[lang].replace(SLOT, (_, name: string) => {
    const value = params?.[name];
    return value === undefined ? '' : paramText(name, value, lang);
  });
}

/** An issue whose message is the zh text; code and params travel with it for other languages. */
export function makeIssue(
  sheet: string,
  row: number | null,
  field: string,
  level: InputIssue['level'],
  code: IssueCode,
  params: Params = {},
  rules?: readonly string[],
): InputIssue {
  const issue = { sheet, row, field, level, message: formatIssue(code, params, 'zh'), code, params };
  return rules ? { ...issue, rules } : issue;
}

/** Before the issues of a row the engine could not use, in its 判定依据 cell. */
export const ISSUE_PREFIX: Readonly<Record<Lang, string>> = { zh: '问题：', en: 'Issue: ' };

/** Renders an issue in `lang`; issues without a code keep their message. */
export function issueMessage(issue: InputIssue, lang: Lang): string {
  // The engine's own lines carry their English twin as a parameter.
  if (issue.code === 'engine')
    return lang === 'en' && typeof issue.params?.en === 'string' ? issue.params.en : issue.message;
  return issue.code ? formatIssue(issue.code, issue.params, lang) : issue.message;
}
