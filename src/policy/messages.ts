// What is wrong with a policy file or the add-on's stored settings, in the user's language
// (zh first, en beside it). zod's own text is never shown: each issue is said from its path (the
// setting, in the file's own key and in words) and its kind (the allowed values of a choice, the
// range of a number, the shape of a value), with the value found.
import type * as z from 'zod/mini';
import { NUMBER_WORDS, SPLIT_WORDS, UNIT_WORDS } from '../vocab/numbers';

export type Lang = 'zh' | 'en';
type Text = { readonly zh: string; readonly en: string };
const t = (zh: string, en: string): Text => ({ zh, en });

/** Words for a setting, by its path with list positions as `*`: the numbers a manager may change
 *  (src/vocab/numbers.ts) and the choices and lists of a policy file. The most specific path wins;
 *  a unit below it (days, months, minutes) is named after it; a path without words is said as the
 *  key alone (what the expected value says is enough: a rule id, true or false). */
export const POLICY_FIELDS: Readonly<Record<string, Text>> = {
  ...NUMBER_WORDS,
  'claim.by': t('产生归属的记录类型', 'kinds that give an owner'),
  'claim.from': t('保护期起算', 'protection counted from'),
  'claim.lapseTo': t('保护期满后去向', 'lapsed customers go to'),
  'claim.others': t('他人接待', "others' contacts"),
  'claim.renewBy': t('续期的记录类型', 'kinds that renew'),
  'designation.mode': t('指定顾问方式', 'designation'),
  'referral.mode': t('介绍方式', 'referral'),
  'closed.status': t('成交后状态', 'status after a deal'),
  'closed.lapseTo': t('成交保护期满后去向', 'after deal protection, customers go to'),
  'deals.byOther.*.when': t('分成条件', 'split condition'),
  'deals.byOther.*.performance': SPLIT_WORDS.performance,
  'deals.byOther.*.commission': SPLIT_WORDS.commission,
  'deals.lateEvidence.kind': t('迟录证据类型', 'late-evidence kind'),
  'identity.relations': t('视为同一客户的家庭关系', 'relations that make one customer'),
  'identity.household': t('同户关系', 'household relations'),
  labels: t('状态名称', 'status words'),
};

const LEAVES: Readonly<Record<string, Text>> = UNIT_WORDS;

/** What a custom check expects, by the key it was declared with (src/policy/schema.ts, settings). */
const EXPECTED: Readonly<Record<string, Text>> = {
  count: t('0 到 100000 的整数', 'a whole number from 0 to 100000'),
  fraction: t('0 到 1 之间的数（如 0.3）', 'a number from 0 to 1 (such as 0.3)'),
  ruleId: t('规则编号（如 case-field/R4）', 'a rule id (such as case-field/R4)'),
  share: t(
    'owner、closer、equal、team 之一，或 {owner, closer} 且 owner + closer = 1',
    'owner, closer, equal, team, or {owner, closer} with owner + closer = 1',
  ),
  labels: t('每项为 {zh, en} 的对象', 'an object of {zh, en}'),
  decisions: t('每项为决定列表的对象', 'an object of decision lists'),
  version: t('设置版本 1', 'settings version 1'),
  email: t('邮箱（最多 254 个字符）', 'an email (at most 254 characters)'),
  overrides: t('对象（写法同 --policy 文件）', 'an object (as in a --policy file)'),
  roles: t(
    '对象：表名 → register、filing、staff、rulings、ignore',
    'an object: sheet → register, filing, staff, rulings or ignore',
  ),
  mapping: t('对象：表名 → 字段 → 表头', 'an object: sheet → field → header'),
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

/** A policy setting's words by its path (`claim.window.days` → 保护期 › 天); null for a path
 *  without words, which callers say with a neutral word, never as the key. */
export function settingWords(path: readonly PropertyKey[], lang: Lang): string | null {
  return wordsOf(path, POLICY_FIELDS, lang);
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
