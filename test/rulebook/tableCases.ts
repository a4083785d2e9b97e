// Rulebook decisions made in the table layer, as small sheets read by readWorkbook: the coverage
// test counts the rule ids the reader cites on its issues (InputIssue.rules) with the engine's.
import type { SheetGrid } from '../../src/table';

export interface TableCase {
  readonly name: string;
  readonly preset: string;
  readonly asOf: string;
  readonly grids: readonly SheetGrid[];
}

const HEAD = ['日期', '客户姓名', '联系电话', '置业顾问', '录入时间'];

export const TABLE_CASES: TableCase[] = [
  {
    name: 'decide/D13: a year-less date takes the year of the sheet’s name, entry stamp, latest full date or as-of',
    preset: 'cross-customer',
    asOf: '2027-01-05',
    grids: [
      { name: '来访登记 2026年12月', values: [HEAD, ['12月28日', '王先生', '13922220013', '张三', '']] },
      {
        name: '来访登记',
        values: [
          HEAD,
          ['12月29日', '李女士', '13922220014', '李四', '2027-01-02'],
          ['2027-01-03', '赵先生', '13922220015', '张三', ''],
          ['12月30日', '钱先生', '13922220016', '张三', ''],
        ],
      },
    ],
  },
];
