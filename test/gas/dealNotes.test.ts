// Issue 12 points 9 and 10 in the add-on: the recompute notes say how many deals await a check
// (decide/D22), that a copied deal row was not counted again (decide/D23), and how many customers
// were never owned (decide/D24).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createFake, plain, sheetFromRows } from './fake';
import { cellDate, loadAt, manifestScopes, MANAGER, settings } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');

beforeAll(() => {
  // Built here: the notes come from this source.
  execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'gas'], { cwd: ROOT });
});

test('decide/D22, D23, D24: the recompute notes say deals to verify, copies not counted, customers never owned; 月结 pays once', () => {
  const fake = createFake({ user: MANAGER, scopes: manifestScopes(), firstSheetName: '来访登记' });
  sheetFromRows(fake.spreadsheet, '来访登记', [
    ['日期', '客户姓名', '联系电话', '接待置业顾问', '来访方式', '成交金额'],
    [cellDate('2026-11-01'), '陈先生', '13800138000', '张三', '来访', ''],
    [cellDate('2026-11-05'), '陈先生', '13800138000', '张三', '成交', 1_500_000],
    [cellDate('2026-11-05'), '陈先生', '13800138000', '张三', '成交', 1_500_000],
    [cellDate('2026-11-08'), '王先生', '', '李四', '成交', 900_000],
    [cellDate('2026-11-09'), '赵女士', '13700137000', '', '来访', ''],
  ]);
  settings(fake, {});
  const counts = plain<{ notes: string[] }>(fake.call(loadAt(fake, '2026-11-10T10:00:00'), 'guishuRecompute'));
  expect(counts.notes).toContain('成交 2 笔，其中 1 笔待核实，另有 1 行重复登记，未重复计入');
  expect(counts.notes).toContain('无归属客户 1 位（从未有人归属，在公海）');
  // 冲突 lists the deal to verify.
  expect(fake.values('冲突').flat().join('\n')).toContain('成交待核实');

  // 月结 2026-11: the copy is paid once, the weak deal is paid and flagged.
  fake.properties.document.map.set('guishu.monthsFrom', '2026-11');
  fake.call(loadAt(fake, '2026-12-01T10:00:00'), 'guishuMonthEnd');
  const month = fake.values('月结 2026-11');
  const agent = (name: string) => month.find((r) => r[0] === name) ?? [];
  expect(agent('张三').slice(0, 4)).toEqual(['张三', 1, 1, 1]);
  expect(agent('李四').slice(0, 4)).toEqual(['李四', 1, 1, 1]);
  expect(agent('李四').join(' ')).toContain('[decide/D22] 其中 1 笔成交待核实');
});
