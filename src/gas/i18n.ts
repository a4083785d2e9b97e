// The add-on's own words (menu, notes to the user), zh-CN first with English.
export type Lang = 'zh' | 'en';

export const MENU = {
  recompute: { zh: '重新计算', en: 'Recompute now' },
  lookup: { zh: '查询客户', en: 'Look up a customer' },
  filing: { zh: '客户备案', en: 'File a customer' },
  conflicts: { zh: '冲突与裁决', en: 'Conflicts and rulings' },
  setup: { zh: '设置', en: 'Setup' },
  install: { zh: '安装自动任务', en: 'Install the daily run' },
  help: { zh: '帮助', en: 'Help' },
} as const;

type Text = { readonly zh: string; readonly en: string };
const t = (zh: string, en: string): Text => ({ zh, en });

export const NOTE = {
  unowned: (n: number) => t(`无归属客户 ${n} 位（从未有人归属，在公海）`, `${n} customers never owned (in the pool)`),
  defaults: (preset: string) => t(`尚未设置：按表名和表头识别，使用预设 ${preset}`, `Not set up yet: sheets and columns detected, preset ${preset} assumed`),
  badSettings: (why: string) => t(`设置无效，本次未写入任何内容：${why}`, `The settings are invalid; nothing was written: ${why}`),
  noDocument: t('本次运行没有关联的表格（请从表格内的菜单重新安装自动任务）', 'This run has no spreadsheet (reinstall the daily run from the menu inside the spreadsheet)'),
  busy: t('另一次计算正在进行，请稍后再试', 'Another run is in progress; try again shortly'),
  noRegister: t('没有找到来访登记表或客户备案表（按表名或表头），未写入任何内容', 'No visit register or filing sheet was found (by name or headers); nothing was written'),
  writeFailed: (why: string) => t(`写入失败，已恢复原状：${why}`, `Writing failed and the sheets were restored: ${why}`),
  restoreFailed: (why: string) => t(`写入失败且恢复未完成，请检查归属列：${why}`, `Writing failed and the restore did not finish; check Guishu's columns: ${why}`),
  notManager: t('只有经理可以执行此操作', 'Only a manager can do this'),
  noEmail: t('无法获得您的邮箱（账号设置所致），按非经理处理', 'Your email is not available (an account setting), so you are treated as a non-manager'),
  monthWritten: (name: string) => t(`已写入 ${name}`, `${name} written`),
};

export function pick(text: Text, lang: Lang): string {
  return text[lang];
}

/** The page's language when it sent a valid one, else the document's. */
export function pageLang(asked: unknown, fallback: Lang): Lang {
  return asked === 'zh' || asked === 'en' ? asked : fallback;
}
