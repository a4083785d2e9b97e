// lateEvidence (rules/lateEvidence.ts, cross-customer R4.2). Boundary: the owner's row entered on
// deal day + 7 counts; entered the day after it does not; override: the number of days.
import { dealsOf, run, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows = (entered: string): Row[] => [
  ['V', '11-01', '张三', 'C1', { entered }],
  ['V', '11-04', '李四', 'C1'],
  ['D', '11-04', '李四', 'C1'],
];

test('cross-customer R4.2: entered on deal day + 7, the owner’s evidence counts', () => {
  expect(dealsOf(run({ preset: 'cross-customer', rows: rows('11-11') }), 'C1')[0].performance).toEqual({ 张三: 1 });
});

test('cross-customer R4.2: entered the day after, it does not; the case stands on 冲突, citing decide/D12', () => {
  const r = run({ preset: 'cross-customer', rows: rows('11-12') });
  expect(dealsOf(r, 'C1')[0]).toMatchObject({ performance: { 李四: 1 }, rules: ['cross-customer/R4.2', 'decide/D12'] });
  const late = r.conflicts.find((c) => c.kind === 'late-evidence');
  expect(late?.reason.rules).toEqual(expect.arrayContaining(['cross-customer/R4.2', 'decide/D12']));
  expect(late?.reason.rules).not.toContain('decide/D1');
});

test('override: 3 days', () => {
  const p = policy({
    preset: 'cross-customer',
    deals: { lateEvidence: { days: 3, rule: 'cross-customer/R4.2', kind: 'late-evidence' } },
  });
  expect(dealsOf(run({ preset: 'cross-customer', rows: rows('11-07'), policy: p }), 'C1')[0].performance).toEqual({
    张三: 1,
  });
  expect(dealsOf(run({ preset: 'cross-customer', rows: rows('11-08'), policy: p }), 'C1')[0].performance).toEqual({
    李四: 1,
  });
});
