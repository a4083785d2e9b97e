// What is wrong with a policy file or the add-on's stored settings, in the user's language
// (zh first, en beside it). zod's own text is never shown: each issue is said from its path (the
// setting, in the file's own key and in words) and its kind (the allowed values of a choice, the
// range of a number, the shape of a value), with the value found.
import type * as z from 'zod/mini';

export type Lang = 'zh' | 'en';
export type Text = { readonly zh: string; readonly en: string };
const t = (zh: string, en: string): Text => ({ zh, en });

/** What a custom check expects, by the key it was declared with (src/policy/schema.ts): the
 *  numbers here; the other checks' words come with the setting words (`=` and the key, in
 *  src/policy/fields.ts), else the value is said to be invalid. */
const EXPECTED: Readonly<Record<string, Text>> = {
  count: t('0 到 100000 的整数', 'a whole number from 0 to 100000'),
  fraction: t('0 到 1 之间的数', 'a number from 0 to 1'),
};

const TYPES: Readonly<Record<string, Text>> = {
  string: t('文字', 'text'),
  number: t('数字', 'a number'),
  boolean: t('true 或 false', 'true or false'),
  array: t('列表', 'a list'),
  object: t('对象', 'an object'),
};

const SAY = {
  oneOf: (values: readonly string[]) => t(`以下之一：${values.join('、')}`, `one of ${values.join(', ')}`),
  valid: t('有效的值', 'a valid value'),
  where: (path: string, words: string | null) =>
    t(words ? `${path}（${words}）` : `${path} `, words ? `${path} (${words})` : path),
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
    const leaf = leaves.length ? fields[`.${leaves[leaves.length - 1]}`] : undefined;
    return leaf ? `${found[lang]} › ${leaf[lang]}` : found[lang];
  }
  return null;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, p) => (v !== null && typeof v === 'object' ? (v as never)[p] : undefined), input);
}

/** The value found, as JSON (what was validated came from JSON), cut to 40 characters. */
function shown(v: unknown): string | null {
  if (v === undefined) return null;
  const text = `${JSON.stringify(v)}`;
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

type Issue = z.core.$ZodIssue;

function expectedOf(issue: Issue, lang: Lang, fields: Readonly<Record<string, Text>>): string {
  if (issue.code === 'invalid_value') return SAY.oneOf(issue.values.map((v) => String(v)))[lang];
  if (issue.code === 'custom') return (EXPECTED[issue.message] ?? fields[`=${issue.message}`] ?? SAY.valid)[lang];
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
  fields: Readonly<Record<string, Text>> = {},
): string {
  const lines = error.issues.slice(0, MAX_SAID).map((issue) => {
    const path = issue.path.map(String).join('.');
    const where = SAY.where(path, wordsOf(issue.path, fields, lang))[lang];
    return SAY.expected(where, expectedOf(issue, lang, fields), shown(valueAt(input, issue.path)))[lang];
  });
  const rest = error.issues.length - MAX_SAID;
  if (rest > 0) lines.push(SAY.more(rest)[lang]);
  return lines.join(SAY.sep[lang]);
}
