// The one home of the event-kind words (issue 15 point 6): what a register or filing row records
// (rulebook §2.1 kind, §2.2 备案类型), zh-CN and en side by side, in each form the product uses.
// Each form is a table keyed by the engine's EventKind, so a new kind without words fails to
// compile; the forms are separate tables so a bundle carries only the forms it shows.
// The words Guishu *recognises* in a kind cell (回访, 签约, 订单 …) are not here: they are the
// reader's aliases, src/table/kinds.ts.
import type { EventKind } from '../engine/types';
import type { Word } from './fields';

/** The kind as a noun: the lookup's rows and timeline, the legend's groups. */
export const EVENT_WORDS: Readonly<Record<EventKind, Word>> = {
  visit: { zh: '来访', en: 'Visit' },
  call: { zh: '来电', en: 'Call' },
  followup: { zh: '跟进', en: 'Follow-up' },
  appointment: { zh: '约访', en: 'Appointment' },
  viewing: { zh: '带看', en: 'Viewing' },
  deposit: { zh: '定金', en: 'Deposit' },
  deal: { zh: '成交', en: 'Deal' },
  payment: { zh: '回款', en: 'Payment' },
  report: { zh: '报备', en: 'Report' },
  filing: { zh: '备案', en: 'Filing' },
  confirm: { zh: '甲方确认', en: 'Developer confirmation' },
};

/** The kind inside a sentence, en with its article (问题: “按来访处理” / “read as a visit”). */
export const EVENT_IN_SENTENCE: Readonly<Record<EventKind, Word>> = {
  visit: { zh: '来访', en: 'a visit' },
  call: { zh: '来电', en: 'a call' },
  followup: { zh: '跟进', en: 'a follow-up' },
  appointment: { zh: '约访', en: 'an appointment' },
  viewing: { zh: '带看', en: 'a viewing' },
  deposit: { zh: '定金', en: 'a deposit' },
  deal: { zh: '成交', en: 'a deal' },
  payment: { zh: '回款', en: 'a payment' },
  report: { zh: '报备', en: 'a report' },
  filing: { zh: '备案', en: 'a filing' },
  confirm: { zh: '甲方确认', en: "a developer's confirmation" },
};

/** The kind as what the agent did (the engine's reasons: “张三 接待 …” / “Zhang San received …”). */
export const EVENT_VERBS: Readonly<Record<EventKind, Word>> = {
  visit: { zh: '接待', en: 'received' },
  call: { zh: '接听来电', en: 'took the call' },
  followup: { zh: '跟进', en: 'followed up' },
  appointment: { zh: '约访', en: 'booked a visit' },
  viewing: { zh: '带看', en: 'showed a unit' },
  deposit: { zh: '收定金', en: 'took a deposit' },
  deal: { zh: '成交', en: 'closed' },
  payment: { zh: '回款', en: 'received an order payment' },
  report: { zh: '报备', en: 'reported' },
  filing: { zh: '备案', en: 'filed' },
  confirm: { zh: '甲方确认', en: 'recorded a developer confirmation' },
};

/** The verb of a first contact where it differs from EVENT_VERBS (“张三 首次接待 …”). */
export const EVENT_FIRST_VERBS: Readonly<Partial<Record<EventKind, Word>>> = {
  visit: { zh: '首次接待', en: 'first received' },
  call: { zh: '首次来电接听', en: 'first took the call' },
};

/** The five marker groups of the lookup's timeline, each named by its first kind's noun. */
export const EVENT_GROUPS = ['call', 'visit', 'followup', 'filing', 'deal'] as const satisfies readonly EventKind[];
export type EventGroup = (typeof EVENT_GROUPS)[number];
