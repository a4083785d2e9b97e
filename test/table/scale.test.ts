import { readWorkbook } from '../../src/table';
import { day, grid } from './helpers';

/** A register as offices keep it: Date cells, spaced phones, a few kinds, some blanks. */
function bigRegister(rows: number): unknown[][] {
  const kinds = ['来访', '', '来电', '回访', '', '成交'];
  const agents = ['张三', '李四', '王五', '自行来访', '赵六'];
  const values: unknown[][] = [
    ['某项目来访客户登记表'],
    ['序号', '来访日期', '来访时间', '客户姓名', '联系电话', '置业顾问', '类型', '介绍人', '来源', '成交金额', '备注'],
  ];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < rows; i++) {
    const n = 13800000000 + (i % 40000);
    const phone = i % 3 === 0 ? n : `${String(n).slice(0, 3)} ${String(n).slice(3, 7)} ${String(n).slice(7)}`;
    values.push([
      i + 1,
      i % 4 === 0
        ? `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`
        : new Date(start + (i % 300) * 86_400_000),
      i % 2 === 0 ? '14:30' : '',
      `客户${i % 5000}`,
      phone,
      agents[i % agents.length],
      kinds[i % kinds.length],
      i % 10 === 0 ? '13900000001' : '',
      i % 7 === 0 ? '渠道' : '',
      i % 6 === 5 ? '200万' : '',
      i % 9 === 0 ? '客户很有意向' : '',
    ]);
  }
  return values;
}

// Speed is measured by `npm run bench`, not here: this checks that nothing is lost at scale.
describe('a 100k-row register', () => {
  it('reads every row: each one an event, the deal rows one more', () => {
    const { input, layout } = readWorkbook([grid('来访登记', bigRegister(100_000))], { asOf: day('2026-11-30') });
    expect(layout.sheets[0]?.dataRows).toHaveLength(100_000);
    expect(input.events.length).toBe(100_000);
    expect(input.issues).toEqual([]);
  });
});
