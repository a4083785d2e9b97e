// Issue 15 point 1: 规则说明, every rule cited in the workbook with its clause and how many rows cite it.
import { getPreset, parsePolicy } from '../../src/policy';
import { ownSheets, ruleCitations } from '../../src/table/render';
import { run } from '../helpers/scenario';

const sc = {
  preset: 'cross-customer',
  rows: [
    ['V', '11-01', '张三', 'C1'],
    ['F', '11-04', '张三', 'C1'],
    ['V', '11-05', '李四', 'C1'],
    ['D', '11-05', '李四', 'C1'],
    ['V', '11-02', '王五', 'C2'],
  ] as const,
};

describe('issue 15.1: the 规则说明 sheet', () => {
  const result = run({ ...sc, rows: sc.rows.map((r) => [...r]) as never }, '11-06');
  const policy = getPreset('cross-customer')!;

  test('lists every rule cited with its clause and the number of rows citing it', () => {
    const sheet = ownSheets(result, 'zh', { maskPhones: false, policy }).find((s) => s.name === '规则说明')!;
    expect(sheet.values[0]).toEqual(['规则', '条文', '引用行数']);
    const cited = new Set([
      ...result.rows.flatMap((r) => r.reason.rules),
      ...result.customers.flatMap((c) => c.reason.rules),
    ]);
    expect(new Set(sheet.values.slice(1).map((r) => r[0]))).toEqual(
      new Set([...cited, ...ruleCitations(result).map(([id]) => id)]),
    );
    for (const [id, clause, rows] of sheet.values.slice(1)) {
      expect(clause.length).toBeGreaterThan(8);
      expect(Number(rows)).toBe(result.rows.filter((r) => r.reason.rules.includes(id)).length);
    }
    expect(sheet.values.find((r) => r[0] === 'cross-customer/R1')![1]).toContain('首次接待');
  });

  test('the clause carries the numbers of the policy in force', () => {
    const r = parsePolicy({ preset: 'cross-customer', claim: { window: { days: 10 } } });
    if (!r.ok) throw new Error(r.error.en);
    const ten = run({ ...sc, rows: sc.rows.map((x) => [...x]) as never, policy: r.policy }, '11-20');
    const sheet = ownSheets(ten, 'en', { maskPhones: false, policy: r.policy }).find((s) => s.name === '规则说明')!;
    const line = sheet.values.find((x) => x[0] === 'cross-customer/R4.1');
    expect(line?.[1]).toContain('10 days');
  });

  test('without a policy the own sheets are as before', () => {
    expect(ownSheets(result, 'zh', { maskPhones: false }).map((s) => s.name)).toEqual([
      '客户归属总表',
      '冲突',
      '问题',
      '变更日志',
    ]);
  });
});
