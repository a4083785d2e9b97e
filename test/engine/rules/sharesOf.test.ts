// sharesOf (rules/shares.ts): a split rule's words or numbers into shares that sum to 1.
import { formatShares, sharesOf } from '../../../src/engine/rules/shares';

const parties = { owners: ['张三'], closer: '李四', team: '项目全体' };

test('owner, closer, team: all to one party', () => {
  expect(sharesOf('owner', parties)).toEqual({ 张三: 1 });
  expect(sharesOf('closer', parties)).toEqual({ 李四: 1 });
  expect(sharesOf('team', parties)).toEqual({ 项目全体: 1 });
});

test('equal: owners and closer share alike; co-owners split the owner part', () => {
  expect(sharesOf('equal', parties)).toEqual({ 张三: 0.5, 李四: 0.5 });
  expect(sharesOf({ owner: 0.7, closer: 0.3 }, { ...parties, owners: ['张三', '王五'] })).toEqual({
    张三: 0.35,
    王五: 0.35,
    李四: 0.3,
  });
});

test('override: fixed fractions as the policy writes them (reception-rotation R2 70/30)', () => {
  expect(sharesOf({ owner: 0.7, closer: 0.3 }, parties)).toEqual({ 张三: 0.7, 李四: 0.3 });
  expect(formatShares(sharesOf({ owner: 0.6, closer: 0.4 }, parties))).toBe('张三 60% / 李四 40%');
});

test('a closer who is an owner takes no second share', () => {
  expect(sharesOf({ owner: 0.7, closer: 0.3 }, { ...parties, closer: '张三' })).toEqual({ 张三: 1 });
});
