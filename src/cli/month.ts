// guishu month <workbook.xlsx> YYYY-MM (issue 13): the month's 月结, the same table the add-on's
// month end writes, judged as of the month's last day, into the annotated copy and --json.
import { dayOfIso, isoOfDay, monthOf } from '../engine/calendar';
import { monthSummary, type MonthSummary } from '../engine/month';
import type { Lang } from '../table/labels';
import { monthSheetName, monthSheetValues } from '../table/monthSheet';
import { ownerText } from '../table/render';
import { STATUS_WORDS } from '../vocab/statuses';
import { fail, helpText, M, say } from './messages';
import { checkLang, checkZone, choosePolicy, COMMON_OPTIONS, parseVerb, POLICY_OPTIONS, positionals } from './options';
import { judgeWorkbook, outPathFor, summary, writeCopy, writeJson } from './pipeline';

const { 'as-of': _asOf, ...MONTH_POLICY_OPTIONS } = POLICY_OPTIONS;
const OPTIONS = {
  ...MONTH_POLICY_OPTIONS,
  ...COMMON_OPTIONS,
  out: { type: 'string' },
  json: { type: 'string' },
} as const;

export async function monthCommand(argv: string[]): Promise<number> {
  const { values, positionals: given } = parseVerb('month', argv, OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    console.log(helpText('month', lang));
    return 0;
  }
  if (given.length < 1) fail(2, M.needWorkbook('month'));
  const [file, month] = positionals(given, 2, () => MONTH_MISSING);
  const first = /^\d{4}-\d{2}$/.test(month) ? dayOfIso(`${month}-01`) : null;
  if (first === null) return fail(2, badMonth(month));
  checkZone(values.tz);
  const out = outPathFor(file, values.out);
  const policy = choosePolicy(values.preset, values.policy);

  // The month is judged as of its last day (the add-on's month end does the same).
  const last = monthOf(first).last;
  const run = await judgeWorkbook(file, policy, last);
  const summaryOfMonth = monthSummary(run.result, policy, last);
  const values2 = monthSheetValues(summaryOfMonth, lang, false);
  const sheet = {
    name: monthSheetName(month),
    rows: { length: values2.length, row: (i: number) => values2[i] as string[] },
  };
  const notes = await writeCopy(run, out, lang, [sheet]);
  // Every file before the first line on the terminal (see diff.ts).
  const json =
    values.json === undefined
      ? null
      : writeJson(values.json, { preset: policy.id, ...monthJson(summaryOfMonth, lang) });
  const print = values.json === '-' ? console.error : console.log;
  for (const line of [...summary(run, lang), ...notes, say(lang, M.wroteCopy(out))]) print(line);
  if (values.json !== undefined && json === null) print(say(lang, M.wroteReport(values.json)));
  if (json !== null) process.stdout.write(json);
  return 0;
}

const MONTH_MISSING = {
  zh: '缺少月份。用法：guishu month <workbook.xlsx> YYYY-MM',
  en: 'No month given. Usage: guishu month <workbook.xlsx> YYYY-MM',
};

function badMonth(text: string) {
  return {
    zh: `月份无效：${text}（格式 YYYY-MM，如 2026-11）`,
    en: `Invalid month: ${text} (use YYYY-MM, e.g. 2026-11)`,
  };
}

/** The `month --json` shape (README, contract section). */
export function monthJson(s: MonthSummary, lang: Lang) {
  return {
    month: s.month,
    first: isoOfDay(s.first),
    last: isoOfDay(s.last),
    sheet: monthSheetName(s.month),
    agents: s.agents.map((a) => ({
      agent: a.agent,
      deals: a.deals,
      performance: a.performance,
      commission: a.commission,
      held: a.held,
      released: a.released,
      lostToOthers: a.lostToOthers,
      flaggedAsOther: a.flaggedAsOther,
      taken: a.taken,
      flags: a.flags.map((f) => ({ rule: f.rule, text: f[lang] })),
    })),
    customers: s.customers.map((c) => ({
      id: c.id,
      name: c.name,
      owner: c.owner.name,
      ownerKind: c.owner.kind,
      ownerText: ownerText(c.owner, lang),
      status: c.status,
      statusLabel: STATUS_WORDS[c.status][lang],
    })),
  };
}
