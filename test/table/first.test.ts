// 是否首次 (rulebook §2.1 first): informational, except that brokerage-viewing R2 reads a 否
// (decide/D10). The table hands it to the engine and never lists it on 问题.
import { readWorkbook } from '../../src/table';
import { day, grid } from './helpers';

describe('是否首次 column', () => {
  test('decide/D10: 是 / 否 reach the engine; other text is not said, and no 问题 line', () => {
    const g = grid('来访登记', [
      ['日期', '客户姓名', '联系电话', '置业顾问', '类型', '是否首次'],
      ['2026-11-01', '王先生', '13800000001', '张三', '带看', '是'],
      ['2026-11-02', '李女士', '13800000002', '张三', '带看', '否'],
      ['2026-11-03', '赵先生', '13800000003', '张三', '带看', '老客户'],
    ]);
    const { input } = readWorkbook([g], { asOf: day('2026-11-30') });
    expect(input.events.map((e) => e.first)).toEqual([true, false, null]);
    expect(input.issues.filter((i) => i.field === 'first')).toEqual([]);
  });
});
