// The one home of the words for where a date written without a year took its year from
// (decide/D13, src/table/dates.ts YearBasis), zh-CN and en side by side, as 问题 says it.
import type { YearBasis } from '../table/dates';
import type { Word } from './fields';

export const YEAR_BASIS_WORDS: Readonly<Record<YearBasis, Word>> = {
  name: { zh: '表名或标题中的年份', en: "the year in the sheet's name or title" },
  entered: { zh: '该行录入时间', en: "the row's entry time" },
  sheet: { zh: '本表最近的完整日期', en: "the sheet's latest full date" },
  asOf: { zh: '判定日', en: 'the as-of day' },
};
