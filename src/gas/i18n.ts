// The add-on's own words (menu, notes to the user), zh-CN first with English.
import { MENU_PATH } from '../vocab/addon';
import { POOL_IN_SENTENCE } from '../vocab/owners';

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

export type Text = { readonly zh: string; readonly en: string };
const t = (zh: string, en: string): Text => ({ zh, en });

const FAILED = t(
  '归属运行出错，未能完成（详情见执行日志）',
  'Guishu ran into an error and did not finish (details in the execution log)',
);

export const NOTE = {
  recomputed: (r: { customers: number; deals: number; conflicts: number; issues: number }) =>
    t(
      `客户 ${r.customers}，成交 ${r.deals}，冲突 ${r.conflicts}，问题 ${r.issues}`,
      `${r.customers} customers, ${r.deals} deals, ${r.conflicts} conflicts, ${r.issues} issues`,
    ),
  installed: (what: readonly string[]) =>
    t(
      `已安装：每日自动计算与录入时间戳（${what.join('、')}）`,
      `Installed: the daily run and entry stamps (${what.join(', ')})`,
    ),
  unowned: (n: number) =>
    t(
      `无归属客户 ${n} 位（从未有人归属，在${POOL_IN_SENTENCE.zh}）`,
      `${n} customers never owned (in ${POOL_IN_SENTENCE.en})`,
    ),
  defaults: (preset: string) =>
    t(
      `尚未设置：按表名和表头识别，使用预设 ${preset}`,
      `Not set up yet: sheets and columns detected, preset ${preset} assumed`,
    ),
  badSettings: (why: string) =>
    t(`设置无效，本次未写入任何内容：${why}`, `The settings are invalid; nothing was written: ${why}`),
  noDocument: t(
    '本次运行没有关联的表格（请从表格内的菜单重新安装自动任务）',
    'This run has no spreadsheet (reinstall the daily run from the menu inside the spreadsheet)',
  ),
  busy: t('另一次计算正在进行，请稍后再试', 'Another run is in progress; try again shortly'),
  noRegister: t(
    '没有找到来访登记表或客户备案表（按表名或表头），未写入任何内容',
    'No visit register or filing sheet was found (by name or headers); nothing was written',
  ),
  // A failed write: what happened and what to do; Google's text goes to the execution log only.
  writeFailed: t(
    '写入失败，已恢复原状，未作任何更改（详情见执行日志）。请稍后重试；仍失败请告知经理',
    'Writing failed; the sheets were restored and nothing changed (details in the execution log). Try again later; if it fails again, tell a manager',
  ),
  writeProtected: (sheet: string) =>
    t(
      `工作表「${sheet}」受保护，您无权编辑，未能写入，已恢复原状。请经理在 数据 › 保护工作表和区域 中允许您编辑`,
      `Sheet "${sheet}" is protected from you, so nothing was written; the sheets were restored. A manager can allow you under Data › Protect sheets and ranges`,
    ),
  restoreFailed: t(
    '写入失败且未能完全恢复：请检查归属列和归属的表后重新计算（详情见执行日志）',
    "Writing failed and the restore did not finish: check Guishu's columns and sheets, then recompute (details in the execution log)",
  ),
  notManager: t('只有经理可以执行此操作', 'Only a manager can do this'),
  noEmail: t(
    '无法获得您的邮箱（账号设置所致），按非经理处理',
    'Your email is not available (an account setting), so you are treated as a non-manager',
  ),
  noEmailInstall: t(
    `无法获得您的邮箱，不能确定您是经理：请在授权页面勾选“查看您的电子邮件地址”后，从菜单 ${MENU_PATH.zh} › 安装自动任务 重试`,
    `Your email is not available, so Guishu cannot tell that you are a manager: allow "See your email address" when asked, then run ${MENU_PATH.en} › Install the daily run again`,
  ),
  replaced: t(
    '此自动任务已被另一位经理重新安装的任务取代，已自行删除',
    "This trigger was replaced by another manager's installation and removed itself",
  ),
  noTime: t(
    '剩余运行时间不足一分钟（Apps Script 每次运行最多 6 分钟），本次未写入任何内容，请稍后再试',
    'Less than a minute of run time was left (Apps Script stops every run after 6 minutes); nothing was written. Try again shortly',
  ),
  missingScope: (names: string) =>
    t(
      `您尚未授予归属所需的权限（${names}）。请从菜单 ${MENU_PATH.zh} 选任一项，在授权页面勾选这些权限后重试`,
      `Guishu lacks a permission you have not granted (${names}). Choose any item under ${MENU_PATH.en} and tick these permissions on the consent screen, then try again`,
    ),
  noEmailScope: t(
    `您未授予“查看您的电子邮件地址”权限，因此按非经理处理。要成为第一位经理或以经理身份操作：从菜单 ${MENU_PATH.zh} › 设置 打开，并在授权页面勾选该权限`,
    `You have not allowed "See your email address", so you are treated as a non-manager. To become the first manager or act as one: open ${MENU_PATH.en} › Setup and allow it on the consent screen`,
  ),
  unstamped: (rows: string) =>
    t(
      `尚未记录录入时间的行（下次编辑或每日运行时补记）：${rows}`,
      `Rows not yet stamped (the next edit or daily run stamps them): ${rows}`,
    ),
  stamped: (n: number) => t(`已记录 ${n} 行的录入时间`, `${n} rows stamped`),
  stampsNoManager: t(
    '录入时间戳表只能由经理的自动任务创建：请由经理从菜单重新安装自动任务',
    "The entry-stamp sheet can only be made by a manager's trigger: a manager should install the daily run again from the menu",
  ),
  // Google's own error text is never shown (it is English, and may be a raw "You do not have
  // permission"): the run says it failed and what to do; the detail goes to the execution log.
  unexpected: t(
    `${FAILED.zh}。请稍后重试；若再次出错，请经理从菜单重新安装自动任务`,
    `${FAILED.en}. Try again later; if it fails again, a manager should install the daily run again from the menu`,
  ),
  // A page's server call that failed unexpectedly: the page adds "try again; tell a manager".
  pageFailed: FAILED,
  // A menu item that failed unexpectedly: the alert also says what to do.
  menuFailed: t(
    `${FAILED.zh}。请稍后重试；仍出错请告知经理`,
    `${FAILED.en}. Try again later; if it keeps failing, tell a manager`,
  ),
  badSettingsRepair: (why: string) =>
    t(
      `已保存的设置无效：${why}。经理可从菜单 ${MENU_PATH.zh} › 设置 修正后保存`,
      `The stored settings are invalid: ${why}. A manager can correct them under ${MENU_PATH.en} › Setup and save`,
    ),
  monthWritten: (name: string) => t(`已写入 ${name}`, `${name} written`),
  // A protection only its editors may change (docs/addon-platform.md §6): said, never skipped silently.
  protectionNotSynced: (sheets: readonly string[]) =>
    t(
      `工作表 ${sheets.join('、')} 的保护由他人设置，您不是该保护的编辑者，因此其编辑者未随经理名单更新。请表格所有者或该保护的编辑者在 数据 › 保护的工作表和范围 中把编辑者改为现在的经理`,
      `The protection of ${sheets.join(', ')} was set by someone else and you may not edit it, so its editors did not follow the managers' list. Ask the spreadsheet's owner or an editor of that protection to set its editors to the current managers under Data › Protected sheets and ranges`,
    ),
  // A sheet under the filing sheet's name that Guishu does not read as one (its headers differ):
  // a filing is never written into it, and no second filing sheet is made.
  filingSheetUnread: (name: string) =>
    t(
      `已有名为“${name}”的工作表，但归属没有把它识别为客户备案表（表头与备案表不符），因此未保存。请在 设置 中把它设为“客户备案”并核对表头，或把它改名后再保存`,
      `A sheet named "${name}" exists, but Guishu does not read it as the filing sheet (its headers do not match), so nothing was saved. Set it as the filing sheet in Setup and check its headers, or rename it, then save again`,
    ),
  rulingSheetUnread: (name: string) =>
    t(
      `已有名为“${name}”的工作表，但归属没有把它识别为裁决表（表头与裁决表不符），因此未保存。请在 设置 中把它设为“裁决”并核对表头，或把它改名后再保存`,
      `A sheet named "${name}" exists, but Guishu does not read it as the rulings sheet (its headers do not match), so nothing was saved. Set it as the rulings sheet in Setup and check its headers, or rename it, then save again`,
    ),
  // A lookup writes nothing whatever happens: it says it cannot look up, and who can repair it.
  badSettingsLookup: (why: string) =>
    t(
      `设置无效，暂时无法查询客户：${why}。经理可从菜单 ${MENU_PATH.zh} › 设置 修正后保存`,
      `The settings are invalid, so customers cannot be looked up: ${why}. A manager can correct them under ${MENU_PATH.en} › Setup and save`,
    ),
  settingsNotJson: t('设置不是有效的 JSON', 'the settings are not valid JSON'),
  settingsTooLarge: t(
    '设置过大（超过 80 KB），未保存：请减少手工指定的表和列',
    'The settings are too large (over 80 KB) and were not saved: map fewer sheets and columns by hand',
  ),
  rulingIncomplete: t('请填写客户和新归属人', 'Enter the customer and the new owner'),
  causedBySettings: (sheet: string, row: number, at: string) =>
    t(`因设置变更（${sheet} 第${row}行，${at}）`, `caused by the settings change (${sheet} row ${row}, ${at})`),
  /** 查询日志's user cell when Google withholds the email (in the document's language). */
  unknownUser: t('（未知）', '(unknown)'),
};

/** 设置变更: what a settings save changed, old → new, in words. */
export const SETTINGS_CHANGE = {
  preset: (before: { id: string; title: string }, after: { id: string; title: string }) =>
    t(`预设：${before.title}（${before.id}）→ ${after.title}（${after.id}）`, `preset: ${before.id} → ${after.id}`),
  overrides: (what: string) => t(`规则设置已更改：${what}`, `rule settings changed: ${what}`),
  otherSetting: t('其他规则设置', 'another rule setting'),
  managers: (before: string, after: string) => t(`经理：${before} → ${after}`, `managers: ${before} → ${after}`),
  lang: (before: string, after: string) => t(`语言：${before} → ${after}`, `language: ${before} → ${after}`),
  roles: t('工作表用途已更改', 'sheet roles changed'),
  mapping: t('列对应已更改', 'column mapping changed'),
  none: t('（无改动）', '(no change)'),
};

/** Words for the stored settings' own keys, when a value fails validation (src/policy/messages.ts). */
export const SETTINGS_FIELDS: Readonly<Record<string, Text>> = {
  'managers.*': t('经理邮箱', "a manager's email"),
  roles: t('工作表用途', 'sheet roles'),
  mapping: t('列对应', 'column mapping'),
  overrides: t('规则设置', 'rule settings'),
};

export function pick(text: Text, lang: Lang): string {
  return text[lang];
}

/** The page's language when it sent a valid one, else the document's. */
export function pageLang(asked: unknown, fallback: Lang): Lang {
  return asked === 'zh' || asked === 'en' ? asked : fallback;
}
