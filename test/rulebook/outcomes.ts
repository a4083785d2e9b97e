// Rule tests for the deal and outcome decisions of rulebook §10 (decide/D3, D6, D8, D9, D11,
// D17, D21, D22, D23, D24) and the widened common/DEPARTED, in the table form of table.ts.
// Each name starts with the decision it proves.
import type { Case } from './table';

export const OUTCOMES: Case[] = [
  // decide/D3: a channel customer's deal.
  {
    name: 'decide/D3: a channel customer’s deal is 100% the receiving agent’s; the owner stays the channel, closed',
    preset: 'channel-confirm',
    rows: [
      ['Rep', '11-10', null, 'C1', { channel: '渠道A', broker: '小明' }],
      ['V', '11-11', '张三', 'C1'],
      ['V', '11-13', '李四', 'C1'],
      ['D', '11-13', '李四', 'C1'],
    ],
    checks: [
      { deal: 'C1', performance: { 张三: 1 }, commission: { 张三: 1 }, rule: 'decide/D3' },
      { customer: 'C1', owner: '渠道A/小明', ownerKind: 'channel', status: 'closed' },
    ],
  },
  // decide/D6: tools-filing R2, R3.
  {
    name: 'decide/D6: a filing alone is protected 3 months from its date (tools-filing R2)',
    preset: 'tools-filing',
    rows: [['R', '08-01', '张三', 'C1']],
    checks: [
      { asOf: '11-01', customer: 'C1', owner: '张三', status: 'protected', through: '2026-11-01', rule: 'decide/D6' },
      { asOf: '11-02', customer: 'C1', status: 'released' },
    ],
  },
  {
    name: 'decide/D6: with sales, other agents’ visits stay barred after the 3 months, on 冲突, until R3',
    preset: 'tools-filing',
    rows: [
      ['R', '08-01', '张三', 'C1'],
      ['D', '08-10', '张三', 'C1'],
      ['V', '12-01', '李四', 'C1'],
    ],
    checks: [
      { asOf: '12-02', customer: 'C1', owner: '张三' },
      { asOf: '12-02', conflict: 'forbidden-contact', rule: 'decide/D6' },
      { asOf: '2027-02-11', customer: 'C1', status: 'company', owner: '市场部' },
    ],
  },
  // decide/D8: daily-chem-filing R2, R3.
  {
    name: 'decide/D8: the filer’s payment after the filing lapsed makes the customer ③ again, R3 running from it',
    preset: 'daily-chem-filing',
    rows: [
      ['R', '08-01', '张三', 'C1'],
      ['P', '11-10', '张三', 'C1'],
    ],
    checks: [
      {
        asOf: '11-11',
        customer: 'C1',
        owner: '张三',
        status: 'protected',
        label: '③正合作有客户保护',
        rule: 'decide/D8',
      },
      { asOf: '2027-02-10', customer: 'C1', label: '③正合作有客户保护' },
      { asOf: '2027-02-11', customer: 'C1', label: '④正合作客户保护释放预警' },
    ],
  },
  {
    name: 'decide/D8: after the release another agent’s filing holds (先建先得)',
    preset: 'daily-chem-filing',
    rows: [
      ['R', '08-01', '张三', 'C1'],
      ['R', '11-05', '李四', 'C1'],
      ['P', '11-10', '张三', 'C1'],
    ],
    checks: [{ asOf: '11-11', customer: 'C1', owner: '李四' }],
  },
  // decide/D9: developer-direct R1, R2.
  {
    name: 'decide/D9: a confirmation without 优惠后单价 is incomplete → agency',
    preset: 'developer-direct',
    rows: [
      ['Conf', '11-01', null, 'C1', { discountPrice: null }],
      ['V', '11-02', '张三', 'C1'],
      ['D', '11-10', '张三', 'C1'],
    ],
    checks: [{ deal: 'C1', category: 'agency', rule: 'decide/D9' }, { issue: { sheet: '客户备案', row: 2 } }],
  },
  {
    name: 'decide/D9: surname + title meets the full name (魏女士 = 魏丽) → direct',
    preset: 'developer-direct',
    rows: [
      ['Conf', '11-01', null, 'C1', { name: '魏女士' }],
      ['V', '11-02', '张三', 'C1', { name: '魏丽' }],
      ['D', '11-10', '张三', 'C1', { name: '魏丽' }],
    ],
    checks: [{ deal: 'C1', category: 'direct', rule: 'decide/D9' }],
  },
  {
    name: 'decide/D9: another full name of the same surname (赵一 / 赵二) → agency',
    preset: 'developer-direct',
    rows: [
      ['Conf', '11-01', null, 'C1', { name: '赵一' }],
      ['V', '11-02', '张三', 'C1', { name: '赵一' }],
      ['D', '11-10', '张三', 'C1', { name: '赵二' }],
    ],
    checks: [{ deal: 'C1', category: 'agency', rule: 'decide/D9' }],
  },
  // decide/D11: stages of one purchase.
  {
    name: 'decide/D11: a 签约 after the claim lapsed carries the 定金’s split',
    preset: 'dafang',
    rows: [
      ['Dp', '11-01', '张三', 'C1'],
      ['D', '12-20', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: { 张三: 1 }, commission: { 张三: 1 }, rule: 'decide/D11' }],
  },
  {
    name: 'decide/D11: a 定金 after a 签约 starts a new purchase',
    preset: 'reception-rotation',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['Dp', '11-02', '张三', 'C1'],
      ['D', '11-05', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
      ['Dp', '11-20', '李四', 'C1'],
    ],
    checks: [{ deal: 'C1', performance: { 张三: 0.7, 李四: 0.3 }, rule: 'reception-rotation/R2' }],
  },
  {
    name: 'decide/D11: another 房号 starts a new purchase',
    preset: 'dafang',
    rows: [
      ['Dp', '11-01', '张三', 'C1', { unit: '1-101' }],
      ['D', '12-20', '李四', 'C1', { unit: '2-202' }],
    ],
    checks: [{ deal: 'C1', performance: { 李四: 1 } }],
  },
  // decide/D17: a ruling restarts the windows.
  {
    name: 'decide/D17: a ruling on a lapsed customer restarts the window from its date',
    preset: 'cross-customer',
    rows: [['V', '11-01', '张三', 'C1']],
    rulings: [['11-12', 'C1', '李四', '经理分配']],
    checks: [
      { asOf: '11-19', customer: 'C1', owner: '李四', status: 'protected', through: '2026-11-19', rule: 'decide/D17' },
      { asOf: '11-20', customer: 'C1', status: 'released' },
    ],
  },
  {
    name: 'decide/D17: in a filing preset the ruling counts as the new owner’s filing (⑥)',
    preset: 'daily-chem-filing',
    rows: [['R', '08-01', '张三', 'C1']],
    rulings: [['11-05', 'C1', '李四', '经理分配']],
    checks: [
      {
        asOf: '11-06',
        customer: 'C1',
        owner: '李四',
        status: 'protected',
        label: '⑥已登记未合作有客户保护',
        rule: 'decide/D17',
      },
      { asOf: '2027-02-06', customer: 'C1', status: 'released' },
    ],
  },
  {
    name: 'decide/D17: a ruling after a sale restarts R3’s clock from the ruling (the later of the two)',
    preset: 'tools-filing',
    rows: [
      ['R', '2026-01-05', '张三', 'C1'],
      ['D', '2026-01-10', '张三', 'C1'],
    ],
    rulings: [['2026-05-01', 'C1', '李四', '经理分配']],
    checks: [
      { asOf: '2026-11-01', customer: 'C1', owner: '李四', rule: 'decide/D17' },
      { asOf: '2026-11-02', customer: 'C1', status: 'company' },
      { asOf: '2026-11-02', deal: 'C1', performance: { 张三: 1 } },
    ],
  },
  // decide/D21: reception-rotation, a designated agent owns like a first receptionist.
  {
    name: 'decide/D21: a deal another agent closes on a designated agent’s customer is split 70/30',
    preset: 'reception-rotation',
    rows: [
      ['V', '11-01', '李四', 'C2', { designated: '张三' }],
      ['V', '11-05', '王五', 'C2'],
      ['D', '11-05', '王五', 'C2'],
    ],
    checks: [
      { deal: 'C2', performance: { 张三: 0.7, 王五: 0.3 }, commission: { 张三: 0.7, 王五: 0.3 }, rule: 'decide/D21' },
    ],
  },
  {
    name: 'decide/D21: a designated agent whose only own contact was brief gets 30',
    preset: 'reception-rotation',
    rows: [
      ['V', '11-01', '李四', 'C2', { designated: '张三' }],
      ['V', '11-02', '张三', 'C2', { brief: true }],
      ['V', '11-06', '王五', 'C2'],
      ['D', '11-06', '王五', 'C2'],
    ],
    checks: [{ deal: 'C2', performance: { 张三: 0.3, 王五: 0.7 }, rule: 'decide/D21' }],
  },
  // common/DEPARTED, widened.
  {
    name: 'common/DEPARTED: a departed agent’s closed customer goes to the manager from the departure day',
    preset: 'reception-rotation',
    staff: [['张三', 'departed', '11-10']],
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-05', '张三', 'C1'],
    ],
    checks: [
      { asOf: '11-09', customer: 'C1', owner: '张三', status: 'closed' },
      { asOf: '11-10', customer: 'C1', owner: '销售经理', status: 'company', rule: 'common/DEPARTED' },
      { asOf: '11-10', deal: 'C1', performance: { 张三: 1 } },
    ],
  },
  {
    name: 'common/DEPARTED: a repeat purchase after the departure is not theirs',
    preset: 'deal-attribution',
    staff: [['张三', 'departed', '11-10']],
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-05', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
      ['D', '11-25', '李四', 'C1'],
    ],
    checks: [
      { deal: 'C1', performance: { 李四: 1 } },
      { customer: 'C1', owner: '李四' },
    ],
  },
  {
    name: 'common/DEPARTED: a referral after the departure is not theirs',
    preset: 'first-contact',
    staff: [['张三', 'departed', '11-10']],
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-05', '张三', 'C1'],
      ['V', '11-15', '李四', 'C2', { referrer: 'C1' }],
    ],
    checks: [{ customer: 'C2', owner: '李四' }],
  },
  {
    name: 'common/DEPARTED: the preset’s target reassigns (tools-filing: 营销副总经理, decide/D6)',
    preset: 'tools-filing',
    staff: [['张三', 'departed', '09-01']],
    rows: [
      ['R', '08-01', '张三', 'C1'],
      ['D', '08-10', '张三', 'C1'],
    ],
    checks: [{ asOf: '09-02', customer: 'C1', owner: '营销副总经理', status: 'company' }],
  },

  // decide/D22: a weak deal row still counts for its agent, on 问题 and 冲突.
  {
    name: 'decide/D22: a deal row without the customer’s name (dafang R9) counts 100% for its agent, to verify',
    preset: 'dafang',
    rows: [
      ['D', '11-01', '张三', 'C1'],
      ['D', '11-10', '李四', 'C1', { name: null }],
    ],
    checks: [
      { deal: 'C1', performance: { 李四: 1 }, commission: { 李四: 1 }, rule: 'decide/D22' },
      { conflict: 'unverified-deal', rule: 'decide/D22' },
      { issue: { sheet: '来访登记', row: 3, level: 'weak' } },
      { customer: 'C1', owner: '张三', status: 'protected' },
    ],
  },
  {
    name: 'decide/D22: a weak deal moves no claim',
    preset: 'first-contact',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-05', '李四', 'C1', { name: null }],
    ],
    checks: [
      { customer: 'C1', owner: '张三', status: 'protected' },
      { row: 3, rule: 'decide/D22' },
    ],
  },
  // decide/D23: a repeated deal row is one entry.
  {
    name: 'decide/D23: a copied deal row is listed and counted once',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-05', '张三', 'C1', { amount: 100 }],
      ['D', '11-05', '张三', 'C1', { amount: 100 }],
    ],
    checks: [
      { row: 4, rule: 'decide/D23' },
      { issue: { sheet: '来访登记', row: 4, level: 'note' } },
      { deal: 'C1', performance: { 张三: 1 } },
    ],
  },

  // decide/D24: seen, never owned.
  {
    name: 'decide/D24: a walk-in nobody received is unowned, not released',
    preset: 'cross-customer',
    rows: [['V', '11-01', null, 'C1']],
    checks: [{ customer: 'C1', status: 'unowned', ownerKind: 'pool', owner: null, rule: 'decide/D24' }],
  },
  {
    name: 'decide/D24: weak rows only leave the customer unowned',
    preset: 'dafang',
    rows: [['V', '11-01', '张三', 'C1', { name: null }]],
    checks: [{ customer: 'C1', status: 'unowned', ownerKind: 'pool', rule: 'decide/D24' }],
  },
  {
    name: 'decide/D24: a row that gives no claim leaves the customer unowned',
    preset: 'deal-attribution',
    rows: [['C', '11-01', '张三', 'C1']],
    checks: [{ customer: 'C1', status: 'unowned', ownerKind: 'pool', rule: 'decide/D24' }],
  },
  {
    name: 'decide/D24: the next valid contact by an agent owns an unowned customer',
    preset: 'cross-customer',
    rows: [
      ['V', '11-01', null, 'C1'],
      ['V', '11-03', '李四', 'C1'],
    ],
    checks: [
      { asOf: '11-02', customer: 'C1', status: 'unowned' },
      { asOf: '11-03', customer: 'C1', status: 'protected', owner: '李四' },
    ],
  },
  {
    name: 'decide/D24: a lapsed claim stays released',
    preset: 'cross-customer',
    rows: [['V', '11-01', '张三', 'C1']],
    checks: [{ asOf: '11-09', customer: 'C1', status: 'released' }],
  },
  {
    name: 'decide/D24: presets that say otherwise keep their rule (park-report R2: 园区)',
    preset: 'park-report',
    rows: [['V', '11-03', null, 'C1']],
    checks: [{ asOf: '11-04', customer: 'C1', status: 'company', owner: '园区' }],
  },
  {
    name: 'decide/D24: presets that say otherwise keep their rule (marketing-center R3: a call awaits the manager)',
    preset: 'marketing-center',
    rows: [['C', '11-01', '张三', 'C1']],
    checks: [{ asOf: '11-02', customer: 'C1', status: 'company' }],
  },
  {
    name: 'decide/D24: presets that say otherwise keep their rule (daily-chem-filing ①)',
    preset: 'daily-chem-filing',
    rows: [['P', '08-01', '李四', 'C2']],
    checks: [{ asOf: '08-02', customer: 'C2', status: 'unregistered' }],
  },
];
