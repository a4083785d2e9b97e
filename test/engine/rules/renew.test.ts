// renew (src/engine/rules/contact.ts): the owner's own contact keeps the claim alive.
import { renew } from '../../../src/engine/rules/contact';
import { advance } from '../../../src/engine/rules/advance';
import { through } from '../../../src/engine/state';
import { day, fold, policy } from './harness';

describe('renew', () => {
  test('cross-customer/R4.1: a follow-up on the last day (11-08) restarts the 7 days', () => {
    const { ctx, s, evs } = fold(
      policy('cross-customer'),
      [
        ['V', '11-01', '张三', 'C1'],
        ['F', '11-08', '张三', 'C1'],
      ],
      { keep: 1 },
    );
    advance(ctx, s, day('11-08'));
    renew(ctx, s, evs[1]);
    expect(through(s)).toBe(day('11-15'));
  });
  test('the day after the window the claim is gone, and a contact cannot renew what lapsed', () => {
    const { ctx, s } = fold(policy('cross-customer'), [['V', '11-01', '张三', 'C1']]);
    advance(ctx, s, day('11-09'));
    expect(s.status).toBe('released');
  });
  test('deal-attribution/R1 (decide/D20): a visit by the original restarts the month, a call does not', () => {
    const p = policy('deal-attribution');
    const visit = fold(
      p,
      [
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-20', '张三', 'C1'],
      ],
      { keep: 1 },
    );
    renew(visit.ctx, visit.s, visit.evs[1]);
    expect(through(visit.s)).toBe(day('12-20'));
    expect(visit.ctx.takeNote().rules).toContain('decide/D20');
    const call = fold(
      p,
      [
        ['V', '11-01', '张三', 'C1'],
        ['C', '11-20', '张三', 'C1'],
      ],
      { keep: 1 },
    );
    renew(call.ctx, call.s, call.evs[1]);
    expect(through(call.s)).toBe(day('12-01'));
  });
  test('policy override: renewBy null lets every contact of the original restart the month', () => {
    const { ctx, s, evs } = fold(
      policy('deal-attribution', { claim: { renewBy: null } }),
      [
        ['V', '11-01', '张三', 'C1'],
        ['C', '11-20', '张三', 'C1'],
      ],
      { keep: 1 },
    );
    renew(ctx, s, evs[1]);
    expect(through(s)).toBe(day('12-20'));
  });
  test('marketing-center/R2 (decide/D18): a call customer’s visit sets the 2-day first call-back', () => {
    const { ctx, s, evs } = fold(policy('marketing-center'), [['V', '11-05', '张三', 'C1']], { keep: 1 });
    // A call customer assigned to 张三: 14 days, no visit yet.
    s.owner = { kind: 'agent', name: '张三' };
    s.status = 'protected';
    s.span = ctx.policy.claim.callWindow;
    s.anchor = day('11-01');
    s.visited = true;
    renew(ctx, s, evs[0]);
    expect([s.span, s.firstFollowup?.due, through(s)]).toEqual([{ days: 7 }, day('11-07'), day('11-12')]);
  });
});
