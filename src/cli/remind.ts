// guishu remind <workbook.xlsx>: 到期提醒 on the terminal (issue 13): per agent the customers whose
// protection ends within the policy's days, with what keeps them; then the overdue follow-ups.
import { isoOfDay } from '../engine/calendar';
import type { Lang } from '../table/labels';
import { keepText, reminderJson, reminders, type Reminder, type ReminderList } from '../table/standing';
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
  const zh = lang === 'zh';
  const count = list.agents.reduce((n, a) => n + a.customers.length, 0);
  const iso = (d: number | null): string => (d === null ? '—' : isoOfDay(d));
  const line = (r: Reminder, withAgent: boolean): string =>
    [
      withAgent ? r.agent : '',
      r.name ?? '—',
      r.phones.join(zh ? '、' : ', ') || '—',
      r.statusLabel[lang],
      r.daysLeft === null ? (zh ? '逾期' : 'overdue') : zh ? `剩 ${r.daysLeft} 天` : `${r.daysLeft} day(s) left`,
      `${zh ? '保护到期' : 'protected through'} ${iso(r.protectedThrough)}`,
      `${zh ? '最近跟进' : 'last contact'} ${iso(r.lastContact)}`,
      `→ ${keepText(r.keep, lang)}`,
    ]
      .filter(Boolean)
      .join('  ');
  const out = [
    zh
      ? `到期提醒 截至 ${isoOfDay(list.asOf)}（保护剩余 ${list.horizon} 天以内或回访逾期；剩余天数含今天）：${count} 位客户`
      : `Reminders as of ${isoOfDay(list.asOf)} (${list.horizon} days of protection or fewer left, or a follow-up overdue; days left count today): ${count} customer(s)`,
  ];
  for (const a of list.agents) {
    out.push('', `${a.agent}（${a.customers.length}）`.replace(/（(\d+)）/, zh ? '（$1）' : ' ($1)'));
    for (const r of a.customers) out.push(`  ${line(r, false)}`);
  }
  out.push(
    '',
    zh ? `经理：逾期未跟进 ${list.overdue.length} 位` : `Manager: overdue follow-ups: ${list.overdue.length}`,
  );
  for (const r of list.overdue) out.push(`  ${line(r, true)}`);
  return out;
}
