// Every Apps Script entry point (contract: "Apps Script entry points"). build.mjs writes a
// top-level function for each export of this module into dist/Code.js.
import * as z from 'zod/mini';
import type { RunCounts } from './counts';
import { daily, monthEnd, type MonthEndCounts } from './daily';
import { MENU, pick } from './i18n';
import { lookup, myReminders, type LookupAnswer } from './lookup';
import type { MyReminders } from './api';
import { buildMenu } from './menu';
import { showPage } from './pages';
import { recompute } from './recompute';
import { loadSettings } from './settings';
import { stampEdit } from './stamps';
import { installTriggers } from './triggers';
import type { ConflictList, Lang, FilingDraft, FilingVerdict, PageContext, RulingDraft, SaveAnswer, SetupState } from './api';
import { conflictList, filingCheck, filingSave, pageContext, rulingSave, setupCheck, setupSave, setupState } from './pageApi';

// Apps Script's V8 forbids `new Function`: zod must not compile validators at run time.
z.config({ jitless: true });

export function onOpen(_e?: unknown): void {
  buildMenu();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function guishuRecompute(): RunCounts {
  return recompute();
}

export function guishuDaily(_e?: unknown): MonthEndCounts {
  return daily();
}

export function guishuMonthEnd(_e?: unknown): MonthEndCounts {
  return monthEnd();
}

export function guishuOnEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(10_000)) return;
  try {
    stampEdit(e);
  } finally {
    lock.releaseLock();
  }
}

export function guishuLookup(query: string, lang?: Lang): LookupAnswer {
  return lookup(query, lang);
}

/** The sidebar's 到期提醒 for the signed-in agent (issue 13). */
export function guishuMyReminders(lang?: Lang): MyReminders {
  return myReminders(lang);
}

export function guishuInstallTriggers(): { installed: string[] } {
  const { installed } = installTriggers();
  return { installed };
}

function langOf(): 'zh' | 'en' {
  const loaded = loadSettings();
  return loaded.ok ? loaded.settings.lang : 'zh';
}

/** Menu: 重新计算, with the counts and notes shown to the user. */
export function guishuMenuRecompute(): void {
  const r = recompute();
  const lang = langOf();
  const line = lang === 'zh'
    ? `客户 ${r.customers}，成交 ${r.deals}，冲突 ${r.conflicts}，问题 ${r.issues}`
    : `${r.customers} customers, ${r.deals} deals, ${r.conflicts} conflicts, ${r.issues} issues`;
  SpreadsheetApp.getUi().alert([line, ...r.notes].join('\n'));
}

/** Menu: 安装自动任务. */
export function guishuMenuInstall(): void {
  const r = installTriggers();
  const lang = langOf();
  const done = lang === 'zh' ? `已安装：每日自动计算与录入时间戳（${r.installed.join('、')}）` : `Installed: the daily run and entry stamps (${r.installed.join(', ')})`;
  SpreadsheetApp.getUi().alert([done, ...r.notes].join('\n'));
}

export function showLookup(): void {
  showPage('lookup', pick(MENU.lookup, langOf()), 'sidebar');
}
export function showFiling(): void {
  showPage('filing', pick(MENU.filing, langOf()), 'dialog');
}
export function showConflicts(): void {
  showPage('conflicts', pick(MENU.conflicts, langOf()), 'dialog');
}
export function showSetup(): void {
  showPage('setup', pick(MENU.setup, langOf()), 'dialog');
}
export function showHelp(): void {
  showPage('help', pick(MENU.help, langOf()), 'dialog');
}

// ---------- the pages' server functions (types: src/gas/api.ts) ----------

export function guishuPageContext(lang?: Lang): PageContext {
  return pageContext(lang);
}
export function guishuFilingCheck(draft: FilingDraft, lang?: Lang): FilingVerdict {
  return filingCheck(draft, lang);
}
export function guishuFilingSave(draft: FilingDraft, lang?: Lang): FilingVerdict {
  return filingSave(draft, lang);
}
export function guishuSetupState(lang?: Lang): SetupState {
  return setupState(lang);
}
export function guishuSetupCheck(settings: SetupState['settings']): SaveAnswer {
  return setupCheck(settings);
}
export function guishuSetupSave(settings: SetupState['settings']): SaveAnswer {
  return setupSave(settings);
}
export function guishuConflictList(lang?: Lang): ConflictList {
  return conflictList(lang);
}
export function guishuRulingSave(draft: RulingDraft): SaveAnswer {
  return rulingSave(draft);
}
