// onDeal (rules/deal.ts): a deal on a held customer is judged for the owner; on an open one the
// closer owns. Boundary: the window's last day and the day after; override: a longer window.
import { dealsOf, run, view, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows = (date: string): Row[] => [
  ['V', '11-01', '张三', 'C1'],
  ['D', date, '李四', 'C1'],
];

test('cross-customer R3: a deal by another agent on the window’s last day is the owner’s', () => {
  const r = run({ preset: 'cross-customer', rows: rows('11-08') });
  expect(dealsOf(r, 'C1')[0].performance).toEqual({ 张三: 1 });
  expect(r.conflicts.map((c) => c.kind)).toContain('deal-by-other');
});

test('cross-customer R1: the day after the window the closer is credited and owns', () => {
  const r = run({ preset: 'cross-customer', rows: rows('11-09') });
  expect(dealsOf(r, 'C1')[0]).toMatchObject({ performance: { 李四: 1 }, rules: ['cross-customer/R1'] });
  expect(view(r, 'C1')).toMatchObject({ owner: '李四', status: 'closed' });
});

test('override: an 8-day window keeps the day after for the owner', () => {
  const p = policy({ preset: 'cross-customer', claim: { window: { days: 8 } } });
  expect(dealsOf(run({ preset: 'cross-customer', rows: rows('11-09'), policy: p }), 'C1')[0].performance).toEqual({
    张三: 1,
  });
});
