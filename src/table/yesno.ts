// Issue 12 point 7 "Yes means yes": the one vocabulary of yes/no cells (审批, 签字, 带客确认单,
// 客户签字, 甲方/乙方签字, 甲方/乙方审批, 仅取资料, 是否首次, 陪同, 经理 …), zh and en side by side.
// A cell is yes only for a recognised yes word; a recognised no word, or a word that says the
// thing is still to come (待审批, 待任总签字), is no; anything else is neither, and the reader
// reads it as no and puts a line on 问题.
import { wordKey } from './text';

interface Words {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

export const YES_WORDS: Words = {
  zh: [
    '是',
    '是的',
    '对',
    '有',
    '已',
    '同意',
    '通过',
    '批准',
    '已签',
    '已签字',
    '已签名',
    '已签章',
    '已盖章',
    '已确认',
    '已审批',
    '已审核',
    '已批',
    '已批准',
    '已同意',
    '已通过',
    '已核实',
    '审批通过',
    '审核通过',
  ],
  en: ['y', 'yes', 'true', 't', 'ok', 'okay', 'signed', 'approved', 'confirmed', '1', '√', '✓', '✔', '☑'],
};

export const NO_WORDS: Words = {
  zh: [
    '否',
    '不',
    '不是',
    '无',
    '没有',
    '没',
    '未',
    '非',
    '未签',
    '未签字',
    '未签名',
    '未盖章',
    '未确认',
    '未审批',
    '未审核',
    '未批',
    '未通过',
    '不同意',
    '不通过',
    '拒绝',
    '驳回',
    '退回',
    '作废',
    '撤销',
    '待',
    '待定',
    '待审批',
    '待审核',
    '待签',
    '待签字',
    '待确认',
    '审批中',
    '审核中',
  ],
  // In Chinese sheets a Latin x stands for ×.
  en: [
    'n',
    'no',
    'false',
    'f',
    'none',
    'pending',
    'rejected',
    'unsigned',
    'not signed',
    '0',
    'x',
    '×',
    '✗',
    '✘',
    '☐',
    '-',
    '--',
    '/',
  ],
};

const YES: ReadonlySet<string> = new Set([...YES_WORDS.zh, ...YES_WORDS.en].map(wordKey));
const NO: ReadonlySet<string> = new Set([...NO_WORDS.zh, ...NO_WORDS.en].map(wordKey));

// Longer cells: a word that says it has not happened (yet) makes it no, whatever follows
// (待任总签字, 未经甲方审批, 尚未签, 不同意, 拒签, 审批中); else a word of having happened makes it
// yes (已由任总签字, 甲方已审批, 同意签约). Order matters: 未同意 is no before 同意 is yes.
const NOT_YET = /待|未|尚|不|没|拒|驳回|退回|作废|撤销|否|中$/;
const DONE = /^已|已(?:签|审|批|盖章|确认|同意|通过)|同意|通过|批准/;

/**
 * A yes/no cell: true for a recognised yes, false for a recognised no, null when blank,
 * undefined when it is neither (the caller reads that as no and notes it on 问题).
 * Checkbox cells (booleans) and 1/0 read as themselves.
 */
export function readYesNo(v: unknown): boolean | null | undefined {
  if (typeof v === 'boolean') return v;
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  if (typeof v !== 'string') return undefined;
  const key = wordKey(v).replace(/[。.!！]+$/, '');
  if (key === '') return null;
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  if (NOT_YET.test(key)) return false;
  if (DONE.test(key)) return true;
  return undefined;
}
