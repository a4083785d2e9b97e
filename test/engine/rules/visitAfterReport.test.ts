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
  // Which decision settled R1 is cited: the entry day (decide/D12) or dates alone (decide/D1).
  const cited = (rows: Parameters<typeof fold>[1]) => {
    const { ctx, s, evs } = fold(policy('channel-confirm'), rows, { keep: 1 });
    visitAfterReport(ctx, s, evs[1]);
    const d = (r: readonly string[]) => r.filter((x) => x === 'decide/D1' || x === 'decide/D12');
    return { conflict: ctx.conflicts.map((c) => d(c.reason.rules)), owner: s.owner.name };
  };
  test('decide/D12: a timed report void only because it was entered on the visit day cites D12, not D1', () => {
    expect(
      cited([
        ['Rep', '11-08', null, 'C1', { channel: '渠道A', time: '09:00', entered: '11-11' }],
        ['V', '11-11', '张三', 'C1', { time: '15:00' }],
      ]),
    ).toEqual({ conflict: [['decide/D12']], owner: '张三' });
  });
  test('decide/D12: a date-only report whose date was early but whose entry was not cites D12, not D1', () => {
    expect(
      cited([
        ['Rep', '11-08', null, 'C1', { channel: '渠道A', entered: '11-11' }],
        ['V', '11-11', '张三', 'C1'],
      ]),
    ).toEqual({ conflict: [['decide/D12']], owner: '张三' });
  });
  test('decide/D1: a same-day report without times cites D1 (its date decided, not its entry)', () => {
    expect(
      cited([
        ['Rep', '11-11', null, 'C1', { channel: '渠道A' }],
        ['V', '11-11', '张三', 'C1', { time: '20:00' }],
      ]),
    ).toEqual({ conflict: [['decide/D1']], owner: '张三' });
  });
  test('decide/D1: a back-dated report whose own date was already late still cites D1', () => {
    expect(
      cited([
        ['Rep', '11-11', null, 'C1', { channel: '渠道A', entered: '11-12' }],
        ['V', '11-11', '张三', 'C1'],
      ]),
    ).toEqual({ conflict: [['decide/D1']], owner: '张三' });
  });
  test('channel-confirm/R1: timed rows less than 12 hours apart cite neither decision', () => {
    expect(
      cited([
        ['Rep', '11-10', null, 'C1', { channel: '渠道A', time: '20:00' }],
        ['V', '11-11', '张三', 'C1', { time: '07:00' }],
      ]),
    ).toEqual({ conflict: [[]], owner: '张三' });
  });
  test('decide/D12: a back-dated report accepted on its entry day cites D12 and says when it was entered', () => {
    const { ctx, s, evs } = fold(
      policy('channel-confirm'),
      [
        ['Rep', '11-08', null, 'C1', { channel: '渠道A', entered: '11-09' }],
        ['V', '11-11', '张三', 'C1'],
      ],
      { keep: 1 },
    );
    visitAfterReport(ctx, s, evs[1]);
    expect([s.owner.name, s.rules.filter((r) => r.startsWith('decide/'))]).toEqual(['渠道A', ['decide/D12']]);
    expect(s.text.map((t) => t.zh).join('；')).toContain('录入于 2026-11-09');
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
