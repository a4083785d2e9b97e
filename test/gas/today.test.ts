// Issue 13 in the add-on: today's standing on every row, days left as numbers with colour rules
// replaced (not stacked) on each run, a sheet annotated by the previous version upgraded, and
// 到期提醒 written by the daily run.
import { conditionalRules, plain, snapshot, type Fake } from './fake';
import { loadAt, setupDocument, settings } from './fixtures';
import { REGISTER_OWN_ZH } from '../helpers/ownColumns';

const OWN = REGISTER_OWN_ZH;
const OLD = ['归属人', '归属状态', '业绩分成', '佣金分成', '保护到期', '判定依据'];
const recompute = (fake: Fake, at = '2026-11-30T10:00:00') =>
  plain<{ notes: string[] }>(fake.call(loadAt(fake, at), 'guishuRecompute'));

type Sheetish = {
  getRange(
    r: number,
    c: number,
    nr?: number,
    nc?: number,
  ): { setValues(v: unknown[][]): void; setValue(v: unknown): void };
  getSheetId(): number;
};
const sheetOf = (fake: Fake, name: string) => fake.spreadsheet.getSheetByName(name) as unknown as Sheetish;

describe('issue 13 points 1 and 3 in the add-on', () => {
  let fake: Fake;
  beforeAll(() => {
    fake = setupDocument(300);
    settings(fake, { overrides: { warnDays: 5 } });
    // A manager's own rule on their 备注 column must survive every run.
    fake.run(() => {
      type Builder = {
        whenFormulaSatisfied(f: string): Builder;
        setBackground(c: string): Builder;
        setRanges(r: unknown[]): Builder;
        build(): unknown;
      };
      const app = (fake.globals as unknown as { SpreadsheetApp: { newConditionalFormatRule(): Builder } })
        .SpreadsheetApp;
      const sheet = fake.spreadsheet.getSheetByName('来访登记') as unknown as {
        getRange(a: number, b: number, c: number, d: number): unknown;
        setConditionalFormatRules(r: unknown[]): void;
      };
      const rule = app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=L4="重要"')
        .setBackground('#00FF00')
        .setRanges([sheet.getRange(4, 12, 100, 1)])
        .build();
      sheet.setConditionalFormatRules([rule]);
    });
    recompute(fake);
  });

  test("writes today's standing first, days left as numbers that agree with 客户归属总表", () => {
    const values = fake.values('来访登记');
    const header = values[2] as unknown[];
    const at = header.indexOf('当前归属');
    expect(header.slice(at)).toEqual(OWN);
    const days = values
      .slice(3)
      .map((r) => r[at + 2])
      .filter((v) => v !== '');
    expect(days.length).toBeGreaterThan(0);
    for (const d of days) expect(typeof d).toBe('number');
    const summary = fake.values('客户归属总表');
    const col = (summary[0] as unknown[]).indexOf('剩余天数');
    expect(col).toBe(7);
    const protectedCount = summary.slice(1).filter((r) => r[5] === '保护中' || r[5] === '释放预警').length;
    expect(protectedCount).toBeGreaterThan(0);
    for (const r of summary.slice(1)) if (r[col] !== '') expect(typeof r[col]).toBe('number');
  });

  test("colour rules: red at alertDays, amber at warnDays, on the days-left columns only; the manager's rule kept", () => {
    const reg = conditionalRules(fake.spreadsheet.getSheetByName('来访登记'));
    expect(reg.map((r) => [r.values[0], r.background])).toEqual([
      ['=L4="重要"', '#00FF00'],
      ['=AND(ISNUMBER(O4),O4<=3)', '#F28B82'],
      ['=AND(ISNUMBER(O4),O4<=5)', '#FDD663'],
    ]);
    expect(reg[1]?.ranges[0]).toMatch(/^O4:O\d+$/);
    const sum = conditionalRules(fake.spreadsheet.getSheetByName('客户归属总表'));
    expect(sum.map((r) => r.values[0])).toEqual(['=AND(ISNUMBER(H2),H2<=3)', '=AND(ISNUMBER(H2),H2<=5)']);
    const filing = conditionalRules(fake.spreadsheet.getSheetByName('客户备案'));
    expect(filing).toHaveLength(2);
  });

  test('a later day moves the rules with the sheet and still does not stack them', () => {
    recompute(fake, '2026-12-01T10:00:00');
    expect(conditionalRules(fake.spreadsheet.getSheetByName('来访登记'))).toHaveLength(3);
    expect(conditionalRules(fake.spreadsheet.getSheetByName('客户归属总表'))).toHaveLength(2);
    recompute(fake);
  });

  test('a second run replaces its rules rather than stacking them, and changes nothing else', () => {
    const before = snapshot(fake.spreadsheet);
    const rules = conditionalRules(fake.spreadsheet.getSheetByName('来访登记'));
    fake.calls.reset();
    recompute(fake);
    expect(snapshot(fake.spreadsheet)).toEqual(before);
    // Writes follow changes: the same rules are not set again.
    expect(fake.calls.get('Sheet.getConditionalFormatRules')).toBe(3);
    expect(fake.calls.get('Sheet.setConditionalFormatRules')).toBe(0);
    expect(conditionalRules(fake.spreadsheet.getSheetByName('来访登记'))).toEqual(rules);
    expect(conditionalRules(fake.spreadsheet.getSheetByName('客户归属总表'))).toHaveLength(2);
  });
});

describe('issue 13 point 2 in the add-on: a sheet annotated by the previous version', () => {
  test("its own columns are found by their old headers and rewritten; the manager's columns stay; idempotent", () => {
    const fake = setupDocument(120);
    settings(fake, {});
    fake.run(() => {
      const reg = sheetOf(fake, '来访登记');
      (
        fake.spreadsheet.getSheetByName('来访登记') as unknown as { insertColumnsAfter(a: number, n: number): void }
      ).insertColumnsAfter(12, 6);
      reg.getRange(3, 13, 1, 6).setValues([OLD]);
      reg.getRange(4, 13, 3, 6).setValues(Array.from({ length: 3 }, () => OLD.map((_, i) => `旧${i}`)));
    });
    const manager = fake.values('来访登记').map((r) => r.slice(0, 12));
    // Nothing said about the columns; only the count of customers never owned (decide/D24).
    expect(recompute(fake).notes.filter((n) => !n.startsWith('无归属客户'))).toEqual([]);
    const after = fake.values('来访登记');
    expect((after[2] as unknown[]).slice(12)).toEqual(OWN);
    expect(after.flat().filter((v) => typeof v === 'string' && v.startsWith('旧'))).toEqual([]);
    expect(after.map((r) => r.slice(0, 12))).toEqual(manager);
    const again = snapshot(fake.spreadsheet);
    recompute(fake);
    expect(snapshot(fake.spreadsheet)).toEqual(again);
  });

  test("a manager's column after the old block is kept; new columns go after it", () => {
    const fake = setupDocument(60);
    settings(fake, {});
    fake.run(() => {
      const reg = sheetOf(fake, '来访登记');
      (
        fake.spreadsheet.getSheetByName('来访登记') as unknown as { insertColumnsAfter(a: number, n: number): void }
      ).insertColumnsAfter(12, 7);
      reg.getRange(3, 13, 1, 7).setValues([[...OLD, '区域']]);
      reg.getRange(4, 19).setValue('东区');
    });
    recompute(fake);
    const after = fake.values('来访登记');
    const header = after[2] as unknown[];
    expect(header.slice(12, 19)).toEqual([
      '当时归属',
      '当时状态',
      '业绩分成',
      '佣金分成',
      '当时保护到期',
      '判定依据',
      '区域',
    ]);
    expect(header.slice(19, 22)).toEqual(['当前归属', '当前状态', '剩余天数']);
    expect(after[3]?.[18]).toBe('东区');
  });
});

describe('issue 13 point 4 in the add-on: 到期提醒', () => {
  test("the daily run writes it: per agent, then the manager's section, phones masked", () => {
    const fake = setupDocument(300);
    settings(fake, { overrides: { warnDays: 5 } });
    fake.call(loadAt(fake, '2026-11-30T07:00:00'), 'guishuDaily');
    const v = fake.values('到期提醒');
    expect(String(v[0]?.[0])).toMatch(/^到期提醒（截至 2026-11-30/);
    expect(v[1]).toEqual([
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
    const listed = v.slice(2).filter((r) => typeof r[5] === 'number');
    expect(listed.length).toBeGreaterThan(0);
    for (const r of listed) {
      expect(r[5] as number).toBeLessThanOrEqual(5);
      expect(String(r[3])).toMatch(/^\*+\d{4}/);
      expect(String(r[8])).toMatch(/^\d{2}-\d{2} 前/);
    }
    expect(v.some((r) => String(r[0]).startsWith('经理：逾期未跟进'))).toBe(true);
  });
});
