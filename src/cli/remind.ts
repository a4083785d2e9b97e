// guishu remind <workbook.xlsx>: 到期提醒 on the terminal (issue 13): per agent the customers whose
// protection ends within the policy's days, with what keeps them; then the overdue follow-ups.
import { isoOfDay } from '../engine/calendar';
import type { Lang } from '../table/labels';
import { keepText, reminderJson, reminders, type Reminder, type ReminderList } from '../table/standing';
import { aside, listJoin } from '../vocab/text';
import { helpText, M, say } from './messages';
import { asOfDay, checkLang, choosePolicy, COMMON_OPTIONS, parseVerb, POLICY_OPTIONS, positionals } from './options';
import { judgeWorkbook, writeJson } from './pipeline';
import { closeWorkbook } from './workbook';

const OPTIONS = { ...POLICY_OPTIONS, ...COMMON_OPTIONS, json: { type: 'string' } } as const;

export async function remindCommand(argv: string[]): Promise<number> {
  const { values, positionals: given } = parseVerb('remind', argv, OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    console.log(helpText('remind', lang));
    return 0;
  }
  const [file] = positionals(given, 1, () => M.needWorkbook('remind'));
  const asOf = asOfDay(values['as-of'], values.tz);
  const policy = choosePolicy(values.preset, values.policy);

  const run = await judgeWorkbook(file, policy, asOf, true);
  closeWorkbook(run.workbook);
  const list = reminders(run.result, run.input.events, policy);
  if (values.json !== undefined) {
    const text = writeJson(values.json, { preset: policy.id, ...reminderJson(list, lang) });
    if (text !== null) {
      process.stdout.write(text);
      return 0;
    }
  }
  for (const line of remindLines(list, lang)) console.log(line);
  if (values.json !== undefined) console.log(say(lang, M.wroteReport(values.json)));
  return 0;
}

/** The terminal table: one block per agent, soonest first; then the manager's overdue list. */
export function remindLines(list: ReminderList, lang: Lang): string[] {
  const count = list.agents.reduce((n, a) => n + a.customers.length, 0);
  const iso = (d: number | null): string => (d === null ? '—' : isoOfDay(d));
  const line = (r: Reminder, withAgent: boolean): string =>
    [
      withAgent ? r.agent : '',
      r.name ?? '—',
      listJoin(r.phones, lang) || '—',
      r.statusLabel[lang],
      say(lang, r.daysLeft === null ? M.remindOverdue : M.remindDaysLeft(r.daysLeft)),
      `${say(lang, M.remindProtected)} ${iso(r.protectedThrough)}`,
      `${say(lang, M.remindLastContact)} ${iso(r.lastContact)}`,
      `→ ${keepText(r.keep, lang)}`,
    ]
      .filter(Boolean)
      .join('  ');
  const out = [say(lang, M.remindHead(isoOfDay(list.asOf), list.horizon, count))];
  for (const a of list.agents) {
    out.push('', aside(a.agent, String(a.customers.length), lang));
    for (const r of a.customers) out.push(`  ${line(r, false)}`);
  }
  out.push('', say(lang, M.remindManager(list.overdue.length)));
  for (const r of list.overdue) out.push(`  ${line(r, true)}`);
  return out;
}
