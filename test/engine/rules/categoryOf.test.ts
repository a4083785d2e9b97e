// categoryOf (rules/category.ts, developer-direct R1–R3, decide/D9). Boundary: a confirmation on
// the first visit's day; the day after; override: the discount words.
import { dealsOf, run, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows = (confirm: string, source?: string): Row[] => [
  ['V', '11-02', '张三', 'C1'],
  ['Conf', confirm, null, 'C1'],
  ['D', '11-10', '张三', 'C1', { source }],
];

test('developer-direct R1: a complete confirmation on the first visit’s day is direct', () => {
  expect(dealsOf(run({ preset: 'developer-direct', rows: rows('11-02') }), 'C1')[0]).toMatchObject({
    category: 'direct',
    rules: expect.arrayContaining(['developer-direct/R1', 'decide/D9']),
  });
});

test('developer-direct R2: a confirmation the day after the first visit is agency', () => {
  expect(dealsOf(run({ preset: 'developer-direct', rows: rows('11-03') }), 'C1')[0].category).toBe('agency');
});

test('developer-direct R1: completed after the deal day (entry stamp) is agency', () => {
  // Declared on time (an incomplete row of 11-01), completed by a row entered on or after the deal
  // day (issue 12 points 4 and 6: entry time decides, a correction completes what it corrects).
  const late: Row[] = [
    ['Conf', '11-01', null, 'C1', { unit: null }],
    ['V', '11-02', '张三', 'C1'],
    ['Conf', '11-05', null, 'C1', { entered: '11-11' }],
    ['D', '11-10', '张三', 'C1'],
  ];
  expect(dealsOf(run({ preset: 'developer-direct', rows: late }, '11-11'), 'C1')[0].category).toBe('agency');
  const inTime: Row[] = [
    ['Conf', '11-01', null, 'C1', { unit: null }],
    ['V', '11-02', '张三', 'C1'],
    ['Conf', '11-05', null, 'C1', { entered: '11-10' }],
    ['D', '11-10', '张三', 'C1'],
  ];
  expect(dealsOf(run({ preset: 'developer-direct', rows: inTime }), 'C1')[0].category).toBe('direct');
});

test('developer-direct R1 (issue 12 point 4): a single confirmation entered after the first visit is agency', () => {
  const backdated: Row[] = [
    ['Conf', '11-01', null, 'C1', { entered: '11-10' }],
    ['V', '11-02', '张三', 'C1'],
    ['D', '11-10', '张三', 'C1'],
  ];
  expect(dealsOf(run({ preset: 'developer-direct', rows: backdated }), 'C1')[0]).toMatchObject({
    category: 'agency',
    rules: expect.arrayContaining(['decide/D12']),
  });
});

test('override: developer-direct R3 reads the policy’s discount words', () => {
  const p = policy({ preset: 'developer-direct', category: { discountWords: ['团购价'] } });
  expect(
    dealsOf(run({ preset: 'developer-direct', rows: rows('11-03', '团购价'), policy: p }), 'C1')[0].rules,
  ).toContain('developer-direct/R3');
  expect(
    dealsOf(run({ preset: 'developer-direct', rows: rows('11-03', '甲方优惠'), policy: p }), 'C1')[0].rules,
  ).not.toContain('developer-direct/R3');
});
