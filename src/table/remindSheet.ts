// 到期提醒 (issue 13): the reminder list as values to write, the same sheet from both doors.
// Per agent first (soonest first), then the manager's section: overdue follow-ups across agents.
import { isoOfDay } from '../engine/calendar';
import type { Day } from '../engine/types';
import { maskId, maskPhone } from './render';
import { keepText, type Reminder, type ReminderList } from './standing';
import type { Lang } from './labels';
import { listJoin } from '../vocab/text';

export const REMIND_SHEET = '到期提醒';

const HEADERS = {
  zh: ['顾问', '客户', '客户编号', '电话', '当前状态', '剩余天数', '保护到期', '最近跟进', '如何保住', '规则'],
  en: [
    'Agent',
    'Customer',
    'Customer ID',
    'Phone',
    'Current status',
    'Days left',
    'Protected through',
    'Last contact',
    'What keeps it',
    'Rules',
  ],
};

/** 0-based column of 剩余天数: written as numbers, coloured like the other days-left columns. */
export const REMIND_DAYS_COLUMN = 5;

const dayText = (d: Day | null): string => (d === null ? '' : isoOfDay(d));

/** The sheet's words, zh and en side by side. */
const WORDS = {
  none: { zh: '（无）', en: '(none)' },
  title: (asOf: string, horizon: number, count: number) => ({
    zh: `到期提醒（截至 ${asOf}：保护剩余 ${horizon} 天以内或回访逾期的客户，共 ${count} 个；剩余天数含今天）`,
    en: `Expiry reminders (as of ${asOf}: customers with ${horizon} days of protection or fewer left, or a follow-up overdue: ${count}; days left count today)`,
  }),
  manager: (n: number) => ({
    zh: `经理：逾期未跟进（全部顾问，共 ${n} 个）`,
    en: `Manager: overdue follow-ups (all agents: ${n})`,
  }),
} as const;

export function remindSheetValues(list: ReminderList, lang: Lang, maskPhones: boolean): string[][] {
  const id = maskPhones ? maskId : (s: string) => s;
  const phone = maskPhones ? maskPhone : (s: string) => s;
  const line = (r: Reminder): string[] => [
    r.agent,
    r.name ?? '',
    id(r.customerId),
    listJoin(r.phones.map(phone), lang),
    r.statusLabel[lang],
    r.daysLeft === null ? '' : String(r.daysLeft),
    dayText(r.protectedThrough),
    dayText(r.lastContact),
    keepText(r.keep, lang),
    r.rules.join(', '),
  ];
  const asOf = isoOfDay(list.asOf);
  const count = list.agents.reduce((n, a) => n + a.customers.length, 0);
  const rows: string[][] = [[WORDS.title(asOf, list.horizon, count)[lang]], HEADERS[lang]];
  for (const a of list.agents) for (const r of a.customers) rows.push(line(r));
  if (count === 0) rows.push([WORDS.none[lang]]);
  rows.push([], [WORDS.manager(list.overdue.length)[lang]], HEADERS[lang]);
  for (const r of list.overdue) rows.push(line(r));
  if (list.overdue.length === 0) rows.push([WORDS.none[lang]]);
  const width = HEADERS.zh.length;
  return rows.map((r) => [...r, ...Array<string>(Math.max(0, width - r.length)).fill('')]);
}
