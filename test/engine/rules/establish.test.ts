// establish (src/engine/rules/establish.ts): an event on a customer nobody holds.
import { establish } from '../../../src/engine/rules/establish';
import { advance } from '../../../src/engine/rules/advance';
import { fold, policy } from './harness';

describe('establish', () => {
  test('case-field/R7: a call alone goes to the manager', () => {
    const { ctx, s, evs } = fold(policy('case-field'), [['C', '11-01', '张三', 'C1']], { keep: 1 });
    establish(ctx, s, evs[0]);
    expect([s.owner.kind, s.status, s.rules]).toEqual(['company', 'company', ['case-field/R7']]);
  });
  test('first-contact/R1: a visit on the day after the last owner’s claim lapsed is a new claim', () => {
    const p = policy('first-contact', { claim: { window: { days: 7 } } });
    const { ctx, s, evs } = fold(
      p,
      [
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-09', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    advance(ctx, s, evs[1].day);
    expect(establish(ctx, s, evs[1])).toBe(true);
    expect(s.owner.name).toBe('李四');
  });
  test('daily-chem-filing/R1: without a filing nothing is claimed (unregistered)', () => {
    const { ctx, s, evs } = fold(policy('daily-chem-filing'), [['V', '08-01', '张三', 'C1']], { keep: 1 });
    expect(establish(ctx, s, evs[0])).toBe(false);
    expect(s.status).toBe('unregistered');
  });
  test('deal-attribution/R2 (decide/D15): a household member after the month: the first agent holds again', () => {
    const { ctx, s, evs } = fold(
      policy('deal-attribution'),
      [
        ['V', '11-01', '张三', 'C1'],
        ['V', '12-10', '李四', 'C2', { relation: '配偶', linked: 'C1' }],
      ],
      { keep: 1 },
    );
    advance(ctx, s, evs[1].day);
    establish(ctx, s, evs[1]);
    expect([s.owner.name, s.rules]).toEqual(['张三', ['deal-attribution/R2', 'decide/D15']]);
  });
  test('policy override: claim.by without calls makes a call give no claim', () => {
    const { ctx, s, evs } = fold(
      policy('cross-customer', { claim: { by: ['visit'] } }),
      [['C', '11-01', '张三', 'C1']],
      { keep: 1 },
    );
    expect(establish(ctx, s, evs[0])).toBe(false);
    expect(s.owner.kind).toBe('pool');
  });
  test('park-report/R2: a walk-in with no agent on an unheld customer is the park’s', () => {
    const { ctx, s, evs } = fold(policy('park-report'), [['V', '11-01', null, 'C1']], { keep: 1 });
    establish(ctx, s, evs[0]);
    expect([s.owner.name, s.status]).toEqual(['园区', 'company']);
  });
  test('policy override: walkInTo null leaves the walk-in unowned', () => {
    const { ctx, s, evs } = fold(policy('park-report', { claim: { walkInTo: null } }), [['V', '11-01', null, 'C1']], {
      keep: 1,
    });
    expect(establish(ctx, s, evs[0])).toBe(false);
    expect(s.owner.kind).toBe('pool');
  });
});
