// Issue 12 point 9 end to end (decide/D22, D23): the command line counts a deal row it cannot
// tie to a customer, says so in the summary, lists it on 冲突 and 问题, and counts a copied deal
// row once; point 10 (decide/D24): a customer nobody owned is 无归属 in the summary and the JSON.
import path from 'node:path';
import type { JsonReport } from '../../src/table/report';
import { ensureBuilt, guishu, readXlsx, tempDir, writeXlsx } from './helpers';

const d = (m: number, day: number) => new Date(Date.UTC(2026, m - 1, day));
const tmp = tempDir();
const book = path.join(tmp.dir, 'deals.xlsx');

beforeAll(async () => {
  ensureBuilt();
  await writeXlsx(book, [
    {
      name: '来访登记',
      rows: [
        ['日期', '客户姓名', '联系电话', '接待置业顾问', '来访方式', '成交金额'],
        [d(11, 1), '陈先生', '13800138000', '张三', '来访', null],
        [d(11, 5), '陈先生', '13800138000', '张三', '成交', 1_500_000],
        [d(11, 5), '陈先生', '13800138000', '张三', '成交', 1_500_000],
        [d(11, 8), '王先生', null, '李四', '成交', 900_000],
        [d(11, 9), '赵女士', '13700137000', null, '来访', null],
      ],
    },
  ]);
});
afterAll(tmp.cleanup);

describe('decide/D22, D23, D24 on the command line', () => {
  let report: JsonReport;
  let summary: string;
  const out = path.join(tmp.dir, 'deals.guishu.xlsx');

  beforeAll(() => {
    const run = guishu(['annotate', book, '--as-of', '2026-11-10', '--json', '-', '--out', out]);
    expect(run.code).toBe(0);
    report = JSON.parse(run.stdout) as JsonReport;
    summary = run.stderr;
  });

  test('decide/D22, D23: the summary says 成交 2 笔，其中 1 笔待核实 and the copy not counted', () => {
    expect(summary).toContain('成交 2 笔，其中 1 笔待核实，另有 1 行重复登记，未重复计入');
  });

  test('decide/D22: the weak deal is in the report, 100% to its agent, unverified, on 冲突 and 问题', () => {
    const weak = report.deals.find((x) => x.row === 5);
    expect(weak).toMatchObject({ closer: '李四', performance: { 李四: 1 }, commission: { 李四: 1 }, unverified: true });
    expect(weak?.rules).toContain('decide/D22');
    expect(report.conflicts.some((c) => c.kind === 'unverified-deal' && c.row === 5)).toBe(true);
    expect(report.issues.some((i) => i.row === 5 && i.level === 'weak')).toBe(true);
  });

  test('decide/D23: the copied row is listed, not counted', () => {
    expect(report.deals.map((x) => x.row)).toEqual([3, 5]);
    expect(report.duplicateDeals).toEqual([
      { sheet: '来访登记', row: 4, customerId: 'c-13800138000', of: { sheet: '来访登记', row: 3 } },
    ]);
    expect(report.rows.find((r) => r.row === 4)?.rules).toEqual(['decide/D23']);
  });

  test('decide/D24: a walk-in nobody received is 无归属 in the JSON and the summary', () => {
    const c = report.customers.find((x) => x.id === 'c-13700137000');
    expect(c).toMatchObject({ status: 'unowned', statusLabel: '无归属', ownerKind: 'pool', owner: null });
    expect(summary).toContain('无归属 1');
  });

  test('decide/D22: the annotated copy lists the deal on 冲突', async () => {
    const wb = await readXlsx(out);
    const values: string[] = [];
    wb.getWorksheet('冲突')?.eachRow((row) => values.push(String(row.values)));
    expect(values.join('\n')).toContain('成交待核实');
  });
});
