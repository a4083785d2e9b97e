// The table layer's reading half: grids in, engine input and layout out.
export type { SheetGrid } from './grid';
export {
  readWorkbook,
  type ReadOptions,
  type SheetLayout,
  type SkippedSheet,
  type WorkbookLayout,
} from './read';
export type { FieldName, OwnColumn, RecordField, RulingField, SheetRole, StaffField } from './fields';
export type { FieldMapping } from './headers';
export { findHeader } from './headers';
export {
  freeSheetName,
  isOwnSheetName,
  isUnmarkedOwnSheet,
  OWN_SHEET_NAMES as READER_OWN_SHEET_NAMES,
  roleByName,
  writtenSheetKind,
  type OwnSheetKind,
} from './roles';
export { formatIssue, issueMessage, fieldText, type IssueCode } from './messages';
export { readPhone, type PhoneRead } from './phones';
export { readDate, readTime, utcCellDate, type CellDate, type DateRead } from './dates';
export { readKind, type KindRead } from './kinds';
