// 安装自动任务: one daily time-driven trigger (an Editor add-on may keep one per user per
// document) and the installable on-edit trigger for entry stamps. Installing is a manager's act.
// Triggers belong to the user who made them and nobody else can see or delete them
// (docs/addon-platform.md §2), so a second manager installing cannot remove the first one's:
// the document records which triggers are current, and a trigger that is not current removes
// itself the next time it fires, doing nothing else. So the daily run and the stamps never run
// twice, and the newest installation replaces the previous one.
import { currentEmail, theSpreadsheet } from './document';
import { NOTE, pick, type Lang } from './i18n';
import { effectiveEmail, isManagerEmail } from './protect';
import { loadSettings, saveSettings } from './settings';
import { props, STATE_KEYS } from './state';

export const DAILY_HANDLER = 'guishuDaily';
export const EDIT_HANDLER = 'guishuOnEdit';
const DAILY_HOUR = 2;

interface Installed {
  owner: string;
  uids: string[];
}

function installedRecord(): Installed | null {
  const raw = props().getProperty(STATE_KEYS.triggers);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Installed;
    return v && Array.isArray(v.uids) ? v : null;
  } catch (_e) {
    return null;
  }
}

export function installTriggers(lang: Lang = 'zh'): { installed: string[]; notes: string[] } {
  const ss = theSpreadsheet();
  const email = currentEmail() || effectiveEmail();
  const loaded = loadSettings();
  // Bad stored settings: the managers kept from them (issue 14 point 9) may still install.
  const managers = loaded.ok ? loaded.settings.managers : (loaded.fallback?.managers ?? []);
  // The person who first sets Guishu up is its first manager (contract); after that, managers only.
  const first = loaded.ok && managers.length === 0;
  if (!email) return { installed: [], notes: [pick(NOTE.noEmailInstall, lang)] };
  if (!first && !isManagerEmail(managers, email)) return { installed: [], notes: [pick(NOTE.notManager, lang)] };
  const mine = ScriptApp.getUserTriggers(ss);
  const find = (fn: string) => mine.filter((t) => t.getHandlerFunction() === fn)[0];
  let daily = find(DAILY_HANDLER);
  if (!daily) daily = ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(DAILY_HOUR).create();
  let edit = find(EDIT_HANDLER);
  if (!edit) edit = ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
  const p = props();
  const record: Installed = { owner: email, uids: [daily.getUniqueId(), edit.getUniqueId()] };
  p.setProperties({
    [STATE_KEYS.triggers]: JSON.stringify(record),
    [STATE_KEYS.installer]: email,
    [STATE_KEYS.installedAt]: new Date().toISOString(),
  });
  const notes: string[] = [];
  if (first) saveSettings({ ...loaded.settings, managers: [email] });
  if (!loaded.ok) notes.push(loaded.error);
  return { installed: [DAILY_HANDLER, EDIT_HANDLER], notes };
}

/**
 * In a trigger run: whether this trigger is the document's current one. A trigger another
 * installation replaced deletes itself (it runs as its owner, who may delete it) and says no.
 */
export function isCurrentTrigger(e: unknown): boolean {
  const uid = e && typeof e === 'object' ? (e as { triggerUid?: unknown }).triggerUid : undefined;
  const record = installedRecord();
  if (!record || typeof uid !== 'string' || uid === '') return true;
  if (record.uids.indexOf(uid) >= 0) return true;
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    for (const t of ss ? ScriptApp.getUserTriggers(ss) : []) if (t.getUniqueId() === uid) ScriptApp.deleteTrigger(t);
  } catch (_e) {
    // Could not delete it: it stays idle, since it is not current.
  }
  return false;
}
