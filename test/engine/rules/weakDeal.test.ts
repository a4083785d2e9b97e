// weakDeal (rules/weakDeal.ts, common/ID-VALID, decide/D22). Override: a preset that does not
// count a row without a name as weak judges the deal as any other.
import { dealsOf, run, view, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows: Row[] = [
  ['V', '11-01', '张三', 'C1'],
  ['D', '11-03', '李四', 'C1', { name: null }],
];

test('decide/D22: first-contact R4 — a deal row without a name counts for its agent, moves no claim', () => {
  const r = run({ preset: 'first-contact', rows });
  expect(dealsOf(r, 'C1')[0]).toMatchObject({ performance: { 李四: 1 }, rules: ['first-contact/R4', 'decide/D22'] });
  expect(r.deals[0].unverified).toBe(true);
  expect(view(r, 'C1').owner).toBe('张三');
});

test('override: without first-contact R4’s weak rows the deal is judged as a deal by another agent', () => {
  const p = policy({ preset: 'first-contact', identity: { weakWithoutName: null } });
  const r = run({ preset: 'first-contact', rows, policy: p });
  expect(r.deals[0]).toMatchObject({ unverified: false, performance: { 张三: 1 } });
});

test('decide/D22: a deal row with neither agent nor phone is credited to its 来源 or the house', () => {
  const r = run({ preset: 'cross-customer', rows: [['D', '11-03', null, 'C9', { noPhone: true }]] });
  expect(r.deals[0].performance).toEqual({ 公司: 1 });
});
