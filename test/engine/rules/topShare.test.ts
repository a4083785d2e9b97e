// topShare (rules/shares.ts): who owns after a deal: the largest performance share; ties keep
// the current owner.
import { topShare } from '../../../src/engine/rules/shares';

test('the largest share wins', () => {
  expect(topShare({ 张三: 0.3, 李四: 0.7 }, '张三')).toBe('李四');
});

test('a tie keeps the current owner, whatever the order', () => {
  expect(topShare({ 李四: 0.5, 张三: 0.5 }, '张三')).toBe('张三');
  expect(topShare({ 张三: 0.5, 李四: 0.5 }, '李四')).toBe('李四');
});

test('no current owner: the first largest', () => {
  expect(topShare({ 张三: 1 }, null)).toBe('张三');
  expect(topShare({}, null)).toBeNull();
});
