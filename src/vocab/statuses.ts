// The one home of the status words (issue 15 point 6): every status code of the engine with its
// zh-CN and en word side by side (rulebook §5), and what each means (the help page). A preset may
// name a status its own way (policy.labels, daily-chem-filing's ①–⑥): src/engine/labels.ts
// statusLabel gives the preset's word first and these otherwise.
import type { Status } from '../engine/types';
import type { Word } from './fields';

/** The status as a label: a cell of 状态, the lookup, the command line (rulebook §5's 中文). */
export const STATUS_WORDS: Readonly<Record<Status, Word>> = {
  unregistered: { zh: '未登记', en: 'Unregistered' },
  'pending-visit': { zh: '报备待到访', en: 'Pending visit' },
  protected: { zh: '保护中', en: 'Protected' },
  warning: { zh: '释放预警', en: 'Release warning' },
  released: { zh: '已释放', en: 'Released' },
  unowned: { zh: '无归属', en: 'Unowned' },
  company: { zh: '转公司', en: 'To company' },
  closed: { zh: '已成交', en: 'Closed' },
  disputed: { zh: '待裁决', en: 'Disputed' },
};

/** What each status means, in a sentence or two (the help page's table). A table of its own so
 *  that the add-on's bundle, which shows no help text, does not carry it. */
export const STATUS_MEANINGS: Readonly<Record<Status, Word>> = {
  unregistered: {
    zh: '尚未备案，没有人持有这位客户（要求先备案的制度）。',
    en: 'Not filed yet, so nobody holds the customer (rules that require a filing first).',
  },
  'pending-visit': {
    zh: '已报备，须在期限内带客到访才开始保护。',
    en: 'Reported; protection starts only when the customer visits within the time allowed.',
  },
  protected: {
    zh: '归属人在保护期内持有客户；他人接待按制度算义务帮忙或分成。',
    en: 'The owner holds the customer while protected; another agent’s reception counts as help or a split, as the rules say.',
  },
  warning: {
    zh: '保护期快到了：归属人跟进或成交可续期，否则到期释放。',
    en: 'Protection ends soon: a follow-up or a deal by the owner renews it, otherwise the customer is released.',
  },
  released: {
    zh: '保护期已过，客户回到公海，之后按制度重新归属。',
    en: 'Protection ended; the customer is back in the pool and goes to whoever the rules say next.',
  },
  unowned: {
    zh: '登记上有这位客户，但从未归属任何人（无顾问接待或只有信息不全的记录），在公海，下一位有效接待的顾问即归属。',
    en: 'Seen on the register but never owned (no agent on the rows, or only incomplete rows): in the pool, and the next agent to make a valid contact owns.',
  },
  company: {
    zh: '客户归公司或经理（如只有来电未分配，或保护期满转公司）。',
    en: 'The customer belongs to the company or the manager (calls nobody was assigned, or protection ended into the company).',
  },
  closed: {
    zh: '客户已成交；归属按制度保留，或在成交后保护期满释放。',
    en: 'The customer bought; ownership is kept as the rules say, or released when protection after the deal ends.',
  },
  disputed: {
    zh: '存在冲突（如他人成交、重复备案），等待经理在「冲突与裁决」中裁决。',
    en: 'There is a conflict (a deal by another agent, a second filing) for a manager to settle under Conflicts and rulings.',
  },
};
