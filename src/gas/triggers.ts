// 安装自动任务: one daily time-driven trigger (an Editor add-on may keep one per user per
// document) and the installable on-edit trigger for entry stamps. Idempotent.
import { currentEmail, theSpreadsheet } from './document';
import { loadSettings, saveSettings } from './settings';
import { props, STATE_KEYS } from './state';

export const DAILY_HANDLER = 'guishuDaily';
export const EDIT_HANDLER = 'guishuOnEdit';
const DAILY_HOUR = 2;

export function installTriggers(): { installed: string[]; notes: string[] } {
  const ss = theSpreadsheet();
  const mine = ScriptApp.getUserTriggers(ss);
  const has = (fn: string) => mine.some((t) => t.getHandlerFunction() === fn);
  const installed: string[] = [];
  if (!has(DAILY_HANDLER)) {
    ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(DAILY_HOUR).create();
    installed.push(DAILY_HANDLER);
  }
  if (!has(EDIT_HANDLER)) {
    ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
    installed.push(EDIT_HANDLER);
  }
  const email = currentEmail() || Session.getEffectiveUser().getEmail().toLowerCase();
  const p = props();
  p.setProperty(STATE_KEYS.installer, email);
  p.setProperty(STATE_KEYS.installedAt, new Date().toISOString());
  const notes: string[] = [];
  // The person who first sets Guishu up is its first manager (contract).
  const loaded = loadSettings();
  if (loaded.ok && loaded.settings.managers.length === 0 && email) saveSettings({ ...loaded.settings, managers: [email] });
  if (!loaded.ok) notes.push(loaded.error);
  return { installed: [DAILY_HANDLER, EDIT_HANDLER].filter((fn) => installed.includes(fn) || has(fn)), notes };
}
