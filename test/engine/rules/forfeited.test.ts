// forfeitedContact / forfeitedDeal (src/engine/rules/forfeited.ts): cross-customer R3 with
// decide/D5. Boundary: on the call-back's due day the owner still holds the customer; the day
// after it waits at the manager, and the former owner's contact does not give it back; their deal
// is counted for them and stands on 冲突. Override: a 2-day call-back moves the boundary.
import { advance } from '../../../src/engine/rules/advance';
import { forfeitedContact, forfeitedDeal } from '../../../src/engine/rules/forfeited';
import { recordFacts } from '../../../src/engine/state';
import type { Row } from '../../helpers/scenario';
import { fold, policy } from './harness';

const before: Row[] = [
  ['V', '11-01', '张三', 'C1'],
  ['F', '11-03', '张三', 'C1'],
  ['V', '11-05', '李四', 'C1'],
];

describe('forfeitedContact', () => {
  test('cross-customer R3: on the call-back’s due day the owner’s contact is the call-back, not a forfeited one', () => {
    const { ctx, s, evs } = fold(policy('cross-customer'), [...before, ['V', '11-06', '张三', 'C1']], { keep: 1 });
    advance(ctx, s, evs[3].day);
    expect([s.owner.name, forfeitedContact(ctx, s, evs[3])]).toEqual(['张三', false]);
  });
  test('decide/D5: the day after, the former owner’s visit leaves the customer with the manager', () => {
    const { ctx, s, evs } = fold(policy('cross-customer'), [...before, ['V', '11-07', '张三', 'C1']], { keep: 1 });
    advance(ctx, s, evs[3].day);
    recordFacts(s, evs[3]);
    expect(forfeitedContact(ctx, s, evs[3])).toBe(true);
    expect([s.owner.name, s.status]).toEqual(['销售经理', 'company']);
    const note = ctx.takeNote();
    expect(note.rules).toEqual(['cross-customer/R3', 'decide/D5']);
    expect(note.text.map((t) => t.zh).join('；')).toContain('来访登记 第4行');
  });
  test('decide/D5: another agent’s contact is not the former owner’s: it is left to the claim rules', () => {
    const { ctx, s, evs } = fold(policy('cross-customer'), [...before, ['V', '11-07', '王五', 'C1']], { keep: 1 });
    advance(ctx, s, evs[3].day);
    expect(forfeitedContact(ctx, s, evs[3])).toBe(false);
  });
  test('policy override: a 2-day call-back keeps the owner’s contact on the second day a call-back', () => {
    const p = policy('cross-customer', { claim: { callback: { days: 2, rule: 'cross-customer/R3' } } });
    const { ctx, s, evs } = fold(p, [...before, ['V', '11-07', '张三', 'C1']], { keep: 1 });
    advance(ctx, s, evs[3].day);
    expect([s.owner.name, forfeitedContact(ctx, s, evs[3])]).toEqual(['张三', false]);
  });
});

describe('forfeitedDeal', () => {
  test('cross-customer R3 (decide/D5): the former owner’s deal is counted for them and stands on 冲突', () => {
    const { ctx, s, evs } = fold(policy('cross-customer'), [...before, ['D', '11-10', '张三', 'C1']], { keep: 1 });
    advance(ctx, s, evs[3].day);
    const d = forfeitedDeal(ctx, s, evs[3], '张三');
    expect(d?.performance).toEqual({ 张三: 1 });
    expect(d?.commission).toEqual({ 张三: 1 });
    expect(d?.rules).toEqual(expect.arrayContaining(['cross-customer/R3', 'decide/D5', 'common/CONFLICT']));
    expect(ctx.conflicts.map((c) => [c.kind, c.parties, c.ref.row])).toEqual([
      ['callback-missed', ['张三'], 4],
      ['deal-by-other', ['张三'], 5],
    ]);
    expect(ctx.conflicts[1].reason.zh).toContain('来访登记 第4行');
  });
  test('decide/D5: a deal by someone else on the forfeited customer is not this rule’s', () => {
    const { ctx, s, evs } = fold(policy('cross-customer'), [...before, ['D', '11-10', '王五', 'C1']], { keep: 1 });
    advance(ctx, s, evs[3].day);
    expect(forfeitedDeal(ctx, s, evs[3], '王五')).toBeNull();
  });
});
