// splitByOther (rules/splitByOther.ts): the preset's ordered split rules for a deal closed by
// another agent. Boundary: marketing-center R4's same day and the day after; override: the numbers.
import { dealsOf, run, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows = (date: string): Row[] => [
  ['V', '11-01', '张三', 'C1'],
  ['F', '11-03', '张三', 'C1'],
  ['V', '11-05', '王五', 'C1'],
  ['D', date, '王五', 'C1'],
];

test('marketing-center R4: a deal the day the other agent received is split 50/50', () => {
  expect(dealsOf(run({ preset: 'marketing-center', rows: rows('11-05') }), 'C1')[0]).toMatchObject({
    performance: { 张三: 0.5, 王五: 0.5 },
    rules: ['marketing-center/R4'],
  });
});

test('marketing-center R4: a deal the day after is the owner’s', () => {
  expect(dealsOf(run({ preset: 'marketing-center', rows: rows('11-06') }), 'C1')[0].performance).toEqual({ 张三: 1 });
});

test('override: the split is the policy’s numbers; each such deal stands on 冲突', () => {
  const p = policy({
    preset: 'reception-rotation',
    deals: {
      byOther: [
        {
          when: 'always',
          performance: { owner: 0.6, closer: 0.4 },
          commission: 'equal',
          rule: 'reception-rotation/R2',
        },
      ],
    },
  });
  const r = run({
    preset: 'reception-rotation',
    rows: [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-05', '李四', 'C1'],
      ['D', '11-05', '李四', 'C1'],
    ],
    policy: p,
  });
  expect(dealsOf(r, 'C1')[0]).toMatchObject({
    performance: { 张三: 0.6, 李四: 0.4 },
    commission: { 张三: 0.5, 李四: 0.5 },
  });
  expect(r.conflicts.find((c) => c.kind === 'deal-by-other')?.reason.zh).toContain('张三 60% / 李四 40%');
});
