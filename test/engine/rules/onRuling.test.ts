// onRuling (rules/ruling.ts, common/RULING, decide/D17, case-field R10). Boundary: the window
// restarted by the ruling, its last day and the day after; override: the window and the words.
import { run, view, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows: Row[] = [['V', '11-01', '张三', 'C1']];

test('decide/D17: the ruling’s window holds through its last day', () => {
  const r = run({ preset: 'cross-customer', rows, rulings: [['11-12', 'C1', '李四', '经理分配']] }, '11-19');
  expect(view(r, 'C1')).toMatchObject({ owner: '李四', status: 'protected', through: '2026-11-19' });
});

test('decide/D17: and lapses the day after', () => {
  expect(view(run({ preset: 'cross-customer', rows, rulings: [['11-12', 'C1', '李四']] }, '11-20'), 'C1').status).toBe(
    'released',
  );
});

test('override: a 3-day window runs from the ruling', () => {
  const p = policy({ preset: 'cross-customer', claim: { window: { days: 3 } } });
  expect(
    view(run({ preset: 'cross-customer', rows, rulings: [['11-12', 'C1', '李四']], policy: p }, '11-15'), 'C1').through,
  ).toBe('2026-11-15');
});

test('common/RULING: 公海 releases and 公司 sends the customer to the manager', () => {
  expect(
    view(run({ preset: 'cross-customer', rows, rulings: [['11-03', 'C1', '公海']] }, '11-03'), 'C1'),
  ).toMatchObject({ status: 'released', ownerKind: 'pool' });
  expect(
    view(run({ preset: 'cross-customer', rows, rulings: [['11-03', 'C1', '公司']] }, '11-03'), 'C1'),
  ).toMatchObject({ status: 'company', owner: '销售经理' });
});

test('case-field R10b: a stand-in ruling leaves the owner', () => {
  const r = run(
    { preset: 'case-field', rows, rulings: [['11-05', 'C1', '王五', '投诉，非顾问原因，指定接待']] },
    '11-06',
  );
  expect(view(r, 'C1').owner).toBe('张三');
});
