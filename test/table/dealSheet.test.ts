// Issue 12 point 9 (decide/D22: no deal is ever dropped) and rulebook §2.1 ("every sheet whose
// name or headers mark it as a register is read"): a separate deal sheet (成交登记, 认购明细 …)
// is part of the register, its rows deals (or deposits) unless a 类型 cell says otherwise.
import { readWorkbook } from '../../src/table/read';

describe('decide/D22: a deal sheet kept apart from the visit register is read, never dropped', () => {
  it.each([
    ['成交登记', '成交日期', 'deal'],
    ['签约台账', '签约日期', 'deal'],
    ['认购明细', '认购日期', 'deposit'],
    ['Sheet3', '成交日期', 'deal'],
  ])('%s with a %s column: its rows are %s rows', (name, dateHeader, kind) => {
    const { input, layout } = readWorkbook([
      {
        name,
        values: [
          [dateHeader, '客户', '电话', '销售', '房号', '金额'],
          ['2026-11-10', '陈先生', '139-2222-0013', '张三', '1-101', 1000000],
        ],
      },
    ]);
    expect(layout.sheets.map((s) => s.role)).toEqual(['register']);
    expect(input.events).toHaveLength(1);
    expect(input.events[0]).toMatchObject({ kind, phone: '13922220013', agent: '张三' });
  });

  it('a 成交登记 sheet with a plain 日期 column holds deals; a 类型 cell still says what a row is', () => {
    const { input } = readWorkbook([
      {
        name: '成交登记',
        values: [
          ['日期', '客户姓名', '联系电话', '置业顾问', '类型'],
          ['2026-11-10', '陈先生', '13922220013', '张三', ''],
          ['2026-11-11', '王女士', '13922220014', '李四', '认购'],
        ],
      },
    ]);
    expect(input.events.map((e) => e.kind)).toEqual(['deal', 'deposit']);
  });

  it('a visit register with a 成交日期 column is still a visit plus a deal on that date', () => {
    const { input } = readWorkbook([
      {
        name: '来访登记',
        values: [
          ['日期', '客户姓名', '联系电话', '置业顾问', '成交日期'],
          ['2026-11-01', '陈先生', '13922220013', '张三', '2026-11-10'],
        ],
      },
    ]);
    expect(input.events.map((e) => e.kind)).toEqual(['visit', 'deal']);
  });
});
