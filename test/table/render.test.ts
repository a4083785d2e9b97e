import {
  annotationBlocks,
  annotationPlans,
  maskPhone,
  ownSheetPlans,
  ownSheets,
  splitText,
  startsLikeFormula,
} from '../../src/table/render';
import { layout, result } from './result-fixture';
import { dayFromYmd } from '../../src/engine/calendar';

describe('annotationBlocks', () => {
  const [register, filing, ...rest] = annotationBlocks(layout, result, 'zh');

  it('writes register and filing sheets only', () => {
    expect(rest).toEqual([]);
    expect(register.sheet).toBe('来访登记');
    expect(filing.sheet).toBe('客户备案');
  });

  it("puts new own columns after the manager's last column, found ones where they are", () => {
    expect(register.firstColumn).toBe(16);
    expect(register.headerRow).toBe(3);
    expect(filing.firstColumn).toBe(6);
  });

  it('has the rulebook §2.5 headers', () => {
    expect(register.values[0]).toEqual([
      '当前归属',
      '当前状态',
      '剩余天数',
      '当时归属',
      '当时状态',
      '业绩分成',
      '佣金分成',
      '当时保护到期',
      '判定依据',
    ]);
    expect(filing.values[0]).toEqual(['当前归属', '当前状态', '剩余天数', '当时备案状态', '当时保护到期', '判定依据']);
    const [en] = annotationBlocks(layout, result, 'en');
    expect(en.values[0]).toEqual([
      'Current owner',
      'Current status',
      'Days left',
      'Owner at this row',
      'Status at this row',
      'Performance split',
      'Commission split',
      'Protected through (at this row)',
      'Reason',
    ]);
  });

  it("issue 13 point 1: today's standing on every row of a customer, beside the judgment at that row", () => {
    // Row 4 was judged 保护中 through 11-08; on the as-of day (11-30) the customer is 已成交.
    expect(register.values[1].slice(0, 3)).toEqual(['张三', '已成交', '']);
    expect(register.numberColumns).toEqual([2]);
    expect(register.daysLeftColumn).toBe(2);
  });

  it('has one row per sheet row through the last data row', () => {
    expect(register.values).toHaveLength(1 + (9 - 3));
    expect(filing.values).toHaveLength(2);
    expect(register.values.every((r) => r.length === 9)).toBe(true);
  });

  it('renders a judged row', () => {
    expect(register.values[1].slice(3)).toEqual([
      '张三',
      '保护中',
      '',
      '',
      '2026-11-08',
      '[cross-customer/R1] 首次接待',
    ]);
  });

  it("uses the preset label where the row status is the customer's status", () => {
    expect(register.values[2][1]).toBe('②已登记未合作无客户保护');
    expect(register.values[2][0]).toBe('公海');
  });

  it("shows the deal's judgment and splits on a row with two events", () => {
    expect(register.values[3].slice(3)).toEqual([
      '张三',
      '已成交',
      '张三 70% / 李四 30%',
      '张三 50% / 李四 50%',
      '',
      '[cross-customer/R4.3] 五五分成',
    ]);
  });

  it('leaves blank rows blank and explains unread rows', () => {
    expect(register.values[4]).toEqual(['', '', '', '', '', '', '', '', '']); // row 7: not a data row
    expect(register.values[5][8]).toBe('问题：日期无法识别：11月31日');
    expect(register.values[6]).toEqual(['', '', '', '', '', '', '', '', '']); // row 9: no result, no issue
  });

  it("renders filing rows with the default label when the status differs from the customer's", () => {
    expect(filing.values[1].slice(3)).toEqual(['报备待到访', '2026-11-06', '[park-report/R2] 报备 5 天内到访']);
  });

  it('shows the deal on a row with two events whatever the order of the results', () => {
    const [reversed] = annotationBlocks(layout, { ...result, rows: [...result.rows].reverse() }, 'zh');
    expect(reversed.values).toEqual(register.values);
  });

  it("ignores results for rows outside the sheet's data area", () => {
    const stray = { ...result.rows[0], ref: { sheet: '来访登记', row: 2 } };
    const [withStray] = annotationBlocks(layout, { ...result, rows: [stray, ...result.rows] }, 'zh');
    expect(withStray.values).toEqual(register.values);
  });

  it('renders English reasons', () => {
    const [en] = annotationBlocks(layout, result, 'en');
    expect(en.values[1].slice(3)).toEqual([
      '张三',
      'Protected',
      '',
      '',
      '2026-11-08',
      '[cross-customer/R1] First reception',
    ]);
    expect(en.values[2][3]).toBe('Pool');
  });
});

describe('plans (rows rendered one at a time, for the command line)', () => {
  it('give the same rows as the blocks and own sheets, in any order of asking', () => {
    const plans = annotationPlans(layout, result, 'zh');
    annotationBlocks(layout, result, 'zh').forEach((block, k) => {
      const plan = plans[k];
      expect(plan.rows.length).toBe(block.values.length);
      const backwards = Array.from({ length: plan.rows.length }, (_, i) =>
        plan.rows.row(plan.rows.length - 1 - i),
      ).reverse();
      expect(backwards).toEqual(block.values);
    });
    const own = ownSheetPlans(result, 'zh', { maskPhones: true });
    ownSheets(result, 'zh', { maskPhones: true }).forEach((sheet, k) => {
      expect(own[k].name).toBe(sheet.name);
      expect(Array.from({ length: own[k].rows.length }, (_, i) => own[k].rows.row(i))).toEqual(sheet.values);
    });
  });
});

describe('ownSheets', () => {
  const sheets = ownSheets(result, 'zh', { maskPhones: false });
  const byName = new Map(sheets.map((s) => [s.name, s.values]));

  it('has the four own sheets with Chinese names in both languages', () => {
    expect(sheets.map((s) => s.name)).toEqual(['客户归属总表', '冲突', '问题', '变更日志']);
    expect(ownSheets(result, 'en', { maskPhones: false }).map((s) => s.name)).toEqual([
      '客户归属总表',
      '冲突',
      '问题',
      '变更日志',
    ]);
  });

  it('renders 客户归属总表', () => {
    const v = byName.get('客户归属总表')!;
    expect(v[0]).toEqual([
      '客户编号',
      '客户',
      '电话',
      '归属人',
      '归属类型',
      '状态',
      '保护到期',
      '剩余天数',
      '类别',
      '规则',
      '判定依据',
    ]);
    expect(v[1]).toEqual([
      'c-13800138000',
      '陈先生',
      '13800138000、13900139000',
      '张三',
      '顾问',
      '已成交',
      '',
      '',
      '',
      'cross-customer/R3',
      '张三 首次接待 2026-11-01',
    ]);
    // render returns names as they are; writers make them text
    expect(v[2][1]).toBe('=HYPERLINK("http://x","y")');
    expect(v[2][8]).toBe('甲方直接客户');
  });

  it('renders 冲突, 问题 and 变更日志', () => {
    expect(byName.get('冲突')![1]).toEqual([
      '陈先生 (c-13800138000)',
      '来访登记',
      '6',
      '2026-11-10',
      '他人成交',
      '张三 / 李四',
      'common/CONFLICT',
      '李四 成交张三的客户',
      '2026-11-13',
    ]);
    expect(byName.get('问题')!.slice(1)).toEqual([
      ['来访登记', '8', '日期', '错误', '日期无法识别：11月31日'],
      ['来访登记', '', '工作表', '提示', '未找到指定顾问列'],
    ]);
    expect(byName.get('变更日志')![1]).toEqual([
      '2026-11-09',
      '=HYPERLINK("http://x","y") (c-13700137000)',
      '王五',
      '保护中',
      '公海',
      '已释放',
      'cross-customer/R4.1',
      '',
      '',
    ]);
  });

  it('decide/D12: 变更日志 shows the entry day of a back-dated row that made a change, in both languages', () => {
    const late = { ...result, changes: [{ ...result.changes[0], entered: dayFromYmd(2026, 11, 12) }] };
    const zh = ownSheets(late, 'zh', { maskPhones: false }).find((s) => s.name === '变更日志')!.values;
    expect(zh[0][zh[0].length - 1]).toBe('录入日期');
    expect(zh[1][zh[1].length - 1]).toBe('2026-11-12');
    expect(zh[1][0]).toBe('2026-11-09');
    const en = ownSheets(late, 'en', { maskPhones: false }).find((s) => s.name === '变更日志')!.values;
    expect(en[0][en[0].length - 1]).toBe('Entered');
    expect(en[1][en[1].length - 1]).toBe('2026-11-12');
  });

  it('masks phones, also inside customer ids', () => {
    const v = ownSheets(result, 'zh', { maskPhones: true })[0].values;
    expect(v[1][0]).toBe('c-*******8000');
    expect(v[1][2]).toBe('*******8000、*******9000');
    expect(JSON.stringify(ownSheets(result, 'en', { maskPhones: true }))).not.toMatch(/13800138000/);
  });

  it('follows the language in headers', () => {
    const en = ownSheets(result, 'en', { maskPhones: false });
    expect(en[0].values[0][0]).toBe('Customer ID');
    expect(en[1].values[0]).toContain('Objection deadline');
    expect(en[1].values[1][4]).toBe('Deal by another agent');
  });
});

describe('helpers', () => {
  it.each(['=1', '+1', '-2+3', '@SUM(A1)', '  =x', '＝1', '＋1', '－1', '＠x', '\u3000=x'])(
    '%s starts like a formula',
    (s) => {
      expect(startsLikeFormula(s)).toBe(true);
    },
  );
  it.each(['张三', '1+1', 'a=b', '', '13800138000'])('%s does not', (s) => {
    expect(startsLikeFormula(s)).toBe(false);
  });
  it('formats splits with one decimal at most', () => {
    expect(splitText({ a: 1 / 3, b: 1 / 3, c: 1 / 3 })).toBe('a 33.3% / b 33.3% / c 33.3%');
    expect(splitText({ 张三: 1 })).toBe('张三 100%');
  });
  it('masks phones to the last four digits', () => {
    expect(maskPhone('13800138000')).toBe('*******8000');
    expect(maskPhone('123')).toBe('***');
  });
});
