// The installable on-edit trigger (entry stamps), with its outcome recorded (issue 14 point 6).
// A busy lock does not drop the stamp: the edited rows wait in a list and are stamped with the
// edit's time by the next on-edit or daily run, and 设置 / 帮助 list them until then.
import { NOTE, pick, type Lang } from './i18n';
import { underLock, lockNote } from './lock';
import { addPending, clearPending, pendingText, readPending, recordRun, type PendingStamp } from './runlog';
import { missingScopeNote, missingScopes, SCOPE } from './scopes';
import { loadSettings } from './settings';
import { stampRows } from './stamps';

const EDIT_WAIT_MS = 10_000;

function lang(): Lang {
  const loaded = loadSettings();
  return loaded.ok ? loaded.settings.lang : 'zh';
}

/** Stamps what waits in the list (inside the lock). Returns the notes for what is still left. */
export function stampPending(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): { stamped: number; left: PendingStamp[] } {
  const pending = readPending();
  if (pending.length === 0) return { stamped: 0, left: [] };
  let stamped = 0;
  const left: PendingStamp[] = [];
  for (const p of pending) {
    const sheet = ss.getSheetByName(p.sheet);
    if (!sheet) continue;
    const n = stampRows(sheet, p.row, p.count, new Date(p.at), p.user);
    if (n < 0) left.push(p);
    else stamped += n;
  }
  clearPending();
  for (const p of left) addPending(p);
  return { stamped, left };
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const l = lang();
  const missing = missingScopes([SCOPE.sheet]);
  if (missing.length) {
    recordRun('edit', false, [missingScopeNote(missing, l)]);
    return;
  }
  const range = e.range;
  const sheet = range.getSheet();
  const edit: PendingStamp = {
    sheet: sheet.getName(),
    row: range.getRow(),
    count: range.getNumRows(),
    at: new Date().toISOString(),
    user: e.user ? e.user.getEmail() : '',
  };
  try {
    const done = underLock(() => {
      const before = stampPending(sheet.getParent());
      const n = stampRows(sheet, edit.row, edit.count, new Date(edit.at), edit.user);
      if (n < 0) addPending(edit);
      return { n, left: n < 0 ? before.left.concat(edit) : before.left };
    }, EDIT_WAIT_MS);
    if (!done.ok) {
      addPending(edit);
      recordRun('edit', false, [
        lockNote(done.why, l),
        pick(NOTE.unstamped(readPending().map(pendingText).join('; ')), l),
      ]);
      return;
    }
    if (done.value.left.length)
      recordRun('edit', false, [
        pick(NOTE.stampsNoManager, l),
        pick(NOTE.unstamped(done.value.left.map(pendingText).join('; ')), l),
      ]);
    else recordRun('edit', true, done.value.n > 0 ? [pick(NOTE.stamped(done.value.n), l)] : []);
  } catch (err) {
    addPending(edit);
    console.error(err);
    recordRun('edit', false, [pick(NOTE.unexpected, l)]);
  }
}
