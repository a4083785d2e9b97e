// Rule tests beyond the rulebook's scenario rows: at least one for each rule id the scenarios
// do not reach, in the same table form (see table.ts). Names say the rule they exercise.
import type { Case } from './table';
import { FILINGS } from '../helpers/scenario';
import { DECISIONS } from './decisions';

const all = (who: string) => ({ [who]: 1 });
const half = (a: string, b: string) => ({ [a]: 0.5, [b]: 0.5 });

export const EXTRA: Case[] = [
  {
    name: 'common/ID-PHONE: one phone under two names is one customer',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1', { name: '陈先生' }],
      ['F', '11-03', '张三', 'C1', { name: '陈生' }],
    ],
    checks: [
      { customer: 'C1', owner: '张三' },
      { row: 3, rule: 'common/ID-PHONE' },
    ],
  },
  {
    name: 'common/ID-PHONE: two 王先生 with different phones are two customers',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1', { name: '王先生' }],
      ['V', '11-02', '李四', 'C2', { name: '王先生' }],
    ],
    checks: [
      { customer: 'C1', owner: '张三' },
      { customer: 'C2', owner: '李四' },
    ],
  },
  {
    name: 'common/DEPARTED: a departed agent’s open customer goes to the manager',
    preset: 'cross-customer',
    staff: [['张三', 'departed', '11-05']],
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-04', '张三', 'C1'],
    ],
    checks: [{ asOf: '11-06', customer: 'C1', status: 'company', owner: '销售经理', rule: 'common/DEPARTED' }],
  },
  {
    name: 'common/DEPARTED: closed customers go to the manager too; the past deal stays credited',
    preset: 'cross-customer',
    staff: [['张三', 'departed', '11-05']],
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-03', '张三', 'C1'],
    ],
    checks: [
      { asOf: '11-06', customer: 'C1', status: 'company', owner: '销售经理', rule: 'common/DEPARTED' },
      { asOf: '11-06', deal: 'C1', performance: all('张三'), commission: all('张三') },
    ],
  },
  {
    name: 'common/RULING: a ruling moves the customer and later rules run from the new owner',
    preset: 'cross-customer',
    rows: [['V', '11-01', '张三', 'C1']],
    rulings: [['11-03', 'C1', '王五', '经理分配']],
    checks: [
      { asOf: '11-08', customer: 'C1', owner: '王五', rule: 'common/RULING' },
      { asOf: '11-10', customer: 'C1', status: 'protected' },
      { asOf: '11-11', customer: 'C1', status: 'released' },
    ],
  },
  {
    name: 'case-field R10a: complaint reassignment, later deals 100% to the new agent',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
      ['D', '11-10', '李四', 'C1'],
    ],
    rulings: [['11-05', 'C1', '李四', '客户投诉服务态度，改派']],
    checks: [
      { asOf: '11-06', customer: 'C1', owner: '李四', rule: 'case-field/R10a' },
      { deal: 'C1', performance: all('李四'), commission: all('李四') },
    ],
  },
  {
    name: 'case-field R10b: complaint without fault; the designated stand-in closes',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-08', '王五', 'C1'],
      ['D', '11-08', '王五', 'C1'],
    ],
    rulings: [['11-05', 'C1', '王五', '投诉，非顾问原因，指定接待']],
    checks: [{ deal: 'C1', performance: all('张三'), commission: half('张三', '王五'), rule: 'case-field/R10b' }],
  },
  {
    name: 'channel-confirm R5: an unsigned 带客确认单 keeps the channel pending',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-10', null, 'C1', { channel: '渠道A', confirmed: false }],
      ['V', '11-11', '张三', 'C1'],
    ],
    checks: [{ customer: 'C1', status: 'pending-visit', owner: '渠道A', rule: 'channel-confirm/R5' }],
  },
  {
    name: 'channel-confirm R5: a signed slip makes the claim effective',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-10', null, 'C1', { channel: '渠道A', confirmed: true }],
      ['V', '11-11', '张三', 'C1'],
    ],
    checks: [{ customer: 'C1', status: 'protected', owner: '渠道A' }],
  },
  {
    name: 'dafang R10: a first deal by someone other than the phone booking is flagged (and is the booking agent’s, decide/D7)',
    preset: 'dafang',
    rows: [
      ['C', '11-01', '张三', 'C1'],
      ['D', '11-05', '李四', 'C1'],
    ],
    checks: [
      { customer: 'C1', owner: '张三' },
      { conflict: 'forbidden-contact', rule: 'dafang/R10' },
    ],
  },
  {
    name: 'dafang R3: a customer referred by an old customer belongs to that customer’s agent',
    preset: 'dafang',
    rows: [
      ['D', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C2', { referrer: 'C1' }],
      ['D', '11-10', '李四', 'C2'],
    ],
    checks: [
      { customer: 'C2', owner: '张三' },
      { deal: 'C2', performance: all('张三') },
      { row: 3, rule: 'dafang/R3' },
    ],
  },
  {
    name: 'dafang R9: a row without the customer’s name is no valid record',
    preset: 'dafang',
    rows: [['V', '11-01', '张三', 'C1', { name: null }]],
    checks: [
      { customer: 'C1', ownerKind: 'pool' },
      { row: 2, rule: 'dafang/R9' },
    ],
  },
  {
    name: 'deal-attribution R2: family member names the first agent',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C2', { relation: '配偶', linked: 'C1', designated: '张三' }],
      ['D', '11-12', '李四', 'C2'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'deal-attribution/R2' }],
  },
  {
    name: 'deal-attribution R2: family recognized at the visit and closed on the spot',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C2', { relation: '配偶', linked: 'C1' }],
      ['D', '11-10', '李四', 'C2'],
    ],
    checks: [
      { deal: 'C1', performance: half('张三', '李四'), commission: half('张三', '李四'), rule: 'deal-attribution/R2' },
    ],
  },
  {
    name: 'deal-attribution R2: family found out only later',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C2'],
      ['F', '11-15', '李四', 'C2', { relation: '配偶', linked: 'C1' }],
      ['D', '11-20', '李四', 'C2'],
    ],
    checks: [
      { deal: 'C1', performance: all('李四'), commission: all('李四'), rule: 'deal-attribution/R2' },
      { customer: 'C1', owner: '李四' },
    ],
  },
  {
    name: 'deal-attribution R3: an old customer buying again goes to the original agent',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-05', '张三', 'C1'],
      ['V', '12-20', '李四', 'C1'],
      ['D', '12-20', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: all('张三'), rule: 'deal-attribution/R3' }],
  },
  {
    name: 'deal-attribution R4: a colleague brought by the buyer goes to the buyer’s agent',
    preset: 'deal-attribution',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-05', '张三', 'C1'],
      ['V', '11-20', '李四', 'C14', { relation: '同事', linked: 'C1' }],
      ['F', '11-20', '张三', 'C1'],
    ],
    checks: [{ customer: 'C14', owner: '张三', rule: 'deal-attribution/R4' }],
  },
  {
    name: 'deal-attribution R6: a departed agent’s customer waits for the manager',
    preset: 'deal-attribution',
    staff: [['张三', 'departed', '11-10']],
    rows: [['V', '11-01', '张三', 'C1']],
    checks: [{ asOf: '11-11', customer: 'C1', status: 'company', rule: 'deal-attribution/R6' }],
  },
  {
    name: 'developer-direct R3: an agency customer asking the developer for a discount stays agency',
    preset: 'developer-direct',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['Conf', '11-05', null, 'C1'],
      ['D', '11-10', '张三', 'C1', { source: '甲方优惠' }],
    ],
    checks: [{ deal: 'C1', category: 'agency', rule: 'developer-direct/R3' }],
  },
  {
    name: 'first-contact R5: a departed agent’s undealt customer is reassigned',
    preset: 'first-contact',
    staff: [['张三', 'departed', '11-10']],
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-12', '李四', 'C1'],
    ],
    checks: [
      { asOf: '11-11', customer: 'C1', status: 'company', rule: 'first-contact/R5' },
      { asOf: '11-12', customer: 'C1', owner: '李四' },
    ],
  },
  {
    name: 'first-receptionist R3: a customer naming the original agent is handed back',
    preset: 'first-receptionist',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1', { designated: '张三' }],
    ],
    checks: [
      { customer: 'C1', owner: '张三' },
      { row: 3, rule: 'first-receptionist/R3' },
    ],
  },
  {
    name: 'first-receptionist R6: three customers taken in a month flag the agent on 月结',
    preset: 'first-receptionist',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-01', '张三', 'C2'],
      ['V', '11-01', '张三', 'C3'],
      ['V', '11-10', '李四', 'C1'],
      ['Dp', '11-10', '李四', 'C1'],
      ['V', '11-11', '李四', 'C2'],
      ['Dp', '11-11', '李四', 'C2'],
      ['V', '11-12', '李四', 'C3'],
      ['Dp', '11-12', '李四', 'C3'],
    ],
    checks: [{ asOf: '11-30', flag: 'first-receptionist/R6', agent: '张三', month: '2026-11' }],
  },
  {
    name: 'marketing-center R5: an outside exhibition registration holds',
    preset: 'marketing-center',
    rows: [['V', '11-01', '张三', 'C1', { source: '外展' }]],
    checks: [{ asOf: '11-02', customer: 'C1', owner: '张三', rule: 'marketing-center/R5' }],
  },
  {
    name: 'park-report R1: a second report of a reported customer is rejected',
    preset: 'park-report',
    rows: [
      ['R', '11-01', '张三', 'C1'],
      ['R', '11-02', '李四', 'C1'],
    ],
    checks: [
      { asOf: '11-03', customer: 'C1', owner: '张三' },
      { asOf: '11-03', conflict: 'second-filing', rule: 'park-report/R1' },
    ],
  },
  {
    name: 'park-report R2: a walk-in with no agent after the report lapsed is the park’s',
    preset: 'park-report',
    rows: [
      ['R', '11-01', '张三', 'C1'],
      ['V', '11-09', null, 'C1'],
    ],
    checks: [{ customer: 'C1', owner: '园区', status: 'company', rule: 'park-report/R2' }],
  },
  {
    name: 'reception-rotation R5: no expiry; the first receptionist keeps the customer',
    preset: 'reception-rotation',
    rows: [
      ['V', '2026-01-01', '张三', 'C1'],
      ['V', '11-20', '张三', 'C1'],
    ],
    checks: [
      { customer: 'C1', owner: '张三', status: 'protected', through: null },
      { row: 3, rule: 'reception-rotation/R5' },
    ],
  },
  {
    name: 'walk-in-desk R7: a visitor who called another agent and names nobody belongs to the receiver',
    preset: 'walk-in-desk',
    rows: [
      ['C', '11-01', '张三', 'C1'],
      ['V', '11-03', '李四', 'C1'],
    ],
    checks: [{ customer: 'C1', owner: '李四', rule: 'walk-in-desk/R7' }],
  },
  {
    name: 'daily-chem-filing R1: another agent may not approach a filed customer',
    preset: 'daily-chem-filing',
    rows: [
      ['R', '08-01', '张三', 'C1'],
      ['V', '08-10', '李四', 'C1'],
    ],
    checks: [
      { asOf: '08-11', customer: 'C1', owner: '张三' },
      { asOf: '08-11', conflict: 'forbidden-contact' },
    ],
  },
  {
    name: 'tools-filing: a filing by another agent is rejected',
    preset: 'tools-filing',
    rows: [
      ['R', '08-01', '张三', 'C1'],
      ['R', '08-05', '李四', 'C1'],
    ],
    checks: [
      { asOf: '08-06', conflict: 'second-filing', rule: 'tools-filing/R1' },
      { asOf: '08-06', row: 3, sheet: FILINGS, rule: 'tools-filing/R1' },
    ],
  },

  // Readings from the seeds (docs/rules.md, "Open points").
  {
    name: 'channel-confirm: a channel holds 21 days from the latest register contact, then the pool',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-10', null, 'C1', { channel: '渠道A' }],
      ['V', '11-11', '张三', 'C1'],
      ['F', '11-20', '张三', 'C1'],
    ],
    checks: [
      { asOf: '12-11', customer: 'C1', owner: '渠道A', status: 'protected', through: '2026-12-11' },
      { asOf: '12-12', customer: 'C1', status: 'released' },
    ],
  },
  {
    name: 'case-field R4: an overlap inside the month keeps the customer; a later deal is the original’s (decide/D14)',
    preset: 'case-field',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
      ['D', '12-10', '李四', 'C1'],
    ],
    checks: [
      { deal: 'C1', performance: all('张三'), commission: all('张三'), rule: 'case-field/R1' },
      { asOf: '12-09', customer: 'C1', owner: '张三', rule: 'case-field/R4' },
    ],
  },
  {
    name: 'case-field R4: with no overlap the first reception lapses after a month',
    preset: 'case-field',
    rows: [['V', '11-01', '张三', 'C1']],
    checks: [
      { asOf: '12-01', customer: 'C1', status: 'protected' },
      { asOf: '12-02', customer: 'C1', status: 'released' },
    ],
  },
  {
    name: 'first-receptionist R5: only a buyer bringing a friend passes the friend to their agent',
    preset: 'first-receptionist',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '王五', 'C6', { referrer: 'C1' }],
      ['V', '11-20', '王五', 'C1'],
    ],
    checks: [{ customer: 'C6', owner: '王五' }],
  },
  {
    name: 'daily-chem-filing: another agent’s order after the filing lapsed leaves the customer ② (filed, unprotected)',
    preset: 'daily-chem-filing',
    rows: [
      ['R', '08-01', '张三', 'C1'],
      ['P', '11-10', '李四', 'C1'],
    ],
    checks: [
      { asOf: '11-11', customer: 'C1', status: 'released', label: '②已登记未合作无客户保护' },
      { asOf: '11-11', deal: 'C1', performance: all('李四'), rule: 'decide/D8' },
    ],
  },
  {
    name: 'common/DEPARTED: a departed agent earns no new deal; the closer is credited',
    preset: 'deal-attribution',
    staff: [['张三', 'departed', '11-10']],
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-05', '张三', 'C1'],
      ['D', '12-20', '李四', 'C1'],
    ],
    checks: [
      { deal: 'C1', performance: all('李四'), rule: 'deal-attribution/R6' },
      { customer: 'C1', owner: '李四' },
    ],
  },
  {
    name: 'brokerage-viewing: a private deal with no viewing on record owes nothing and makes no owner',
    preset: 'brokerage-viewing',
    rows: [['D', '11-01', null, 'C1', { source: '业主自行交易', amount: 1_000_000 }]],
    checks: [
      { deal: 'C1', owed: null },
      { customer: 'C1', ownerKind: 'pool' },
    ],
  },
  ...DECISIONS,
  {
    name: 'tools-filing: lapses go to 市场部, departures to 营销副总经理',
    preset: 'tools-filing',
    staff: [['李四', 'departed', '08-10']],
    rows: [
      ['R', '08-01', '李四', 'C2'],
      ['R', '2026-01-05', '张三', 'C1'],
      ['D', '2026-01-10', '张三', 'C1'],
    ],
    checks: [
      { asOf: '2026-08-11', customer: 'C2', status: 'company', owner: '营销副总经理' },
      { asOf: '2026-08-11', customer: 'C1', status: 'company', owner: '市场部' },
    ],
  },
];
