// The kind column (rulebook §2.1 类型, §2.2 备案类型) -> event kind and, for deals, the stage.
import type { DealStage, EventKind } from '../engine/types';
import { wordKey } from './text';

export interface KindRead {
  /** null: a word that says how the customer came, not what happened; the sheet's own kind (a visit on 来访登记, a call on 来电登记表, a report on 报备). */
  readonly kind: EventKind | null;
  readonly stage: DealStage | null;
  /** 老带新: the old customer brought the new one (case-field R9's "came along"); the referrer is the 介绍人 column's. */
  readonly brought?: true;
  /** 未到访, 爽约, 取消来访: the row says the customer did not come; never read as a visit. */
  readonly notVisit?: true;
}

const k = (kind: EventKind | null, stage: DealStage | null = null): KindRead => ({ kind, stage });
const VISIT = k('visit');
const BROUGHT: KindRead = { kind: 'visit', stage: null, brought: true };
const SHEET = k(null);
const CALL = k('call');
const FOLLOWUP = k('followup');
const APPOINTMENT = k('appointment');
const VIEWING = k('viewing');
const DEPOSIT = k('deposit', 'deposit');
const SUBSCRIPTION = k('deposit', 'subscription');
const CONTRACT = k('deal', 'contract');
const FULL = k('deal', 'full');
const PAYMENT = k('payment', 'payment');
const REPORT = k('report');
const FILING = k('filing');
const CONFIRM = k('confirm');

// Issue 12 point 12: the words offices write in 来访方式 / 类型 (rulebook §2.1). 网络 / 线上 is an
// online inquiry: a contact at a distance, read as a call. 认筹 (paying to queue for a launch) is
// made at the office and is no purchase: a visit. 渠道 / 中介 / 外展 say who brought the customer,
// 自驾 / 步行 how they travelled, 续报 / 补报 that a filing was entered again or late: none says
// what happened, so the row is the sheet's own kind, with no line on 问题.
const WORDS: readonly [readonly string[], KindRead][] = [
  [
    [
      '来访',
      '到访',
      '首访',
      '复访',
      '二访',
      '三访',
      '接待',
      'visit',
      '二次来访',
      '二次到访',
      '再访',
      '再次来访',
      '自然来访',
      '自然到访',
      '自访',
      '自来',
      '上门',
      '认筹',
      '排号',
      '诚意金',
      '老客户介绍',
      '转介绍',
      '介绍',
      'walk-in',
      'walkin',
    ],
    VISIT,
  ],
  [['老带新', '老带新客户', '老客带新', '老客户带新客户', '老客户带', '老客户陪同', '带新'], BROUGHT],
  [
    [
      '来电',
      '电话',
      '电咨',
      '电话咨询',
      '网络',
      '网络咨询',
      '网络来电',
      '网上咨询',
      '线上',
      '线上咨询',
      '在线咨询',
      '微信咨询',
      'call',
      'phone',
      'online',
    ],
    CALL,
  ],
  [['跟进', '回访', '电话回访', '微信回访', '电话跟进', '微信跟进', 'follow-up', 'followup', 'follow up'], FOLLOWUP],
  [['约访', '预约', '邀约', 'appointment'], APPOINTMENT],
  [['带看', '看房', 'viewing'], VIEWING],
  [['定金', '小定', '大定', '下定', '交定', 'deposit'], DEPOSIT],
  [['认购', 'subscription'], SUBSCRIPTION],
  [['成交', '签约', '网签', 'deal', 'contract'], CONTRACT],
  [['全款', 'full payment', 'fullpayment'], FULL],
  [['回款', '订单', '下单', 'payment', 'order'], PAYMENT],
  [['报备', 'report'], REPORT],
  [['备案', 'filing'], FILING],
  [['甲方确认', 'confirm', 'confirmation'], CONFIRM],
  [
    [
      '渠道',
      '渠道带客',
      '渠道客户',
      '中介',
      '分销',
      '外展',
      '巡展',
      '展会',
      '派单',
      '拓客',
      '自拓',
      '开发商',
      '开发商关系',
      '建筑商',
      'channel',
      'agency',
    ],
    SHEET,
  ],
  // A filing re-entered or added late is still a filing of the sheet's kind; 新客户 / 老客户 say who, not what.
  [['新增', '新报', '续报', '续备', '补报', '补录', '重新报备', '新客', '新客户', '老客户', 'new', 'existing'], SHEET],
  // Some registers write how the visitor travelled in 来访方式: still the sheet's own kind.
  [['自驾', '步行', '公交', '地铁', '打车', '开车', '骑车', '班车', '看房车'], SHEET],
];

const EXACT: ReadonlyMap<string, KindRead> = new Map(
  WORDS.flatMap(([words, read]) => words.map((w) => [wordKey(w), read] as const)),
);

// For longer cells ('首次来访', '微信跟进客户'): the first word found wins, most specific first.
const INSIDE: readonly [string, KindRead][] = [
  ['甲方确认', CONFIRM],
  ['老带新', BROUGHT],
  ['回访', FOLLOWUP],
  ['跟进', FOLLOWUP],
  ['约访', APPOINTMENT],
  ['预约', APPOINTMENT],
  ['带看', VIEWING],
  ['看房', VIEWING],
  ['全款', FULL],
  ['认购', SUBSCRIPTION],
  ['签约', CONTRACT],
  ['成交', CONTRACT],
  ['定金', DEPOSIT],
  ['小定', DEPOSIT],
  ['大定', DEPOSIT],
  ['回款', PAYMENT],
  ['订单', PAYMENT],
  ['下单', PAYMENT],
  ['报备', REPORT],
  ['备案', FILING],
  ['来电', CALL],
  ['电咨', CALL],
  ['来访', VISIT],
  ['到访', VISIT],
  ['首访', VISIT],
  ['复访', VISIT],
  ['二访', VISIT],
  ['认筹', VISIT],
  ['网络', CALL],
  ['线上', CALL],
  ['渠道', SHEET],
];
// '未成交', '取消认购', '退定': a word that undoes the kind is not that kind.
const NEGATION = /[未不无没退]|取消/;
// '未到访', '未来访', '爽约', '取消来访': the customer did not come.
const NO_SHOW = /(?:[未不没]|取消)(?:来访|到访|上门|来)|爽约|失约/;
const NOT_VISIT: KindRead = { kind: null, stage: null, notVisit: true };

/** The kind a cell names; null when it names none (the caller notes it and uses the default). */
export function readKind(text: string): KindRead | null {
  const key = wordKey(text);
  const exact = EXACT.get(key);
  if (exact) return exact;
  if (NO_SHOW.test(key)) return NOT_VISIT;
  if (NEGATION.test(key)) return null;
  for (const [word, read] of INSIDE) if (key.includes(word)) return read;
  return null;
}
