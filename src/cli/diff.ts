// guishu diff <workbook.xlsx> (--preset A | --policy a.json) (--preset B | --policy b.json):
// the same history judged under two policies, and what would change (issue 15 point 3). The
// workbook is read once and judged twice; the comparison is src/table/whatIf.ts, which the
// add-on's setup dialog uses too.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../engine';
import type { Policy } from '../policy';
import { compareResults, whatIfSummary, whatIfTables, type WhatIf } from '../table/whatIf';
import { closeWorkbook } from './workbook';
import { fail, fsFailure, M, say, type Lang, type Text } from './messages';
import { asOfDay, checkLang, choosePolicy, COMMON_OPTIONS, parseVerb, POLICY_OPTIONS, positionals } from './options';
import { judgeWorkbook, outPathFor, writeJson } from './pipeline';
import { writeTextBook } from './xlsx/newBook';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...POLICY_OPTIONS,
  preset: { type: 'string', multiple: true },
  policy: { type: 'string', multiple: true },
  out: { type: 'string' },
  json: { type: 'string' },
} as const;

const t = (zh: string, en: string): Text => ({ zh, en });
const DIFF_TEXT = {
  needTwo: t(
    '需要两套规则：guishu diff <workbook.xlsx> --preset A --preset B（或 --policy a.json，任选两个，按给出的顺序为“现行”与“改后”）',
    'Two policies are needed: guishu diff <workbook.xlsx> --preset A --preset B (or --policy a.json; any two, the first is the current one, the second the change)',
  ),
  head: (a: string, b: string, asOf: string) =>
    t(`规则对比：现行 ${a} → 改后 ${b}，判定日 ${asOf}`, `What-if: current ${a} → changed ${b}, as of ${asOf}`),
  lead: (b: string) => t(`改用 ${b} 后`, `Under ${b}`),
  more: (n: number) =>
    t(`……另有 ${n} 行，完整列表见 --out 或 --json`, `… ${n} more rows; --out or --json has the full list`),
  none: t('（无）', '(none)'),
  current: t('现行', 'now'),
  changed: t('改后', 'then'),
  title: t('对比', 'What-if'),
  summarySheet: t('摘要', 'Summary'),
  wrote: (file: string) => t(`对比工作簿：${file}`, `What-if workbook: ${file}`),
  wroteJson: (file: string) => t(`JSON 报告：${file}`, `JSON report: ${file}`),
};

export const DIFF_HELP: Text = t(
  `用法：guishu diff <workbook.xlsx> (--preset A | --policy a.json) (--preset B | --policy b.json) [选项]

  改规则之前先看后果：用两套规则判定同一份历史，列出
  归属人或状态改变的客户（附两边的依据）、业绩或佣金分成改变的成交、
  以及每位业务员名下客户数和每月业绩、佣金合计的变化。
  第一个 --preset/--policy 是现行规则，第二个是改后的规则。
  --as-of YYYY-MM-DD  --tz <时区>   同 annotate
  --json <file>|-      写出 JSON（- 为标准输出）
  --out <diff.xlsx>    写出包含同样表格的工作簿
  --lang zh|en         输出语言（默认 zh）`,
  `Usage: guishu diff <workbook.xlsx> (--preset A | --policy a.json) (--preset B | --policy b.json) [options]

  See what a rule change would do before making it: the same history judged under two policies;
  lists customers whose owner or status changes (with both reasons), deals whose performance or
  commission split changes, and per agent the change in customers held and in monthly
  performance and commission totals. The first --preset/--policy is the current policy, the
  second the change.
  --as-of YYYY-MM-DD  --tz <zone>   as for annotate
  --json <file>|-      write the JSON (- for standard output)
  --out <diff.xlsx>    write a workbook with the same tables
  --lang zh|en         output language (default zh)`,
);

/** The two policies in the order given on the command line. */
export function policiesInOrder(argv: readonly string[]): { kind: 'preset' | 'policy'; value: string }[] {
  const out: { kind: 'preset' | 'policy'; value: string }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(preset|policy)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) continue;
    const value = m[2] ?? argv[i + 1];
    if (m[2] === undefined) i++;
    if (value !== undefined) out.push({ kind: m[1] as 'preset' | 'policy', value });
  }
  return out;
}

const label = (p: Policy, side: { kind: string; value: string }): string =>
  side.kind === 'preset' ? p.id : `${path.basename(side.value)} (${p.id})`;

export async function diffCommand(argv: string[]): Promise<number> {
  const { values, positionals: given } = parseVerb('diff', argv, OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    console.log(DIFF_HELP[lang]);
    return 0;
  }
  const [file] = positionals(given, 1, () => M.needWorkbook('diff'));
  const sides = policiesInOrder(argv);
  if (sides.length !== 2) fail(2, DIFF_TEXT.needTwo);
  const asOf = asOfDay(values['as-of'], values.tz);
  const out = values.out === undefined ? null : outPathFor(file, values.out);
  const [pa, pb] = sides.map((s) =>
    s.kind === 'preset' ? choosePolicy(s.value, undefined) : choosePolicy(undefined, s.value),
  ) as [Policy, Policy];
  const names = { before: label(pa, sides[0]!), after: label(pb, sides[1]!) };

  // One read, two judgments: the records do not depend on the policy.
  const run = await judgeWorkbook(file, pa, asOf, true);
  closeWorkbook(run.workbook);
  const after = annotate(run.input, pb, asOf);
  const w = compareResults(run.result, after, names);

  // Files first, the terminal after: a reader that closes the pipe early (`| head`) ends the
  // process, and must never leave a half-written workbook behind an exit code of 0.
  if (out !== null) await writeDiffBook(w, out, lang);
  const json =
    values.json === undefined
      ? null
      : writeJson(values.json, { ...w, summary: whatIfSummary(w, lang, DIFF_TEXT.lead(names.after)) });
  const print = values.json === '-' ? console.error : console.log;
  for (const line of diffLines(w, lang)) print(line);
  if (out !== null) print(say(lang, DIFF_TEXT.wrote(out)));
  if (values.json !== undefined && json === null) print(say(lang, DIFF_TEXT.wroteJson(values.json)));
  if (json !== null) process.stdout.write(json);
  return 0;
}

const SHOWN = 50;

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let n = 0;
  for (const ch of s)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return n;
}
const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.min(40, Math.max(width(h), ...rows.map((r) => width(r[i] ?? '')))));
  const line = (r: string[]) =>
    r
      .map((c, i) => pad(c, widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The terminal report: the summary, then each table (customers with both reasons under them). */
export function diffLines(w: WhatIf, lang: Lang): string[] {
  const lines = [
    say(lang, DIFF_TEXT.head(w.before, w.after, w.asOf)),
    whatIfSummary(w, lang, DIFF_TEXT.lead(w.after), 5),
  ];
  const [customers, deals, agents] = whatIfTables(w, lang);
  const more = (n: number) => (n > SHOWN ? [say(lang, DIFF_TEXT.more(n - SHOWN))] : []);
  lines.push('', `== ${customers!.name[lang]} (${customers!.rows.length}) ==`);
  if (!customers!.rows.length) lines.push(say(lang, DIFF_TEXT.none));
  for (const r of customers!.rows.slice(0, SHOWN)) {
    lines.push(`${r[0]}：${r[1]} ${r[2]} → ${r[3]} ${r[4]}`);
    if (r[5]) lines.push(`    ${say(lang, DIFF_TEXT.current)}: ${r[5]}`);
    if (r[6]) lines.push(`    ${say(lang, DIFF_TEXT.changed)}: ${r[6]}`);
  }
  lines.push(...more(customers!.rows.length));
  for (const tab of [deals!, agents!]) {
    lines.push('', `== ${tab.name[lang]} (${tab.rows.length}) ==`);
    const cols = tab === deals ? [0, 1, 4, 5, 6, 7, 8] : [0, 1, 2, 3, 4, 5, 6];
    if (!tab.rows.length) lines.push(say(lang, DIFF_TEXT.none));
    else
      lines.push(
        ...table(
          cols.map((i) => tab.header[i]![lang]),
          tab.rows.slice(0, SHOWN).map((r) => cols.map((i) => r[i] ?? '')),
        ),
      );
    lines.push(...more(tab.rows.length));
  }
  return lines;
}

/** --out: a summary sheet, then the three tables in full. */
export async function writeDiffBook(w: WhatIf, file: string, lang: Lang): Promise<void> {
  const tables = whatIfTables(w, lang);
  const summary = [
    [say(lang, DIFF_TEXT.title)],
    [say(lang, DIFF_TEXT.head(w.before, w.after, w.asOf))],
    [whatIfSummary(w, lang, DIFF_TEXT.lead(w.after), 10)],
  ];
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    await writeTextBook(file, [
      { name: say(lang, DIFF_TEXT.summarySheet), rows: summary },
      ...tables.map((tab) => ({ name: tab.name[lang], rows: [tab.header.map((h) => h[lang]), ...tab.rows] })),
    ]);
  } catch (error) {
    fail(1, fsFailure(error, file, M.cannotWrite(file)));
  }
}
