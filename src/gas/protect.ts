// Sheets only managers may edit (the stamps, the lookup log). Protection is set by the run that
// creates the sheet; trigger runs are the installing manager's, so they can still write.
export function protectForManagers(sheet: GoogleAppsScript.Spreadsheet.Sheet, managers: readonly string[], description: string): void {
  const p = sheet.protect().setDescription(description);
  const me = Session.getEffectiveUser().getEmail();
  const keep = new Set([...managers.map((m) => m.toLowerCase()), me.toLowerCase()].filter(Boolean));
  const others = p.getEditors().filter((u) => !keep.has(u.getEmail().toLowerCase()));
  if (others.length) p.removeEditors(others.map((u) => u.getEmail()));
  const add = [...keep].filter((m) => m !== me.toLowerCase());
  if (add.length) p.addEditors(add);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}
