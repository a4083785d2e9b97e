// The one home of the words for an input issue's level (问题's 级别 column), zh-CN and en side by side.
import type { InputIssue } from '../engine/types';
import type { Word } from './fields';

export type IssueLevel = InputIssue['level'];

export const ISSUE_LEVEL_WORDS: Readonly<Record<IssueLevel, Word>> = {
  error: { zh: '错误', en: 'Error' },
  weak: { zh: '弱记录', en: 'Weak record' },
  note: { zh: '提示', en: 'Note' },
};
