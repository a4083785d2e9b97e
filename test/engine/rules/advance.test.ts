// advance (src/engine/rules/advance.ts): what happens while nothing is written on the register.
import { advance } from '../../../src/engine/rules/advance';
import { day, fold, policy } from './harness';

describe('advance', () => {
  test('cross-customer/R4.1: a contact on 11-01 holds through 11-08 (boundary day)', () => {
    const { ctx, s } = fold(policy('cross-customer'), [['V', '11-01', '张三', 'C1']]);
    advance(ctx, s, day('11-08'));
    expect([s.owner.name, s.status]).toEqual(['张三', 'protected']);
  });
  test('cross-customer/R4.1: and lapses to the pool on 11-09 (the day after, decide/D5)', () => {
    const { ctx, s } = fold(policy('cross-customer'), [['V', '11-01', '张三', 'C1']]);
    advance(ctx, s, day('11-09'));
    expect([s.owner.kind, s.status, s.rules]).toEqual(['pool', 'released', ['cross-customer/R4.1', 'decide/D5']]);
    expect(ctx.changes.map((c) => c.day)).toEqual([day('11-01'), day('11-09')]);
  });
  test('policy override: a 3-day window lapses on the fourth day', () => {
    const { ctx, s } = fold(policy('cross-customer', { claim: { window: { days: 3 } } }), [
      ['V', '11-01', '张三', 'C1'],
    ]);
    advance(ctx, s, day('11-04'));
    expect(s.status).toBe('protected');
    advance(ctx, s, day('11-05'));
    expect(s.status).toBe('released');
  });
  test('cross-customer/R3 (decide/D4): a call-back still due holds past the window, then the manager', () => {
    const { ctx, s } = fold(policy('cross-customer'), [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-08', '李四', 'C1'],
    ]);
    advance(ctx, s, day('11-09'));
    expect(s.status).toBe('protected');
    advance(ctx, s, day('11-10'));
    expect([s.owner.name, s.status]).toEqual(['销售经理', 'company']);
    expect(ctx.conflicts.map((c) => c.kind)).toEqual(['callback-missed']);
  });
  test('park-report/R2: a report holds through day 5 and lapses on day 6', () => {
    const { ctx, s } = fold(policy('park-report'), [['R', '11-01', '张三', 'C1']]);
    advance(ctx, s, day('11-06'));
    expect(s.status).toBe('pending-visit');
    advance(ctx, s, day('11-07'));
    expect([s.status, s.rules]).toEqual(['released', ['park-report/R2']]);
  });
  test('common/DEPARTED: the departure day sends the customer to the manager', () => {
    const { ctx, s } = fold(policy('first-contact'), [['V', '11-01', '张三', 'C1']], {
      staff: [['张三', 'departed', '11-05']],
    });
    advance(ctx, s, day('11-04'));
    expect(s.owner.name).toBe('张三');
    advance(ctx, s, day('11-05'));
    expect([s.owner.name, s.status]).toEqual(['销售经理', 'company']);
  });
});
