// owedOf (rules/owed.ts, brokerage-viewing R1/R2): a deal closed elsewhere within the viewing's
// protection owes the fee. Boundary: 12 months to the day; the day after; override: rate, months.
import { dealsOf, run, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows = (date: string): Row[] => [
  ['W', '2026-01-10', '张三', 'C1'],
  ['D', date, null, 'C1', { source: '他司', amount: 1_000_000 }],
];

test('brokerage-viewing R2: closed elsewhere on the last protected day owes 3%', () => {
  expect(dealsOf(run({ preset: 'brokerage-viewing', rows: rows('2027-01-10') }), 'C1')[0]).toMatchObject({
    owed: { agent: '张三', amount: 30_000 },
    rules: ['brokerage-viewing/R2', 'decide/D10'],
  });
});

test('brokerage-viewing R2: the day after the 12 months nothing is owed', () => {
  expect(dealsOf(run({ preset: 'brokerage-viewing', rows: rows('2027-01-11') }), 'C1')[0].owed).toBeNull();
});

test('override: 6 months and 2% are the policy’s numbers', () => {
  const p = policy({ preset: 'brokerage-viewing', claim: { window: { months: 6 } }, owed: { rate: 0.02 } });
  expect(dealsOf(run({ preset: 'brokerage-viewing', rows: rows('2026-07-10'), policy: p }), 'C1')[0].owed).toEqual({
    agent: '张三',
    amount: 20_000,
  });
  expect(dealsOf(run({ preset: 'brokerage-viewing', rows: rows('2026-07-11'), policy: p }), 'C1')[0].owed).toBeNull();
});

test('brokerage-viewing R1: a private deal (业主自行交易) owes the same', () => {
  const r = run({
    preset: 'brokerage-viewing',
    rows: [
      ['W', '2026-01-10', '张三', 'C1'],
      ['D', '2026-03-01', null, 'C1', { source: '业主自行交易', amount: 500_000 }],
    ],
  });
  expect(dealsOf(r, 'C1')[0]).toMatchObject({
    owed: { agent: '张三', amount: 15_000 },
    rules: ['brokerage-viewing/R1', 'decide/D10'],
  });
});
