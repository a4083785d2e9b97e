// Sheets only managers may edit (the entry stamps, the lookup log). Sheet.protect() alone
// protects nothing: "until the script actually changes the list of editors … the permissions
// will mirror those of the spreadsheet itself" (docs/addon-platform.md §6). So the documented
// pattern is followed: add the effective user, remove every other editor, turn off domain edit,
// then add the managers. Only a run whose effective user is a manager creates such a sheet: a
// non-manager's run would otherwise become an editor of it (the current user cannot be removed).
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Whose authority this run writes with (the installer in a trigger), lower-cased; '' if withheld. */
export function effectiveEmail(): string {
  try {
    return (Session.getEffectiveUser().getEmail() || '').trim().toLowerCase();
  } catch (_e) {
    return '';
  }
}

export function isManagerEmail(managers: readonly string[], email: string): boolean {
  return email !== '' && managers.some((m) => m.trim().toLowerCase() === email);
}

/** Google's pattern: only the effective user and the managers may edit the sheet. */
export function protectForManagers(sheet: Sheet, managers: readonly string[], description: string): void {
  const p = sheet.protect().setDescription(description);
  p.addEditor(Session.getEffectiveUser());
  p.removeEditors(p.getEditors());
  if (p.canDomainEdit()) p.setDomainEdit(false);
  const add = managers.map((m) => m.trim().toLowerCase()).filter((m) => m !== '');
  if (add.length) p.addEditors(add);
}

/**
 * The manager-only sheet `name`: the existing one, or, when this run's effective user is a
 * manager, a new one set up by `init` and protected for the managers. Null when it does not
 * exist and this run may not make it. A manager's run also protects an existing sheet that has
 * no protection (made by an older version, or unprotected by hand).
 */
export function managerOnlySheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  managers: readonly string[],
  description: string,
  init: (sheet: Sheet) => void,
): Sheet | null {
  const manager = isManagerEmail(managers, effectiveEmail());
  const existing = ss.getSheetByName(name);
  if (existing) {
    if (manager && existing.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0)
      protectForManagers(existing, managers, description);
    return existing;
  }
  if (!manager) return null;
  const sheet = ss.insertSheet(name);
  init(sheet);
  protectForManagers(sheet, managers, description);
  return sheet;
}

/**
 * After the managers change (a manager saved 设置): each existing manager-only sheet's editors
 * become the managers (and the effective user, whom Sheets never removes), so a new manager can
 * write it and a removed one no longer can. Only an editor of a protection may change it
 * (Protection.canEdit, docs/addon-platform.md §6): a protection this run may not edit (set by
 * someone else) is left as it is and its sheet is returned, so the caller says so.
 */
export function syncManagerSheets(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  names: readonly string[],
  managers: readonly string[],
): string[] {
  const want = managers.map((m) => m.trim().toLowerCase()).filter((m) => m !== '');
  const self = effectiveEmail();
  const refused: string[] = [];
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
      try {
        if (!p.canEdit()) throw new Error('not an editor of this protection');
        const have = p.getEditors().map((u) => (u.getEmail() || '').toLowerCase());
        const drop = have.filter((e) => e !== '' && e !== self && want.indexOf(e) < 0);
        if (drop.length) p.removeEditors(drop);
        const add = want.filter((e) => have.indexOf(e) < 0);
        if (add.length) p.addEditors(add);
      } catch (_e) {
        if (refused.indexOf(name) < 0) refused.push(name);
      }
    }
  }
  return refused;
}
