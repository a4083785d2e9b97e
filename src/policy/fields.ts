// The words for a policy file's settings, by path, for what is wrong with one
// (src/policy/messages.ts): the command line and the setup page pass them to parsePolicy. Kept
// out of src/policy/index.ts so the add-on's server bundle, which has no room for them (256 KiB,
// docs/addon.md "Errors"), does not carry them.
import { NUMBER_WORDS, SPLIT_WORDS, UNIT_WORDS } from '../vocab/numbers';
import type { Text } from './messages';

const t = (zh: string, en: string): Text => ({ zh, en });

/** Words for a setting, by its path with list positions as `*`: the numbers a manager may change
 *  (src/vocab/numbers.ts) and the choices and lists of a policy file. The most specific path wins;
 *  a unit below it (days, months, minutes) is named after it; a path without words is said as the
 *  key alone (what the expected value says is enough: a rule id, true or false). */
export const POLICY_FIELDS: Readonly<Record<string, Text>> = {
  ...NUMBER_WORDS,
  'claim.by': t('产生归属的记录类型', 'kinds that give an owner'),
  'claim.from': t('保护期起算', 'protection counted from'),
  'claim.lapseTo': t('保护期满后去向', 'lapsed customers go to'),
  'claim.others': t('他人接待', "others' contacts"),
  'claim.renewBy': t('续期的记录类型', 'kinds that renew'),
  'designation.mode': t('指定顾问方式', 'designation'),
  'referral.mode': t('介绍方式', 'referral'),
  'closed.status': t('成交后状态', 'status after a deal'),
  'closed.lapseTo': t('成交保护期满后去向', 'after deal protection, customers go to'),
  'deals.byOther.*.when': t('分成条件', 'split condition'),
  'deals.byOther.*.performance': SPLIT_WORDS.performance,
  'deals.byOther.*.commission': SPLIT_WORDS.commission,
  'deals.lateEvidence.kind': t('迟录证据类型', 'late-evidence kind'),
  // What the other custom checks of src/policy/schema.ts expect: `=` and the check's key.
  '=ruleId': t('规则编号（如 case-field/R4）', 'a rule id (such as case-field/R4)'),
  '=share': t(
    'owner、closer、equal、team 之一，或 {owner, closer} 且 owner + closer = 1',
    'owner, closer, equal, team, or {owner, closer} with owner + closer = 1',
  ),
  '=labels': t('每项为 {zh, en} 的对象', 'an object of {zh, en}'),
  '=decisions': t('每项为决定列表的对象', 'an object of decision lists'),
  // The unit below a number's path (claim.window.days): `.` and the last key.
  '.days': UNIT_WORDS.days,
  '.months': UNIT_WORDS.months,
  '.minutes': UNIT_WORDS.minutes,
};
