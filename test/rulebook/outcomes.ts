// Rule tests for the deal and outcome decisions of rulebook §10 (decide/D3, D6, D8, D9, D11,
// D17, D21, D22, D23, D24) and the widened common/DEPARTED, in the table form of table.ts.
// Each name starts with the decision it proves.
import type { Case } from './table';

export const OUTCOMES: Case[] = [
  // decide/D22: a weak deal row still counts for its agent, on 问题 and 冲突.
  { name: 'decide/D22: a deal row without the customer’s name (dafang R9) counts 100% for its agent, to verify', preset: 'dafang', rows: [['D', '11-01', '张三', 'C1'], ['D', '11-10', '李四', 'C1', { name: null }]], checks: [{ deal: 'C1', performance: { 李四: 1 }, commission: { 李四: 1 }, rule: 'decide/D22' }, { conflict: 'unverified-deal', rule: 'decide/D22' }, { issue: { sheet: '来访登记', row: 3, level: 'weak' } }, { customer: 'C1', owner: '张三', status: 'protected' }] },
  { name: 'decide/D22: a weak deal moves no claim', preset: 'first-contact', rows: [['V', '11-01', '张三', 'C1'], ['D', '11-05', '李四', 'C1', { name: null }]], checks: [{ customer: 'C1', owner: '张三', status: 'protected' }, { row: 3, rule: 'decide/D22' }] },
  // decide/D23: a repeated deal row is one entry.
  { name: 'decide/D23: a copied deal row is listed and counted once', preset: 'cross-customer', rows: [['V', '11-01', '张三', 'C1'], ['D', '11-05', '张三', 'C1', { amount: 100 }], ['D', '11-05', '张三', 'C1', { amount: 100 }]], checks: [{ row: 4, rule: 'decide/D23' }, { issue: { sheet: '来访登记', row: 4, level: 'note' } }, { deal: 'C1', performance: { 张三: 1 } }] },

  // decide/D24: seen, never owned.
  { name: 'decide/D24: a walk-in nobody received is unowned, not released', preset: 'cross-customer', rows: [['V', '11-01', null, 'C1']], checks: [{ customer: 'C1', status: 'unowned', ownerKind: 'pool', owner: null, rule: 'decide/D24' }] },
  { name: 'decide/D24: weak rows only leave the customer unowned', preset: 'dafang', rows: [['V', '11-01', '张三', 'C1', { name: null }]], checks: [{ customer: 'C1', status: 'unowned', ownerKind: 'pool', rule: 'decide/D24' }] },
  { name: 'decide/D24: a row that gives no claim leaves the customer unowned', preset: 'deal-attribution', rows: [['C', '11-01', '张三', 'C1']], checks: [{ customer: 'C1', status: 'unowned', ownerKind: 'pool', rule: 'decide/D24' }] },
  { name: 'decide/D24: the next valid contact by an agent owns an unowned customer', preset: 'cross-customer', rows: [['V', '11-01', null, 'C1'], ['V', '11-03', '李四', 'C1']], checks: [{ asOf: '11-02', customer: 'C1', status: 'unowned' }, { asOf: '11-03', customer: 'C1', status: 'protected', owner: '李四' }] },
  { name: 'decide/D24: a lapsed claim stays released', preset: 'cross-customer', rows: [['V', '11-01', '张三', 'C1']], checks: [{ asOf: '11-09', customer: 'C1', status: 'released' }] },
  { name: 'decide/D24: presets that say otherwise keep their rule (park-report R2: 园区)', preset: 'park-report', rows: [['V', '11-03', null, 'C1']], checks: [{ asOf: '11-04', customer: 'C1', status: 'company', owner: '园区' }] },
  { name: 'decide/D24: presets that say otherwise keep their rule (marketing-center R3: a call awaits the manager)', preset: 'marketing-center', rows: [['C', '11-01', '张三', 'C1']], checks: [{ asOf: '11-02', customer: 'C1', status: 'company' }] },
  { name: 'decide/D24: presets that say otherwise keep their rule (daily-chem-filing ①)', preset: 'daily-chem-filing', rows: [['P', '08-01', '李四', 'C2']], checks: [{ asOf: '08-02', customer: 'C2', status: 'unregistered' }] },
];
