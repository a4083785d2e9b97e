// Issue 15 point 3: the comparison behind `guishu diff` and the setup dialog's what-if.
import { annotate } from '../../src/engine';
import { getPreset, parsePolicy, type Policy } from '../../src/policy';
import { compareResults, whatIfSummary, whatIfTables } from '../../src/table/whatIf';
import { day, input, type Row } from '../helpers/scenario';

const policy = (json: Record<string, unknown>): Policy => {
  const r = parsePolicy(json);
  if (!r.ok) throw new Error(r.error.en);
  return r.policy;
};

// C1: 张三 visits 11-01, no follow-up; 李四 receives on 11-10 and closes that day.
// Under 7 days (cross-customer/R4.1) 张三 lapsed on 11-09: the deal is 李四's.
// Under 10 days 张三 still holds on 11-10: the deal goes to 张三 (cross-customer/R3).
// C2: 王五 visits 11-20; as of 11-29 lapsed under 7 days, held under 10.
const rows: Row[] = [
  ['V', '11-01', '张三', 'C1'],
  ['V', '11-10', '李四', 'C1'],
  ['D', '11-10', '李四', 'C1'],
  ['V', '11-20', '王五', 'C2'],
  ['V', '11-02', '赵六', 'C3'],
];

describe('issue 15.3: what-if between two policies', () => {
  const records = input({ preset: 'cross-customer', rows });
  const asOf = day('11-29');
  const seven = annotate(records, getPreset('cross-customer')!, asOf);
  const ten = annotate(records, policy({ preset: 'cross-customer', claim: { window: { days: 10 } } }), asOf);
  const w = compareResults(seven, ten, { before: 'cross-customer', after: '10 天' });

  test('the same policy twice changes nothing', () => {
    const same = compareResults(seven, annotate(records, getPreset('cross-customer')!, asOf), {
      before: 'a',
      after: 'a',
    });
    expect(same.customers).toEqual([]);
    expect(same.deals).toEqual([]);
    expect(same.agents).toEqual([]);
    expect(whatIfSummary(same, 'zh')).toBe('保存后：没有客户、成交或业绩会改变。');
  });

  test('customers whose owner or status changes are listed with both reasons', () => {
    const wang = w.customers.find((c) => c.after?.owner.name === '王五')!;
    expect(wang.before?.status).toBe('released');
    expect(wang.after?.status).toBe('protected');
    expect(wang.before?.rules).toContain('cross-customer/R4.1');
    expect(wang.after?.reason.zh).toContain('王五');
    // C3 was released under both: not listed.
    expect(w.customers.some((c) => c.before?.reason.zh.includes('赵六') && c.after?.status === c.before?.status)).toBe(
      false,
    );
  });

  test('deals whose shares change are listed with both splits', () => {
    expect(w.deals).toHaveLength(1);
    const [d] = w.deals;
    expect(d.before?.performance).toEqual({ 李四: 1 });
    expect(d.after?.performance).toEqual({ 张三: 1 });
    const [, deals] = whatIfTables(w, 'zh');
    expect(deals.rows[0]).toEqual(expect.arrayContaining(['李四 100%', '张三 100%']));
  });

  test('per agent: customers held and monthly performance and commission totals', () => {
    const zhang = w.agents.find((a) => a.agent === '张三')!;
    expect(zhang.months).toEqual([
      { month: '2026-11', performanceBefore: 0, performanceAfter: 1, commissionBefore: 0, commissionAfter: 1 },
    ]);
    const li = w.agents.find((a) => a.agent === '李四')!;
    expect(li.months[0]).toMatchObject({ performanceBefore: 1, performanceAfter: 0 });
    const wang = w.agents.find((a) => a.agent === '王五')!;
    expect([wang.heldBefore, wang.heldAfter]).toEqual([0, 1]);
    expect(w.agents.some((a) => a.agent === '赵六')).toBe(false);
  });

  test('the summary reads like the issue: counts, then the largest moves', () => {
    const s = whatIfSummary(w, 'zh');
    expect(s).toMatch(/^保存后：\d+ 位客户归属改变，1 笔成交分成改变；/);
    expect(s).toContain('张三 11 月业绩 +1');
    expect(s).toContain('李四 11 月业绩 −1');
    expect(whatIfSummary(w, 'en')).toMatch(
      /^After saving: \d+ customer\(s\) change owner or status, 1 deal\(s\) change split; /,
    );
  });
});
