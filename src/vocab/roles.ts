// The one home of the sheet-role words (what a sheet is used as: the setup page's 用途), zh-CN and
// en side by side. The sheet *names* Guishu recognises (来访登记表, 报备, Visits …) are the
// reader's, src/table/roles.ts.
import type { SheetRole } from '../table/fields';
import type { Word } from './fields';

export type RoleChoice = SheetRole | 'ignore';

export const ROLE_WORDS: Readonly<Record<RoleChoice, Word>> = {
  register: { zh: '来访登记', en: 'Visit register' },
  filing: { zh: '客户备案', en: 'Filings' },
  staff: { zh: '人员', en: 'Staff' },
  rulings: { zh: '裁决', en: 'Rulings' },
  ignore: { zh: '不读取', en: 'Do not read' },
};
