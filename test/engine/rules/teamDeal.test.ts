// teamDeal (rules/team.ts, deal-attribution R7). Boundary: closed on the first visit's day; the
// day after is the agent's; override: the team's sources.
import { dealsOf, run, type Row } from '../../helpers/scenario';
import { policy } from './helpers';

const rows = (date: string, source = '开发商关系'): Row[] => [
  ['V', '11-01', '李四', 'C7', { source }],
  ['D', date, '李四', 'C7'],
];

test('deal-attribution R7: closed on the spot, the team is credited', () => {
  expect(dealsOf(run({ preset: 'deal-attribution', rows: rows('11-01') }), 'C7')[0]).toMatchObject({
    performance: { 项目全体: 1 },
    rules: ['deal-attribution/R7'],
  });
});

test('deal-attribution R7: closed the day after, the agent is', () => {
  expect(dealsOf(run({ preset: 'deal-attribution', rows: rows('11-02') }), 'C7')[0].performance).toEqual({ 李四: 1 });
});

test('override: the policy’s sources and label', () => {
  const p = policy({
    preset: 'deal-attribution',
    team: { sources: ['物业'], label: '全案组', rule: 'deal-attribution/R7' },
  });
  expect(
    dealsOf(run({ preset: 'deal-attribution', rows: rows('11-01', '物业推荐'), policy: p }), 'C7')[0].performance,
  ).toEqual({ 全案组: 1 });
  expect(dealsOf(run({ preset: 'deal-attribution', rows: rows('11-01'), policy: p }), 'C7')[0].performance).toEqual({
    李四: 1,
  });
});
