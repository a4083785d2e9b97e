// claim (src/engine/rules/establish.ts): hold for an agent and start the first-follow-up clock.
import { claim } from '../../../src/engine/rules/establish';
import { agentOwner, recordFacts, through } from '../../../src/engine/state';
import { day, fold, policy } from './harness';

describe('claim', () => {
  test('marketing-center/R2: a visit claim owes a first call-back by the second day', () => {
    const { ctx, s, evs } = fold(policy('marketing-center'), [['V', '11-01', '张三', 'C1']], { keep: 1 });
    recordFacts(s, evs[0]);
    claim(ctx, s, evs[0], agentOwner('张三'), 'contact', ['marketing-center/R1'], []);
    expect([s.firstFollowup?.due, through(s)]).toEqual([day('11-03'), day('11-08')]);
  });
  test('marketing-center/R5: a claim on an exhibition row cites R5', () => {
    const { ctx, s, evs } = fold(policy('marketing-center'), [['V', '11-01', '张三', 'C1', { source: '外展' }]], {
      keep: 1,
    });
    claim(ctx, s, evs[0], agentOwner('张三'), 'contact', ['marketing-center/R1'], []);
    expect(s.rules).toEqual(['marketing-center/R1', 'marketing-center/R5']);
  });
  test('policy override: firstFollowup.days 3 moves the due day', () => {
    const { ctx, s, evs } = fold(
      policy('marketing-center', { claim: { firstFollowup: { days: 3 } } }),
      [['V', '11-01', '张三', 'C1']],
      { keep: 1 },
    );
    claim(ctx, s, evs[0], agentOwner('张三'), 'contact', ['marketing-center/R1'], []);
    expect(s.firstFollowup?.due).toBe(day('11-04'));
  });
});
