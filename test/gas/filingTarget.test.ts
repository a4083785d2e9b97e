// A sheet named 客户备案 that Guishu does not read as the filing sheet (its headers are unusual):
// saving a filing never writes into it and never makes a second one beside it; the user is told
// why in their language. The same holds for 裁决 and a ruling.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { FilingVerdict, SaveAnswer } from '../../src/gas/api';
import { createFake, sheetFromRows, snapshot, type Fake } from './fake';
import { loadAt, MANAGER, manifestScopes, registerRows, settings, STAFF_ROWS } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), 'gas'], { cwd: ROOT });
});

const NOW = '2026-11-30T10:00:00';
const DRAFT = { name: '甲先生', phone: '13900000011', agent: '张三' };
const UNUSUAL = [
  ['序号', '事项', '跟进说明'],
  [1, '看房车安排', '周六上午'],
];

function office(filing: unknown[][] | null, rulings: unknown[][] | null = null): Fake {
  const fake = createFake({ user: MANAGER, scopes: manifestScopes(), firstSheetName: '来访登记' });
  sheetFromRows(fake.spreadsheet, '来访登记', registerRows(30));
  sheetFromRows(fake.spreadsheet, '人员', STAFF_ROWS);
  if (filing) sheetFromRows(fake.spreadsheet, '客户备案', filing);
  if (rulings) sheetFromRows(fake.spreadsheet, '裁决', rulings);
  settings(fake, {});
  return fake;
}

const names = (fake: Fake) => fake.spreadsheet.getSheets().map((s) => s.getName());

describe('filing saved to the right sheet only (客户备案 not read as the filing sheet)', () => {
  test.each([
    ['zh', '已有名为“客户备案”的工作表，但归属没有把它识别为客户备案表'],
    ['en', 'A sheet named "客户备案" exists, but Guishu does not read it as the filing sheet'],
  ])(
    '%s: the check and the save refuse with a clear sentence; the sheet and the sheet list are unchanged',
    (lang, said) => {
      const fake = office(UNUSUAL);
      const before = snapshot(fake.spreadsheet);
      const sheets = names(fake);
      expect(() => fake.call(loadAt(fake, NOW), 'guishuFilingCheck', DRAFT, lang)).toThrow(said);
      expect(() => fake.call(loadAt(fake, NOW), 'guishuFilingSave', DRAFT, lang)).toThrow(said);
      expect(names(fake)).toEqual(sheets);
      expect(fake.values('客户备案')).toEqual(UNUSUAL);
      expect(snapshot(fake.spreadsheet)).toEqual(before);
    },
  );

  test('an empty 客户备案 gets the header and the filing, as before; with none, one is made', () => {
    for (const filing of [[] as unknown[][], null]) {
      const fake = office(filing);
      const saved = fake.call(loadAt(fake, NOW), 'guishuFilingSave', DRAFT, 'zh') as FilingVerdict;
      expect(saved.saved?.sheet).toBe('客户备案');
      expect(names(fake).filter((n) => n.startsWith('客户备案'))).toEqual(['客户备案']);
      const rows = fake.values('客户备案');
      expect(rows[0]?.slice(0, 3)).toEqual(['备案日期', '客户姓名', '联系电话']);
      expect(rows[rows.length - 1]?.slice(1, 3)).toEqual(['甲先生', '13900000011']);
    }
  });

  test('a ruling is not written into a 裁决 sheet Guishu does not read as rulings', () => {
    const fake = office(null, UNUSUAL);
    const before = snapshot(fake.spreadsheet);
    expect(() =>
      fake.call(loadAt(fake, NOW), 'guishuRulingSave', { customer: '客户2', newOwner: '李四', reason: '经理分配' }),
    ).toThrow('已有名为“裁决”的工作表，但归属没有把它识别为裁决表');
    expect(snapshot(fake.spreadsheet)).toEqual(before);
    const ok = office(null);
    const r = ok.call(loadAt(ok, NOW), 'guishuRulingSave', {
      customer: '客户2',
      newOwner: '李四',
      reason: '经理分配',
    }) as SaveAnswer;
    expect(r.ok).toBe(true);
    expect(names(ok)).toContain('裁决');
  });
});
