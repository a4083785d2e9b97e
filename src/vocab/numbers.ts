// The one home of the words for the numbers a manager may change in a preset (the setup page's
// 数值, `guishu presets`), zh-CN and en side by side, keyed by the number's path in the policy
// without its unit (`claim.window` for claim.window.days).
import type { Word } from './fields';

/** The policy's numbers, by path (src/policy/schema.ts); a preset's number without a word here
 *  fails test/vocab/concepts.test.ts. */
export type NumberKey =
  | 'claim.window'
  | 'claim.callWindow'
  | 'claim.callback'
  | 'claim.firstFollowup'
  | 'claim.offDayShare'
  | 'closed.window'
  | 'closed.warnUntil'
  | 'deals.lateEvidence'
  | 'filing.leadMinutes'
  | 'filing.visitWithin'
  | 'filing.window'
  | 'filing.judgeAnyRow'
  | 'flags.taken'
  | 'owed.rate'
  | 'warnDays'
  | 'alertDays';

export const NUMBER_WORDS: Readonly<Record<NumberKey, Word>> = {
  'claim.window': { zh: '保护期', en: 'Protection' },
  'claim.callWindow': { zh: '来电客户保护期', en: 'Protection of phone-only customers' },
  'claim.callback': { zh: '回电期限', en: 'Call-back within' },
  'claim.firstFollowup': { zh: '首次回访期限', en: 'First follow-up within' },
  'claim.offDayShare': { zh: '休息日共享回溯', en: 'Day-off sharing looks back' },
  'closed.window': { zh: '成交后保护期', en: 'Protection after a deal' },
  'closed.warnUntil': { zh: '释放预警至', en: 'Release warning until' },
  'deals.lateEvidence': { zh: '证据录入期限', en: 'Evidence entered within' },
  'filing.leadMinutes': { zh: '报备须提前', en: 'Report ahead by' },
  'filing.visitWithin': { zh: '报备后到访期限', en: 'Visit after a report within' },
  'filing.window': { zh: '备案保护期', en: 'Protection after a filing' },
  'filing.judgeAnyRow': { zh: '报备判定回查登记', en: 'A report checks the register back' },
  'flags.taken': { zh: '月度被抢客提示次数', en: 'Monthly flag after customers taken' },
  'owed.rate': { zh: '应付比例', en: 'Rate owed' },
  warnDays: { zh: '提前预警天数', en: 'Warning days before release' },
  alertDays: { zh: '剩余天数标红', en: 'Days left shown red at' },
};

/** The parts of a deal-by-another split rule (deals.byOther[i].performance.owner …). */
export const SPLIT_WORDS: Readonly<Record<'performance' | 'commission' | 'owner' | 'closer', Word>> = {
  performance: { zh: '业绩', en: 'Performance' },
  commission: { zh: '佣金', en: 'Commission' },
  owner: { zh: '归属人', en: 'Owner' },
  closer: { zh: '成交人', en: 'Closer' },
};

/** The unit a number is counted in (the last part of its path). */
export const UNIT_WORDS: Readonly<Record<'days' | 'months' | 'minutes', Word>> = {
  days: { zh: '天', en: 'days' },
  months: { zh: '个月', en: 'months' },
  minutes: { zh: '分钟', en: 'minutes' },
};
