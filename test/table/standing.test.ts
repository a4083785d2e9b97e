// Issue 13: days left, colour bands, 到期提醒 (points 1, 3, 4), from rulebook-style scenarios.
import { getPreset } from '../../src/policy';
import { remindSheetValues, REMIND_DAYS_COLUMN } from '../../src/table/remindSheet';
import { annotationBlocks } from '../../src/table/render';
import { bandOf, daysLeft, keepText, reminderJson, reminders } from '../../src/table/standing';
import { customer, day, input, run, type Scenario } from '../helpers/scenario';

const cross = (rows: Scenario['rows'], warnDays = 0): Scenario => {
  const policy = getPreset('cross-customer');
  if (!policy) throw new Error('no preset');
  return { preset: 'cross-customer', rows, policy: { ...policy, warnDays } };
};

describe('issue 13 point 1: days left on the as-of day', () => {
  // cross-customer R4.1: 7 days from the latest contact; 11-20 holds through 11-27.
  const sc = cross([
    ['V', '11-20', '张三', 'C1'],
    ['V', '11-01', '李四', 'C2'],
  ]);

  it('counts today: 1 on the last protected day, blank once lapsed', () => {
    expect(daysLeft(customer(run(sc, '11-21'), 'C1'), day('11-21'))).toBe(7);
    expect(daysLeft(customer(run(sc, '11-27'), 'C1'), day('11-27'))).toBe(1);
    expect(daysLeft(customer(run(sc, '11-28'), 'C1'), day('11-28'))).toBeNull();
    expect(daysLeft(customer(run(sc, '11-21'), 'C2'), day('11-21'))).toBeNull();
  });

  it('matches the engine: 释放预警 exactly when days left is at most warnDays', () => {
    const warned = cross([['V', '11-20', '张三', 'C1']], 3);
    for (const asOf of ['11-21', '11-24', '11-25', '11-26', '11-27']) {
      const c = customer(run(warned, asOf), 'C1');
      const left = daysLeft(c, day(asOf)) as number;
      expect({ asOf, warning: c.status === 'warning' }).toEqual({ asOf, warning: left <= 3 });
    }
  });

  it('shows the same current standing on every row of a customer', () => {
    // C1: a first visit long lapsed, then a new claim on 11-20; C2: lapsed, in the pool today.
    const result = run(
      cross([
        ['V', '11-01', '张三', 'C1'],
        ['V', '11-20', '张三', 'C1'],
        ['V', '11-05', '李四', 'C2'],
      ]),
      '11-25',
    );
    const sheet = {
      name: '来访登记',
      role: 'register' as const,
      headerRow: 1,
      ownColumns: {},
      lastManagerColumn: 5,
      dataRows: [2, 3, 4],
    };
    const [block] = annotationBlocks({ sheets: [sheet] }, result, 'zh');
    const byRow = (r: number) => block.values[r - 1].slice(0, 5);
    const c1 = result.rows.filter((r) => r.customerId === customer(result, 'C1').id).map((r) => r.ref.row);
    for (const r of c1) expect(byRow(r).slice(0, 3)).toEqual(['张三', '保护中', '3']);
    const c2 = result.rows.find((r) => r.customerId === customer(result, 'C2').id)?.ref.row as number;
    expect(byRow(c2).slice(0, 3)).toEqual(['公海', '已释放', '']);
    // … while the at-the-row judgment of C2's row keeps what it was that day.
    expect(byRow(c2).slice(3, 5)).toEqual(['李四', '保护中']);
  });
});

describe('issue 13 point 3: colour bands', () => {
  it('red at alertDays or fewer, amber at warnDays or fewer, nothing for blanks', () => {
    const bands = { warnDays: 7, alertDays: 3 };
    expect([1, 3, 4, 7, 8].map((n) => bandOf(n, bands))).toEqual(['red', 'red', 'amber', 'amber', null]);
    expect(bandOf(null, bands)).toBeNull();
    expect(bandOf(5, { warnDays: 0, alertDays: 3 })).toBeNull();
    expect(getPreset('cross-customer')?.alertDays).toBe(3);
  });
});

describe('issue 13 point 4: 到期提醒', () => {
  it('lists per agent the customers about to lapse, soonest first, with what keeps them', () => {
    const sc = cross(
      [
        ['V', '11-20', '张三', 'C1'], // through 11-27: 3 days left on 11-25
        ['V', '11-24', '张三', 'C2'], // through 12-01: 7 days left
        ['V', '11-23', '李四', 'C3'], // through 11-30: 6 days left
        ['V', '11-25', '李四', 'C4'], // through 12-02: 8 days left, beyond the horizon
      ],
      7,
    );
    const result = run(sc, '11-25');
    const list = reminders(result, input(sc).events, sc.policy as NonNullable<Scenario['policy']>);
    expect(list.horizon).toBe(7);
    const seen = list.agents.map((a) => [
      a.agent,
      a.customers.map((c) => [c.name, c.daysLeft, keepText(c.keep, 'zh')]),
    ]);
    expect(seen).toEqual(
      [
        [
          '张三',
          [
            ['客户C1', 3, '11-27 前跟进'],
            ['客户C2', 7, '12-01 前跟进'],
          ],
        ],
        ['李四', [['客户C3', 6, '11-30 前跟进']]],
      ].map(([agent, rows]) => [
        agent,
        (rows as [string, number, string][]).map(([n, d, k]) => [expect.stringContaining(n.replace('客户', '')), d, k]),
      ]),
    );
    expect(list.agents[0]?.customers[0]?.lastContact).toBe(day('11-20'));
    expect(list.overdue).toEqual([]);
    const json = reminderJson(list, 'en');
    expect(json.agents[0]?.customers[0]).toMatchObject({
      daysLeft: 3,
      protectedThrough: '2026-11-27',
      lastContact: '2026-11-20',
      keep: 'followup',
      keepText: 'follow up by 11-27',
      overdue: false,
    });
  });

  it("puts an overdue first follow-up on the agent's list and the manager's (marketing-center R2)", () => {
    // marketing-center: first follow-up due 2 days after the first visit, else 释放预警.
    const sc: Scenario = {
      preset: 'marketing-center',
      rows: [
        ['V', '11-20', '王五', 'C1'],
        ['V', '11-21', '王五', 'C2'],
        ['F', '11-22', '王五', 'C2'],
      ],
    };
    const result = run(sc, '11-24');
    const policy = getPreset('marketing-center');
    if (!policy) throw new Error('no preset');
    const list = reminders(result, input(sc).events, policy);
    expect(customer(result, 'C1').status).toBe('warning');
    expect(list.overdue.map((r) => [r.agent, r.keep.action, r.keep.by])).toEqual([
      ['王五', 'followup-now', day('11-22')],
    ]);
    expect(keepText(list.overdue[0]!.keep, 'zh')).toBe('立即跟进（应于 11-22 前回访）');
    expect(list.agents.map((a) => a.agent)).toEqual(['王五']);
  });

  it("renders the 到期提醒 sheet: agents first, then the manager's section; phones masked when asked", () => {
    const sc = cross([['V', '11-24', '张三', 'C1']], 7);
    const list = reminders(run(sc, '11-25'), input(sc).events, sc.policy as NonNullable<Scenario['policy']>);
    const values = remindSheetValues(list, 'zh', true);
    expect(values[1]).toEqual([
      '顾问',
      '客户',
      '客户编号',
      '电话',
      '当前状态',
      '剩余天数',
      '保护到期',
      '最近跟进',
      '如何保住',
      '规则',
    ]);
    expect(values[2]?.[0]).toBe('张三');
    expect(values[2]?.[REMIND_DAYS_COLUMN]).toBe('7');
    expect(values[2]?.[3]).toMatch(/^\*+\d{4}$/);
    expect(values[2]?.[8]).toBe('12-01 前跟进');
    expect(values.some((r) => r[0]?.startsWith('经理：逾期未跟进'))).toBe(true);
    expect(new Set(values.map((r) => r.length))).toEqual(new Set([10]));
  });
});

describe('issue 13 with decide/D24: a customer never owned (无归属)', () => {
  it("has no days left, is on nobody's reminder list, and its rows say 无归属 today", () => {
    const sc = cross(
      [
        ['V', '11-24', null, 'C9'],
        ['V', '11-24', '张三', 'C1'],
      ],
      7,
    );
    const result = run(sc, '11-25');
    const c9 = customer(result, 'C9');
    expect(c9.status).toBe('unowned');
    expect(daysLeft(c9, day('11-25'))).toBeNull();
    const list = reminders(result, input(sc).events, sc.policy as NonNullable<Scenario['policy']>);
    expect(list.agents.flatMap((a) => a.customers.map((r) => r.customerId))).toEqual([customer(result, 'C1').id]);
    const sheet = {
      name: '来访登记',
      role: 'register' as const,
      headerRow: 1,
      ownColumns: {},
      lastManagerColumn: 5,
      dataRows: [2, 3],
    };
    const [block] = annotationBlocks({ sheets: [sheet] }, result, 'zh');
    expect(block.values[1]?.slice(0, 3)).toEqual(['公海', '无归属', '']);
  });
});
