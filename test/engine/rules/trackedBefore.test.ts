// trackedBefore (src/engine/rules/contact.ts): walk-in-desk R4's 近3天 (decide/D19).
import { trackedBefore } from '../../../src/engine/rules/contact';
import { fold, policy } from './harness';

const p = policy('walk-in-desk');

describe('trackedBefore', () => {
  test('walk-in-desk/R4: a follow-up three days before the visit counts (boundary day)', () => {
    const { ctx, evs } = fold(p, [
      ['F', '11-07', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
    ]);
    expect(trackedBefore(ctx, '张三', evs[1], 3)?.ref).toEqual(evs[0].ref);
  });
  test('walk-in-desk/R4: four days before does not (the day after the window)', () => {
    const { ctx, evs } = fold(p, [
      ['F', '11-06', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
    ]);
    expect(trackedBefore(ctx, '张三', evs[1], 3)).toBeNull();
  });
  test('decide/D19: the visit day itself counts; with times only before the visit', () => {
    const same = fold(p, [
      ['F', '11-10', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
    ]);
    expect(trackedBefore(same.ctx, '张三', same.evs[1], 3)).not.toBeNull();
    const later = fold(p, [
      ['F', '11-10', '张三', 'C1', { time: '16:00' }],
      ['V', '11-10', '李四', 'C1', { time: '10:00' }],
    ]);
    expect(trackedBefore(later.ctx, '张三', later.evs[1], 3)).toBeNull();
  });
  test('policy override: offDayShare.days 5 reaches five days back', () => {
    const { ctx, evs } = fold(policy('walk-in-desk', { claim: { offDayShare: { days: 5 } } }), [
      ['F', '11-05', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
    ]);
    expect(trackedBefore(ctx, '张三', evs[1], ctx.policy.claim.offDayShare?.days ?? 0)).not.toBeNull();
  });
});
