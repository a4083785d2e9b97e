// The add-on's name and the menu path every note sends a user to. Google names the add-on's
// sub-menu under Extensions after the add-on's listing ("the sub-menu name matches the add-on's
// name in the web store", Ui.createAddonMenu; docs/addon-platform.md §16), so the listing, the
// script's title (docs/deploy.md) and these words are one name, the one users will see.
export const ADDON_NAME = '归属 Guishu';

/** 扩展程序 › 归属 Guishu / Extensions › 归属 Guishu */
export const MENU_PATH = { zh: `扩展程序 › ${ADDON_NAME}`, en: `Extensions › ${ADDON_NAME}` } as const;
