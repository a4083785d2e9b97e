// Issue 12 point 1 in the table reader: a filing sheet alone is something to judge.
import { hasRecordSheet, readWorkbook } from '../../src/table/read';

describe('issue 12 point 1: a filing sheet alone is a register (reader)', () => {
  it.each(['客户备案', '报备', '备案', 'Filings', '园区报备登记表'])(
    'a workbook with only %s has a record sheet, read as filings',
    (name) => {
      const { input, layout } = readWorkbook([
        {
          name,
          values: [
            ['报备日期', '客户姓名', '联系电话', '报备人'],
            ['2026-11-01', '王先生', '13922220013', '张三'],
          ],
        },
      ]);
      expect(layout.sheets.map((s) => s.role)).toEqual(['filing']);
      expect(hasRecordSheet(layout)).toBe(true);
      expect(input.events).toHaveLength(1);
      expect(input.events[0]).toMatchObject({ from: 'filing', phone: '13922220013', agent: '张三' });
    },
  );

  it('a filing sheet found by its headers alone counts too', () => {
    const { layout } = readWorkbook([
      {
        name: 'Sheet1',
        values: [
          ['备案日期', '客户姓名', '联系电话', '备案人'],
          ['2026-11-01', '王先生', '13922220013', '张三'],
        ],
      },
    ]);
    expect(hasRecordSheet(layout)).toBe(true);
  });

  it('staff and rulings alone are nothing to judge', () => {
    const { layout } = readWorkbook([
      {
        name: '人员',
        values: [
          ['姓名', '状态'],
          ['张三', '在职'],
        ],
      },
      {
        name: '裁决',
        values: [
          ['裁决日期', '客户', '新归属人'],
          ['2026-11-01', '王先生', '张三'],
        ],
      },
    ]);
    expect(layout.sheets.length).toBe(2);
    expect(hasRecordSheet(layout)).toBe(false);
  });
});
