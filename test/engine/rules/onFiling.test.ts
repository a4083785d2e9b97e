// onFiling (src/engine/rules/filing.ts): reports and filings, first filed first served.
import { onFiling } from '../../../src/engine/rules/filing';
import { advance } from '../../../src/engine/rules/advance';
import { day, fold, policy } from './harness';
import { run } from '../../helpers/scenario';

describe('onFiling', () => {
  test('daily-chem-filing/R1: a second filing on the protection’s last day is rejected', () => {
    const { ctx, s, evs } = fold(
      policy('daily-chem-filing'),
      [
        ['R', '08-01', '张三', 'C1'],
        ['R', '11-01', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    advance(ctx, s, evs[1].day);
    onFiling(ctx, s, evs[1]);
    expect([s.owner.name, ctx.conflicts.map((c) => c.kind)]).toEqual(['张三', ['second-filing']]);
  });
  test('daily-chem-filing/R2: the day after the 3 months, the other agent’s filing holds', () => {
    const { ctx, s, evs } = fold(
      policy('daily-chem-filing'),
      [
        ['R', '08-01', '张三', 'C1'],
        ['R', '11-02', '李四', 'C1'],
      ],
      { keep: 1 },
    );
    advance(ctx, s, evs[1].day);
    onFiling(ctx, s, evs[1]);
    expect(s.owner.name).toBe('李四');
  });
  test('first filed by entry time (point 4): an honest later-dated filing beats a back-dated one', () => {
    const { ctx, s, evs } = fold(
      policy('daily-chem-filing'),
      [
        ['R', '08-01', '李四', 'C1', { entered: '08-20' }],
        ['R', '08-05', '张三', 'C1'],
      ],
      { keep: 1 },
    );
    onFiling(ctx, s, evs[1]);
    expect([s.owner.name, s.anchor]).toEqual(['张三', day('08-05')]);
    expect(ctx.conflicts[0].ref).toEqual(evs[0].ref);
    expect(
      ctx
        .takeNote()
        .text.map((t) => t.zh)
        .join('；'),
    ).toContain('录入于 2026-08-20');
  });
  test('channel-confirm/R2 (decide/D2): a report judged on anyone’s latest visit, 21 days back', () => {
    const rows: Parameters<typeof fold>[1] = [
      ['V', '11-01', '张三', 'C1'],
      ['V', '11-20', '李四', 'C1'],
      ['Rep', '12-11', null, 'C1', { channel: '渠道A' }],
    ];
    const boundary = fold(policy('channel-confirm'), rows, { keep: 1 });
    advance(boundary.ctx, boundary.s, boundary.evs[2].day);
    onFiling(boundary.ctx, boundary.s, boundary.evs[2]);
    expect(boundary.ctx.conflicts.map((c) => c.kind)).toEqual(['report-rejected']);
    const after = fold(
      policy('channel-confirm'),
      [rows[0], rows[1], ['Rep', '12-12', null, 'C1', { channel: '渠道A' }]],
      { keep: 1 },
    );
    advance(after.ctx, after.s, after.evs[2].day);
    onFiling(after.ctx, after.s, after.evs[2]);
    expect([after.s.owner.name, after.s.status]).toEqual(['渠道A', 'pending-visit']);
  });
  test('policy override: judgeAnyRow null judges the report on the held claim only', () => {
    const p = policy('channel-confirm', { filing: { judgeAnyRow: null } });
    const { ctx, s, evs } = fold(
      p,
      [
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-20', '李四', 'C1'],
        ['Rep', '12-05', null, 'C1', { channel: '渠道A' }],
      ],
      { keep: 1 },
    );
    advance(ctx, s, evs[2].day);
    onFiling(ctx, s, evs[2]);
    expect(s.owner.name).toBe('渠道A');
  });
  test('channel-confirm/R4 (point 5): 切客 from either side, while the household is held (21 days)', () => {
    const rows = (rep: string): Parameters<typeof run>[0]['rows'] => [
      ['V', '11-01', '张三', 'C1', { relation: '兄弟', linked: 'C13' }],
      ['Rep', rep, null, 'C13', { channel: '渠道A' }],
    ];
    const kinds = (rep: string) => run({ preset: 'channel-confirm', rows: rows(rep) }).conflicts.map((c) => c.kind);
    expect(kinds('11-22')).toEqual(['household-cut']);
    expect(kinds('11-23')).toEqual([]);
  });
  test('policy override: householdRule null lets the report stand', () => {
    const p = policy('channel-confirm', { filing: { householdRule: null } });
    const r = run({
      preset: 'channel-confirm',
      policy: p,
      rows: [
        ['V', '11-01', '张三', 'C1', { relation: '兄弟', linked: 'C13' }],
        ['Rep', '11-10', null, 'C13', { channel: '渠道A' }],
      ],
    });
    expect(r.conflicts.map((c) => c.kind)).toEqual([]);
  });
});
