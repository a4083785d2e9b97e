// 月结 YYYY-MM (rulebook §8): the month-end snapshot as values to write. Per agent first, then
// per customer the owner on the month's last day.
import type { MonthSummary } from '../engine/month';
import { maskId, ownerText } from './render';
import type { Lang } from './labels';
import { STATUS_WORDS } from '../vocab/statuses';

export const MONTH_SHEET_PREFIX = '月结 ';

export function monthSheetName(month: string): string {
  return `${MONTH_SHEET_PREFIX}${month}`;
}

const TITLE = (month: string) => ({
  zh: `月结 ${month}（只读快照，生成后不再修改）`,
  en: `Month end ${month} (a snapshot, never changed once written)`,
});
const AGENT_HEADERS = {
  zh: [
    '顾问',
    '成交笔数',
    '业绩分成合计',
    '佣金分成合计',
    '月末持有客户',
    '本月释放',
    '本月被他人取得',
    '冲突中为对方',
    '被抢/争议次数',
    '标记',
  ],
  en: [
    'Agent',
    'Deals',
    'Performance shares',
    'Commission shares',
    'Customers held',
    'Released',
    'Lost to others',
    'Other party on conflicts',
    'Taken or disputed',
    'Flags',
  ],
};
const CUSTOMER_HEADERS = {
  zh: ['客户编号', '客户', '月末归属人', '状态'],
  en: ['Customer ID', 'Customer', 'Owner on the last day', 'Status'],
};

export function monthSheetValues(summary: MonthSummary, lang: Lang, maskPhones: boolean): string[][] {
  const id = maskPhones ? maskId : (s: string) => s;
  const title = TITLE(summary.month)[lang];
  const rows: string[][] = [[title], AGENT_HEADERS[lang]];
  for (const a of summary.agents) {
    rows.push([
      a.agent,
      String(a.deals),
      String(a.performance),
      String(a.commission),
      String(a.held),
      String(a.released),
      String(a.lostToOthers),
      String(a.flaggedAsOther),
      String(a.taken),
      a.flags.map((f) => `[${f.rule}] ${f[lang]}`).join('; '),
    ]);
  }
  rows.push([], CUSTOMER_HEADERS[lang]);
  for (const c of summary.customers)
    rows.push([id(c.id), c.name ?? '', ownerText(c.owner, lang), STATUS_WORDS[c.status][lang]]);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}
