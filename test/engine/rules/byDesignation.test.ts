// byDesignation (src/engine/rules/establish.ts): the customer names an agent.
import { byDesignation } from '../../../src/engine/rules/establish';
import { fold, policy } from './harness';

describe('byDesignation', () => {
  test('reception-rotation/R3: a first-timer naming an agent belongs to them', () => {
    const { ctx, s, evs } = fold(policy('reception-rotation'), [['V', '11-01', '李四', 'C2', { designated: '张三' }]], {
      keep: 1,
    });
    expect(byDesignation(ctx, s, evs[0])).toBe(true);
    expect([s.owner.name, s.rules]).toEqual(['张三', ['reception-rotation/R3']]);
  });
  test('walk-in-desk/R6: naming the agent who took the earlier call cites R6', () => {
    const { ctx, s, evs } = fold(
      policy('walk-in-desk'),
      [
        ['C', '10-28', '张三', 'C2'],
        ['V', '11-01', '李四', 'C2', { designated: '张三' }],
      ],
      { keep: 1 },
    );
    expect(byDesignation(ctx, s, evs[1])).toBe(true);
    expect(s.rules).toEqual(['walk-in-desk/R5', 'walk-in-desk/R6']);
  });
  test('no name, no designation', () => {
    const { ctx, s, evs } = fold(policy('reception-rotation'), [['V', '11-01', '李四', 'C2']], { keep: 1 });
    expect(byDesignation(ctx, s, evs[0])).toBe(false);
  });
  test('policy override: designation null ignores the named agent', () => {
    const { ctx, s, evs } = fold(
      policy('reception-rotation', { designation: null }),
      [['V', '11-01', '李四', 'C2', { designated: '张三' }]],
      { keep: 1 },
    );
    expect(byDesignation(ctx, s, evs[0])).toBe(false);
  });
});
