// bookedDeal (src/engine/rules/establish.ts): dafang R10, decide/D7.
import { bookedDeal } from '../../../src/engine/rules/establish';
import { fold, policy } from './harness';

describe('bookedDeal', () => {
  test('decide/D7: a first deal on the booking’s last day (a month on) is the booking agent’s', () => {
    const { ctx, s, evs } = fold(
      policy('dafang'),
      [
        ['C', '11-01', '张三', 'C1'],
        ['D', '12-01', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    const d = bookedDeal(ctx, s, evs[1]);
    expect([d?.performance, d?.rules]).toEqual([{ 张三: 1 }, ['dafang/R10', 'decide/D7']]);
  });
  test('decide/D7: the day after, the booking has lapsed', () => {
    const { ctx, s, evs } = fold(
      policy('dafang'),
      [
        ['C', '11-01', '张三', 'C1'],
        ['D', '12-02', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    expect(bookedDeal(ctx, s, evs[1])).toBeNull();
  });
  test('dafang/R6: the booking agent resting that day shares 50/50', () => {
    const { ctx, s, evs } = fold(
      policy('dafang'),
      [
        ['C', '11-01', '张三', 'C1'],
        ['D', '11-05', '李四', 'C1'],
      ],
      { keep: 1, staff: [['张三', 'rest', '11-05']] },
    );
    expect(bookedDeal(ctx, s, evs[1])?.performance).toEqual({ 张三: 0.5, 李四: 0.5 });
  });
  test('policy override: a two-month after-deal window keeps the booking live longer', () => {
    const { ctx, s, evs } = fold(
      policy('dafang', { closed: { window: { months: 2 } } }),
      [
        ['C', '11-01', '张三', 'C1'],
        ['D', '12-20', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    expect(bookedDeal(ctx, s, evs[1])?.performance).toEqual({ 张三: 1 });
  });
});
