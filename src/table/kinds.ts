// The kind column (rulebook §2.1 类型, §2.2 备案类型) -> event kind and, for deals, the stage.
import type { DealStage, EventKind } from '../engine/types';
import { wordKey } from './text';

export interface KindRead {
  readonly kind: EventKind;
  readonly stage: DealStage | null;
}

const k = (kind: EventKind, stage: DealStage | null = null): KindRead => ({ kind, stage });
const VISIT = k('visit');
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

const WORDS: readonly [readonly string[], KindRead][] = [
  [['来访', '到访', '首访', '复访', '接待', 'visit', '二次来访', '再访'], VISIT],
  [['来电', '电话', '电咨', '电话咨询', 'call', 'phone'], CALL],
  [['跟进', '回访', '电话回访', '微信回访', '电话跟进', '微信跟进', 'follow-up', 'followup', 'follow up'], FOLLOWUP],
  [['约访', '预约', 'appointment'], APPOINTMENT],
  [['带看', '看房', 'viewing'], VIEWING],
  [['定金', '小定', '大定', '下定', '交定', 'deposit'], DEPOSIT],
  [['认购', 'subscription'], SUBSCRIPTION],
  [['成交', '签约', 'deal', 'contract'], CONTRACT],
  [['全款', 'full payment', 'fullpayment'], FULL],
  [['回款', '订单', '下单', 'payment', 'order'], PAYMENT],
  [['报备', 'report'], REPORT],
  [['备案', 'filing'], FILING],
  [['甲方确认', 'confirm', 'confirmation'], CONFIRM],
];

const EXACT: ReadonlyMap<string, KindRead> = new Map(
  WORDS.flatMap(([words, read]) => words.map((w) => [wordKey(w), read] as const)),
);

// For longer cells ('首次来访', '微信跟进客户'): the first word found wins, most specific first.
const INSIDE: readonly [string, KindRead][] = [
  ['甲方确认', CONFIRM],
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
];
// '未成交', '取消认购', '退定': a word that undoes the kind is not that kind.
const NEGATION = /[未不无没退]|取消/;

/** The kind a cell names; null when it names none (the caller notes it and uses the default). */
export function readKind(text: string): KindRead | null {
  const key = wordKey(text);
  const exact = EXACT.get(key);
  if (exact) return exact;
  if (NEGATION.test(key)) return null;
  for (const [word, read] of INSIDE) if (key.includes(word)) return read;
  return null;
}
