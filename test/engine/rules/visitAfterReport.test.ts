// visitAfterReport (src/engine/rules/filing.ts): a visit while a report awaits one.
import { visitAfterReport } from '../../../src/engine/rules/filing';
import { recordFacts, through } from '../../../src/engine/state';
import { day, fold, policy } from './harness';

describe('visitAfterReport', () => {
  test('park-report/R2: a visit on the report’s fifth day starts the chase', () => {
    const { ctx, s, evs } = fold(
      policy('park-report'),
      [
        ['R', '11-01', '张三', 'C1'],
        ['V', '11-06', '张三', 'C1'],
      ],
      { keep: 1 },
    );
    recordFacts(s, evs[1]);
    expect(visitAfterReport(ctx, s, evs[1])).toBe(true);
    expect([s.status, through(s)]).toEqual(['protected', day('2027-02-06')]);
  });
  test('decide/D16: another agent’s visit during the report is the reporter’s, listed on 冲突', () => {
    const { ctx, s, evs } = fold(
      policy('park-report'),
      [
        ['R', '11-01', '张三', 'C1'],
        ['V', '11-03', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    visitAfterReport(ctx, s, evs[1]);
    expect([s.owner.name, ctx.conflicts.map((c) => c.kind)]).toEqual(['张三', ['reported-visit']]);
  });
  test('channel-confirm/R1 (point 4): a report entered on the visit day voids the report', () => {
    const { ctx, s, evs } = fold(
      policy('channel-confirm'),
      [
        ['Rep', '11-08', null, 'C1', { channel: '渠道A', entered: '11-11' }],
        ['V', '11-11', '张三', 'C1'],
      ],
      { keep: 1 },
    );
    visitAfterReport(ctx, s, evs[1]);
    expect(s.owner.name).toBe('张三');
    expect(ctx.conflicts[0].reason.zh).toContain('录入于 2026-11-11');
  });
  test('policy override: walkInCounts null leaves a walk-in without the R4 citation', () => {
    const { ctx, s, evs } = fold(
      policy('park-report', { filing: { walkInCounts: null } }),
      [
        ['R', '11-01', '张三', 'C1'],
        ['V', '11-03', null, 'C1'],
      ],
      { keep: 1 },
    );
    visitAfterReport(ctx, s, evs[1]);
    expect(s.rules).not.toContain('park-report/R4');
  });
});
