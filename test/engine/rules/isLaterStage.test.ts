// isLaterStage / carryStage (rules/stages.ts, rulebook §5, decide/D11). Boundary: a 签约 on the
// last day of the claim and the day after both carry the 定金's split; override: payments as
// orders or as a purchase's last stage.
import { dealsOf, run, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows = (date: string, unit?: string): Row[] => [
  ['Dp', '11-01', '张三', 'C1', { unit: '1-101' }],
  ['D', date, '李四', 'C1', { unit: unit ?? '1-101' }],
];

test('rulebook §5: a 签约 while the claim holds (its last day) carries the split', () => {
  const d = dealsOf(run({ preset: 'dafang', rows: rows('12-01') }), 'C1');
  expect(d[1]).toMatchObject({ performance: { 张三: 1 } });
  expect(d[1].rules).not.toContain('decide/D11');
});

test('decide/D11: the day after the claim lapsed the 签约 still carries the split', () => {
  expect(dealsOf(run({ preset: 'dafang', rows: rows('12-02') }), 'C1')[1]).toMatchObject({
    performance: { 张三: 1 },
    rules: ['dafang/R1', 'decide/D11'],
  });
});

test('decide/D11: another 房号 is another purchase', () => {
  expect(dealsOf(run({ preset: 'dafang', rows: rows('12-02', '2-202') }), 'C1')[1].performance).toEqual({ 李四: 1 });
});

test('override: with payments as a purchase’s last stage, a 回款 carries the split', () => {
  const payment: Row[] = [
    ['Dp', '11-01', '张三', 'C1'],
    ['P', '11-20', '李四', 'C1'],
  ];
  expect(dealsOf(run({ preset: 'dafang', rows: payment }), 'C1')[1].performance).toEqual({ 张三: 1 });
  const p = policy({ preset: 'dafang', closed: { paymentsAreOrders: true } });
  expect(run({ preset: 'dafang', rows: payment, policy: p }).deals[1].purchaseOf).toBeNull();
  const q = policy({ preset: 'dafang', closed: { paymentsAreOrders: false } });
  expect(run({ preset: 'dafang', rows: payment, policy: q }).deals[1].purchaseOf).toEqual({
    sheet: '来访登记',
    row: 2,
  });
});
