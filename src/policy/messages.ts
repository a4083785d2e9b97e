// What is wrong with a policy file or the add-on's stored settings, in the user's language
// (zh first, en beside it). zod's own text is never shown: each issue is said from its path (the
// setting, in the file's own key and in words) and its kind (the allowed values of a choice, the
// range of a number, the shape of a value), with the value found.
import type * as z from 'zod/mini';

export type Lang = 'zh' | 'en';
type Text = { readonly zh: string; readonly en: string };
const t = (zh: string, en: string): Text => ({ zh, en });

/** Words for a setting, by its path with list positions as `*`. The most specific path wins;
 *  the leaves below it (days, months, rule) are named after it. */
export const POLICY_FIELDS: Readonly<Record<string, Text>> = {
  id: t('预设', 'preset'),
  preset: t('预设', 'preset'),
  title: t('标题', 'title'),
  notes: t('说明', 'notes'),
  identity: t('客户识别', 'customer identity'),
  'identity.relations': t('家庭关系', 'family relations'),
  'identity.household': t('同户关系', 'household relations'),
  claim: t('归属', 'ownership'),
  'claim.by': t('产生归属的记录类型', 'kinds of row that give an owner'),
  'claim.window': t('保护期', 'protection'),
  'claim.from': t('保护期起算', 'where protection is counted from'),
  'claim.callWindow': t('来电客户保护期', 'protection of phone-only customers'),
  'claim.lapseTo': t('保护期满后去向', 'where a lapsed customer goes'),
  'claim.firstFollowup': t('首次回访期限', 'first follow-up within'),
  'claim.others': t('他人接待', "other agents' contacts"),
  'claim.callback': t('回电期限', 'call-back within'),
  'claim.offDayShare': t('休息日共享回溯', 'day-off sharing looks back'),
  'claim.renewBy': t('续期的记录类型', 'kinds of row that renew protection'),
  'claim.othersRenew': t('他人接待是否续期', "whether other agents' contacts renew"),
  filing: t('报备与备案', 'reports and filings'),
  'filing.visitWithin': t('报备后到访期限', 'visit after a report within'),
  'filing.window': t('备案保护期', 'protection after a filing'),
  'filing.leadMinutes': t('报备须提前', 'report ahead by'),
  'filing.judgeAnyRow': t('报备判定回查登记', 'a report checks the register back'),
  designation: t('指定顾问', 'designation'),
  'designation.mode': t('指定顾问方式', 'designation mode'),
  referral: t('介绍', 'referral'),
  'referral.mode': t('介绍方式', 'referral mode'),
  'referral.buyersOnly': t('仅已购业主介绍', 'referrals by buyers only'),
  closed: t('成交', 'deals'),
  'closed.status': t('成交后状态', 'status after a deal'),
  'closed.window': t('成交后保护期', 'protection after a deal'),
  'closed.warnUntil': t('释放预警至', 'release warning until'),
  'closed.lapseTo': t('成交保护期满后去向', 'where a customer goes after the deal protection'),
  'closed.paymentsAreOrders': t('回款是否算订单', 'payments count as orders'),
  'closed.contactsRenew': t('接触是否续期', 'contacts renew'),
  deals: t('成交分成', 'deal splits'),
  'deals.byOther': t('他人成交分成', 'deals closed by another agent'),
  'deals.byOther.*': t('他人成交分成的一条', 'a rule for deals closed by another agent'),
  'deals.byOther.*.when': t('他人成交分成的条件', 'condition of a deal-split rule'),
  'deals.byOther.*.performance': t('业绩分成', 'performance split'),
  'deals.byOther.*.commission': t('佣金分成', 'commission split'),
  'deals.lateEvidence': t('证据录入期限', 'evidence entered within'),
  'deals.lateEvidence.kind': t('迟录证据的问题类型', 'kind of late-evidence issue'),
  owed: t('应付', 'amounts owed'),
  'owed.rate': t('应付比例', 'rate owed'),
  flags: t('月结提示', 'month-end flags'),
  'flags.taken': t('月度被抢客提示次数', 'monthly flag after customers taken'),
  labels: t('状态文字', 'status labels'),
  decisions: t('引用的决定', 'decisions cited'),
  warnDays: t('提前预警天数', 'warning days before release'),
  alertDays: t('剩余天数标红', 'days left shown red at'),
  departed: t('离职客户重新分配', "a departed agent's customers"),
  company: t('公司名义', 'company label'),
  house: t('案场名义', 'house label'),
};

const LEAVES: Readonly<Record<string, Text>> = {
  days: t('天数', 'days'),
  months: t('月数', 'months'),
  minutes: t('分钟数', 'minutes'),
  rule: t('规则编号', 'rule id'),
  label: t('名称', 'label'),
  sources: t('来源', 'sources'),
};

/** What a custom check expects, by the key it was declared with (src/policy/schema.ts, settings). */
const EXPECTED: Readonly<Record<string, Text>> = {
  count: t('0 到 100000 的整数', 'a whole number from 0 to 100000'),
  fraction: t('0 到 1 之间的数（如 0.3）', 'a number from 0 to 1 (such as 0.3)'),
  ruleId: t('规则编号（如 case-field/R4）', 'a rule id (such as case-field/R4)'),
  share: t(
    'owner、closer、equal、team 之一，或 { "owner": …, "closer": … } 且 owner + closer = 1',
    'one of owner, closer, equal, team, or { "owner": …, "closer": … } with owner + closer = 1',
  ),
  labels: t('对象，每一项为 { "zh": …, "en": … }', 'an object whose every value is { "zh": …, "en": … }'),
  decisions: t(
    '对象，每一项为决定编号列表（如 ["decide/D6"]）',
    'an object whose every value is a list of decisions (such as ["decide/D6"])',
  ),
  version: t('设置版本 1', 'settings version 1'),
  email: t('邮箱（最多 254 个字符）', 'an email address (at most 254 characters)'),
  overrides: t('对象（与 --policy 策略文件的写法相同）', 'an object (written as in a --policy file)'),
  roles: t(
    '对象：工作表名 → register、filing、staff、rulings、ignore 之一',
    'an object: sheet name → one of register, filing, staff, rulings, ignore',
  ),
  mapping: t('对象：工作表名 → 字段 → 表头文字', 'an object: sheet name → field → header text'),
};

const TYPES: Readonly<Record<string, Text>> = {
  string: t('文字', 'text'),
  number: t('数字', 'a number'),
  boolean: t('true 或 false', 'true or false'),
  array: t('列表（[…]）', 'a list ([…])'),
  object: t('对象（{…}）', 'an object ({…})'),
};

const SAY = {
  oneOf: (values: readonly string[]) => t(`以下之一：${values.join('、')}`, `one of ${values.join(', ')}`),
  valid: t('有效的值', 'a valid value'),
  where: (path: string, words: string | null) =>
    t(words ? `${path}（${words}）` : `${path} `, words ? `${path} (${words})` : path),
  root: t('整个文件', 'the whole file'),
  expected: (where: string, expected: string, got: string | null) =>
    t(
      `${where}应为 ${expected}${got === null ? '，现在缺少' : `，现为 ${got}`}`,
      `${where} must be ${expected}${got === null ? '; it is missing' : `; it is ${got}`}`,
    ),
  more: (n: number) => t(`另有 ${n} 处`, `${n} more`),
  sep: t('；', '; '),
};

const MAX_SAID = 3;

function wordsOf(path: readonly PropertyKey[], fields: Readonly<Record<string, Text>>, lang: Lang): string | null {
  const keys = path.map((p) => (typeof p === 'number' ? '*' : String(p)));
  for (let n = keys.length; n > 0; n--) {
    const found = fields[keys.slice(0, n).join('.')];
    if (!found) continue;
    const leaves = keys.slice(n).filter((k) => k !== '*');
    const leaf = leaves.length ? LEAVES[leaves[leaves.length - 1] as string] : undefined;
    return leaf ? `${found[lang]} › ${leaf[lang]}` : found[lang];
  }
  return null;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function shown(v: unknown): string | null {
  if (v === undefined) return null;
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch (_e) {
    text = String(v);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

type Issue = z.core.$ZodIssue;

function expectedOf(issue: Issue, lang: Lang): string {
  if (issue.code === 'invalid_value') return SAY.oneOf(issue.values.map((v) => String(v)))[lang];
  if (issue.code === 'custom') return (EXPECTED[issue.message] ?? SAY.valid)[lang];
  if (issue.code === 'invalid_type') return (TYPES[issue.expected] ?? SAY.valid)[lang];
  return SAY.valid[lang];
}

/**
 * One line for a failed validation: each issue as `path (setting) must be …; it is …`, at most
 * three, then how many more. `input` is what was validated (for the value found); `fields` the
 * words for its paths.
 */
export function describeIssues(
  error: z.core.$ZodError,
  input: unknown,
  lang: Lang,
  fields: Readonly<Record<string, Text>> = POLICY_FIELDS,
): string {
  const lines = error.issues.slice(0, MAX_SAID).map((issue) => {
    const path = issue.path.map(String).join('.');
    const where = path ? SAY.where(path, wordsOf(issue.path, fields, lang))[lang] : SAY.root[lang];
    return SAY.expected(where, expectedOf(issue, lang), shown(valueAt(input, issue.path)))[lang];
  });
  const rest = error.issues.length - MAX_SAID;
  if (rest > 0) lines.push(SAY.more(rest)[lang]);
  return lines.join(SAY.sep[lang]);
}
