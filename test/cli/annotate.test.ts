// `guishu annotate` on a small register and on the demo workbook: what it writes and what it
// leaves alone.
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO, guishu, readXlsx, sha256, useSmallRegister } from './helpers';
import { REGISTER_OWN_ZH } from '../helpers/ownColumns';

const OWN_ZH = REGISTER_OWN_ZH;
const OWN_EN = [
  'Current owner',
  'Current status',
  'Days left',
  'Owner at this row',
  'Status at this row',
  'Performance split',
  'Commission split',
  'Protected through (at this row)',
  'Reason',
];
const OWN_SHEETS = ['客户归属总表', '冲突', '问题', '变更日志'];

// The contract's JSON report keys; more may be added, none may go.
const KEYS = {
  top: ['asOf', 'preset', 'customers', 'rows', 'deals', 'conflicts', 'issues'],
  customer: [
    'id',
    'name',
    'phones',
    'owner',
    'ownerKind',
    'status',
    'statusLabel',
    'protectedThrough',
    'category',
    'rules',
    'reason',
  ],
  row: ['sheet', 'row', 'customerId', 'owner', 'status', 'rules', 'reason'],
  deal: ['sheet', 'row', 'date', 'customerId', 'closer', 'performance', 'commission', 'category', 'owed', 'rules'],
  conflict: ['customerId', 'sheet', 'row', 'kind', 'rules', 'resolution'],
  issue: ['sheet', 'row', 'field', 'message'],
};

function expectReportShape(report: Record<string, unknown[]>): void {
  expect(Object.keys(report)).toEqual(expect.arrayContaining(KEYS.top));
  for (const [list, keys] of [
    ['customers', KEYS.customer],
    ['rows', KEYS.row],
    ['deals', KEYS.deal],
    ['conflicts', KEYS.conflict],
    ['issues', KEYS.issue],
  ] as const) {
    expect(Array.isArray(report[list])).toBe(true);
    for (const item of report[list]) expect(Object.keys(item as object)).toEqual(expect.arrayContaining([...keys]));
  }
}

const rowValues = (ws: ExcelJS.Worksheet, r: number, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ws.getCell(r, from + i).value);

const { dir: tmpDir, book } = useSmallRegister();
const tmp = { dir: tmpDir };

describe('annotate a small register', () => {
  let run: ReturnType<typeof guishu>;
  let before: string;
  const out = path.join(tmp.dir, 'visits.guishu.xlsx');
  const json = path.join(tmp.dir, 'report.json');

  beforeAll(() => {
    before = sha256(book);
    run = guishu(['annotate', book, '--as-of', '2026-11-30', '--json', json]);
  });

  it('exits 0 and says where the copy and report went', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('cross-customer');
    expect(run.stdout).toContain(out);
    expect(run.stdout).toContain(json);
  });

  it('never modifies the input', () => {
    expect(sha256(book)).toBe(before);
  });

  it('writes the copy next to the input as <name>.guishu.xlsx by default', () => {
    expect(existsSync(out)).toBe(true);
  });

  it("appends the own columns after the manager's last column, at the header row", async () => {
    const ws = (await readXlsx(out)).getWorksheet('来访登记')!;
    expect(rowValues(ws, 1, 1, 7)).toEqual([
      '日期',
      '客户姓名',
      '联系电话',
      '接待置业顾问',
      '来访方式',
      '成交金额',
      '备注',
    ]);
    expect(rowValues(ws, 1, 8, 9)).toEqual(OWN_ZH);
  });

  it("keeps the manager's cells and formulas", async () => {
    const ws = (await readXlsx(out)).getWorksheet('来访登记')!;
    expect(ws.getCell('G6').formula).toBe('IF(F6>=1000000,"大单","")');
    expect(ws.getCell('B4').value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell('B4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A8').value).toBe('11月12日');
  });

  it('adds the own sheets with their headers', async () => {
    const wb = await readXlsx(out);
    for (const name of OWN_SHEETS) expect(wb.getWorksheet(name)).toBeDefined();
    expect(rowValues(wb.getWorksheet('客户归属总表')!, 1, 1, 3)).toEqual(['客户编号', '客户', '电话']);
    expect(rowValues(wb.getWorksheet('冲突')!, 1, 1, 2)).toEqual(['客户', '表']);
  });

  it('writes every cell of its own as text, never a formula', async () => {
    const wb = await readXlsx(out);
    const cells: ExcelJS.Cell[] = [];
    for (const name of OWN_SHEETS) wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => cells.push(c)));
    wb.getWorksheet('来访登记')!.eachRow((row) => row.eachCell((c) => Number(c.col) >= 8 && cells.push(c)));
    expect(cells.length).toBeGreaterThan(0);
    // Text, except 剩余天数 (issue 13), which is a number so that it sorts and filters.
    for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
  });

  it("writes the JSON report in the contract's shape", () => {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expectReportShape(report);
    expect(report.asOf).toBe('2026-11-30');
    expect(report.preset).toBe('cross-customer');
  });

  it('judges the rows: one customer across phone formats, the deal credited to the owner', async () => {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const chen = report.customers.find((c: { id: string }) => c.id === 'c-13800138000');
    expect(chen).toMatchObject({ name: '陈先生', owner: '张三', ownerKind: 'agent', status: 'closed' });
    expect(report.conflicts).toEqual([
      expect.objectContaining({ customerId: 'c-13800138000', row: 6, kind: 'deal-by-other' }),
    ]);
    const ws = (await readXlsx(out)).getWorksheet('来访登记')!;
    // cross-customer R3: 李四 closed during his reception of 张三's customer -> all to 张三.
    expect(rowValues(ws, 6, 11, 4)).toEqual(['张三', '已成交', '张三 100%', '张三 100%']);
    expect(ws.getCell(6, 16).value).toMatch(/^\[cross-customer\/R3/);
    expect(ws.getCell(7, 8).value).toBeNull(); // the blank row stays blank
  });

  it('puts formula-like customer names on 客户归属总表 as text', async () => {
    const ws = (await readXlsx(out)).getWorksheet('客户归属总表')!;
    const names: ExcelJS.Cell[] = [];
    ws.getColumn(2).eachCell((c) => names.push(c));
    const formulaLike = names.filter((c) => ['=HYPERLINK("http://x","y")', '+1', '@SUM(A1)'].includes(String(c.value)));
    expect(formulaLike).toHaveLength(3);
    for (const cell of formulaLike) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });
});

describe('annotate options', () => {
  it('writes English headers with --lang en; sheet names stay Chinese', async () => {
    const out = path.join(tmp.dir, 'en.xlsx');
    const run = guishu(['annotate', book, '--as-of', '2026-11-30', '--out', out, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Annotated copy');
    const wb = await readXlsx(out);
    expect(rowValues(wb.getWorksheet('来访登记')!, 1, 8, 9)).toEqual(OWN_EN);
    for (const name of OWN_SHEETS) expect(wb.getWorksheet(name)).toBeDefined();
    expect(rowValues(wb.getWorksheet('客户归属总表')!, 1, 1, 3)).toEqual(['Customer ID', 'Customer', 'Phone']);
  });

  it('finds its own columns again when run on its own copy', async () => {
    const first = path.join(tmp.dir, 'first.xlsx');
    const second = path.join(tmp.dir, 'second.xlsx');
    expect(guishu(['annotate', book, '--as-of', '2026-11-30', '--out', first]).code).toBe(0);
    expect(guishu(['annotate', first, '--as-of', '2026-11-30', '--out', second, '--lang', 'en']).code).toBe(0);
    const ws = (await readXlsx(second)).getWorksheet('来访登记')!;
    expect(rowValues(ws, 1, 8, 9)).toEqual(OWN_EN);
    expect(ws.getCell(1, 17).value).toBeNull();
    expect((await readXlsx(second)).worksheets.map((w) => w.name).filter((n) => n === '问题')).toHaveLength(1);
  });

  it('judges its own copy as it judged the original (what it wrote is not read back)', async () => {
    const first = path.join(tmp.dir, 'again-1.xlsx');
    const second = path.join(tmp.dir, 'again-2.xlsx');
    const one = guishu(['annotate', DEMO, '--as-of', '2026-11-30', '--out', first, '--json', '-']);
    const two = guishu(['annotate', first, '--as-of', '2026-11-30', '--out', second, '--json', '-']);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    const [a, b] = [await readXlsx(first), await readXlsx(second)];
    for (const name of ['来访登记', ...OWN_SHEETS]) {
      const values = (wb: ExcelJS.Workbook) => wb.getWorksheet(name)!.getSheetValues();
      expect(values(b)).toEqual(values(a));
    }
  });

  it('prints the report on standard output with --json -', () => {
    const run = guishu([
      'annotate',
      book,
      '--as-of',
      '2026-11-30',
      '--out',
      path.join(tmp.dir, 'stdout.xlsx'),
      '--json',
      '-',
    ]);
    expect(run.code).toBe(0);
    expectReportShape(JSON.parse(run.stdout));
    expect(run.stderr).toContain('批注副本');
  });

  it('takes a policy file', () => {
    const policy = path.join(tmp.dir, 'policy.json');
    require('node:fs').writeFileSync(policy, JSON.stringify({ preset: 'dafang' }));
    const run = guishu([
      'annotate',
      book,
      '--policy',
      policy,
      '--as-of',
      '2026-11-30',
      '--json',
      '-',
      '--out',
      path.join(tmp.dir, 'p.xlsx'),
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).preset).toBe('dafang');
  });

  it('defaults --as-of to today in --tz', () => {
    const run = guishu([
      'annotate',
      book,
      '--tz',
      'Pacific/Kiritimati',
      '--json',
      '-',
      '--out',
      path.join(tmp.dir, 'tz.xlsx'),
    ]);
    expect(run.code).toBe(0);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(new Date());
    expect(JSON.parse(run.stdout).asOf).toBe(today);
  });
});

describe('annotate the demo workbook', () => {
  it('exits 0, leaves the demo unchanged and writes every own column and sheet', async () => {
    const before = sha256(DEMO);
    const out = path.join(tmp.dir, 'demo.xlsx');
    const json = path.join(tmp.dir, 'demo.json');
    const run = guishu(['annotate', DEMO, '--as-of', '2026-11-30', '--out', out, '--json', json]);
    expect(run.code).toBe(0);
    expect(sha256(DEMO)).toBe(before);
    const wb = await readXlsx(out);
    const reg = wb.getWorksheet('来访登记')!;
    expect(rowValues(reg, 3, 17, 9)).toEqual(OWN_ZH);
    expect(reg.getCell('A1').value).toBe('云栖府项目来访客户登记表');
    const formulas: string[] = [];
    reg.eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula)));
    expect(formulas).toEqual([expect.stringMatching(/^IF\(M\d+>=1000000,"大单",""\)$/)]);
    expect(rowValues(wb.getWorksheet('客户备案')!, 1, 6, 6)).toEqual([
      '当前归属',
      '当前状态',
      '剩余天数',
      '当时备案状态',
      '当时保护到期',
      '判定依据',
    ]);
    for (const name of OWN_SHEETS) expect(wb.getWorksheet(name)).toBeDefined();
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expectReportShape(report);
    // The demo's mistakes are listed, not fatal.
    expect(report.issues.length).toBeGreaterThan(0);
  });
});
