// departedDeal (rules/departedDeal.ts, common/DEPARTED). Boundary: a deal the day before the
// departure is judged for the owner; on the departure day the closer is credited; override: the
// preset's target.
import { dealsOf, run, view, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows = (date: string): Row[] => [
  ['V', '11-01', '张三', 'C1'],
  ['V', date, '李四', 'C1'],
  ['D', date, '李四', 'C1'],
];
const staff: [string, 'departed', string][] = [['张三', 'departed', '11-10']];

test('reception-rotation R2: the day before the departure, the owner keeps 70', () => {
  expect(dealsOf(run({ preset: 'reception-rotation', rows: rows('11-09'), staff }), 'C1')[0].performance).toEqual({
    张三: 0.7,
    李四: 0.3,
  });
});

test('common/DEPARTED: from the departure day the closer is credited and owns', () => {
  const r = run({ preset: 'reception-rotation', rows: rows('11-10'), staff });
  expect(dealsOf(r, 'C1')[0]).toMatchObject({ performance: { 李四: 1 } });
  expect(view(r, 'C1').owner).toBe('李四');
});

test('override: the preset’s target waits for the manager', () => {
  const p = policy({ preset: 'reception-rotation', departed: { to: '营销经理' } });
  expect(
    view(run({ preset: 'reception-rotation', rows: [['V', '11-01', '张三', 'C1']], staff, policy: p }, '11-10'), 'C1'),
  ).toMatchObject({ owner: '营销经理', status: 'company' });
});
