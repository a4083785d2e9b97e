// The one home of the conflict-kind words (issue 15 point 6): every ConflictKind of the engine
// with its zh-CN and en word side by side, as 冲突's 类型 column, the conflicts dialog and the
// command line show it.
import type { ConflictKind } from '../engine/types';
import type { Word } from './fields';

export const CONFLICT_WORDS: Readonly<Record<ConflictKind, Word>> = {
  'deal-by-other': { zh: '他人成交', en: 'Deal by another agent' },
  'second-filing': { zh: '重复备案', en: 'Second filing' },
  'forbidden-contact': { zh: '违规接触', en: 'Forbidden contact' },
  'report-rejected': { zh: '报备驳回', en: 'Report rejected' },
  'household-cut': { zh: '切客', en: 'Household cut' },
  'late-evidence': { zh: '证据逾期录入', en: 'Late evidence' },
  'late-proof': { zh: '异议期外举证', en: 'Proof after the objection window' },
  'same-day-claims': { zh: '同日争客', en: 'Same-day claims' },
  'callback-missed': { zh: '未按时回电', en: 'Call-back missed' },
  'referral-unresolved': { zh: '介绍关系待定', en: 'Referral unresolved' },
  'reported-visit': { zh: '带访他人报备客户', en: 'Brought a customer another agent reported' },
  'unverified-deal': { zh: '成交待核实', en: 'Deal to verify' },
};
