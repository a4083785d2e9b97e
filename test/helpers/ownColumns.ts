// The own columns Guishu writes, as a manager reads them on the sheet (issue 13: today's standing
// first, then the judgment at the row). Written out here, not taken from src/table/labels.ts, so a
// change of headers there fails the tests that read them.
export const REGISTER_OWN_ZH = [
  '当前归属',
  '当前状态',
  '剩余天数',
  '当时归属',
  '当时状态',
  '业绩分成',
  '佣金分成',
  '当时保护到期',
  '判定依据',
];

export const FILING_OWN_ZH = ['当前归属', '当前状态', '剩余天数', '当时备案状态', '当时保护到期', '判定依据'];
