// 扩展程序 › 归属 Guishu (src/vocab/addon.ts). Built in AuthMode.NONE: no sheet or property is read here, only the locale.
import { MENU, type Lang } from './i18n';

function menuLang(): Lang {
  try {
    const locale = Session.getActiveUserLocale();
    return locale && !/^zh/i.test(locale) && locale !== '' ? 'en' : 'zh';
  } catch (_e) {
    return 'zh';
  }
}

export function buildMenu(): void {
  const lang = menuLang();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(MENU.recompute[lang], 'guishuMenuRecompute')
    .addItem(MENU.lookup[lang], 'showLookup')
    .addItem(MENU.filing[lang], 'showFiling')
    .addItem(MENU.conflicts[lang], 'showConflicts')
    .addSeparator()
    .addItem(MENU.setup[lang], 'showSetup')
    .addItem(MENU.install[lang], 'guishuMenuInstall')
    .addItem(MENU.help[lang], 'showHelp')
    .addToUi();
}
