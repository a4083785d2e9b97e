// onContact (src/engine/rules/contact.ts): a call, visit or follow-up on the register.
import { advance } from '../../../src/engine/rules/advance';
import { onContact } from '../../../src/engine/rules/contact';
import { day, fold, policy } from './harness';

describe('onContact', () => {
  test('cross-customer/R5.2: another agent on the window’s last day is duty help', () => {
    const { ctx, s, evs } = fold(
      policy('cross-customer'),
      [
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-08', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    onContact(ctx, s, evs[1]);
    expect(s.owner.name).toBe('张三');
    expect(ctx.takeNote().rules).toEqual(
      expect.arrayContaining(['cross-customer/R5.2', 'common/INTERVENE', 'decide/D4']),
    );
  });
  test('cross-customer/R1: the day after the window, the other agent’s reception is a new first reception', () => {
    const { ctx, s, evs } = fold(
      policy('cross-customer'),
      [
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-09', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    advance(ctx, s, evs[1].day);
    onContact(ctx, s, evs[1]);
    expect([s.owner.name, s.anchor]).toEqual(['李四', day('11-09')]);
  });
  test('policy override: others forbidden stands the contact on 冲突', () => {
    const { ctx, s, evs } = fold(
      policy('cross-customer', { claim: { others: 'forbidden' } }),
      [
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-05', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    onContact(ctx, s, evs[1]);
    expect(ctx.conflicts.map((c) => c.kind)).toEqual(['forbidden-contact']);
  });
  test('brokerage-viewing/R1 (decide/D10): another agent’s viewing renews the 12 months, not the owner', () => {
    const { ctx, s, evs } = fold(
      policy('brokerage-viewing'),
      [
        ['W', '2026-01-10', '张三', 'C1'],
        ['W', '2026-06-01', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    onContact(ctx, s, evs[1]);
    expect([s.owner.name, s.anchor]).toEqual(['张三', day('2026-06-01')]);
  });
  test('cross-customer/R3 (point 8): with times, the owner’s earlier contact that day is no call-back', () => {
    const rows: Parameters<typeof fold>[1] = [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-05', '张三', 'C1', { time: '09:00' }],
      ['V', '11-05', '李四', 'C1', { time: '11:00' }],
    ];
    const { ctx, s, evs } = fold(policy('cross-customer'), rows, { keep: 1 });
    onContact(ctx, s, evs[2]);
    expect(s.callback?.due).toBe(day('11-06'));
  });
  test('common/CONFLICT: two first receptions the same day without times are disputed', () => {
    const { ctx, s, evs } = fold(
      policy('cross-customer'),
      [
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-01', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    onContact(ctx, s, evs[1]);
    expect([s.status, ctx.conflicts.map((c) => c.kind)]).toEqual(['disputed', ['same-day-claims']]);
  });
  test('common/CONFLICT: with times the earlier reception owns', () => {
    const { ctx, s, evs } = fold(
      policy('cross-customer'),
      [
        ['V', '11-01', '张三', 'C1', { time: '09:00' }],
        ['V', '11-01', '李四', 'C1', { time: '10:00' }],
      ],
      { keep: 1 },
    );
    onContact(ctx, s, evs[1]);
    expect([s.owner.name, s.status]).toEqual(['张三', 'protected']);
  });
  test('walk-in-desk/R2: the receiving agent takes over when the owner is not off', () => {
    const { ctx, s, evs } = fold(
      policy('walk-in-desk'),
      [
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-10', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    onContact(ctx, s, evs[1]);
    expect(s.owner.name).toBe('李四');
  });
});
