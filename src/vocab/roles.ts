// The words for what a sheet is taken for (issue 15 point 6): the reader's sheet roles with their
// zh-CN and en word side by side, so a role key (register, staff…) is never shown as it is. The
// setup page's role choices (src/ui/i18n.ts, role.*) name the same roles without 表.
import type { SheetRole } from '../table/fields';
import type { Word } from './fields';
import type { Lang } from './lang';

export const SHEET_ROLE_WORDS: Readonly<Record<SheetRole, Word>> = {
  register: { zh: '来访登记表', en: 'visit register' },
  filing: { zh: '客户备案表', en: 'filing sheet' },
  staff: { zh: '人员表', en: 'staff sheet' },
  rulings: { zh: '裁决表', en: 'rulings sheet' },
};

/** A sheet role in words: 人员表 / staff sheet. */
export function sheetRoleWord(role: SheetRole, lang: Lang): string {
  return SHEET_ROLE_WORDS[role][lang];
}
