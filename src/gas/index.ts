// Every Apps Script entry point (contract: "Apps Script entry points"). build.mjs writes a
// top-level function for each export of this module into dist/Code.js.
import * as z from 'zod/mini';
import type { RunCounts } from './counts';
import { dailyTrigger, monthEnd, type MonthEndCounts } from './daily';
import { MENU, NOTE, pageLang, pick } from './i18n';
import { checkPageScopes, requireScopes, SCOPE } from './scopes';
import { lookup, type LookupAnswer } from './lookup';
import { myReminders } from './lookup';
import type { MyReminders } from './api';
import { buildMenu } from './menu';
import { showPage } from './pages';
import { recompute } from './recompute';
import { loadSettings } from './settings';
import { onEdit } from './onEdit';
import { installTriggers, isCurrentTrigger } from './triggers';
import { emptyCounts } from './counts';
import { startClock } from './deadline';
import type {
  ConflictList,
  Lang,
  FilingDraft,
  FilingVerdict,
  PageContext,
  RulingDraft,
  SaveAnswer,
  SetupState,
  WhatIfAnswer,
} from './api';
import {
  conflictList,
  filingCheck,
  filingSave,
  pageContext,
  rulingSave,
  setupCheck,
  setupPreview,
  setupSave,
  setupState,
} from './pageApi';

// Apps Script's V8 forbids `new Function`: zod must not compile validators at run time.
z.config({ jitless: true });

export function onOpen(_e?: unknown): void {
  buildMenu();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function guishuRecompute(): RunCounts {
  startClock();
  checkPageScopes([SCOPE.sheet], 'zh');
  return recompute();
}

export function guishuDaily(e?: unknown): MonthEndCounts {
  startClock();
  if (!isCurrentTrigger(e)) return { ...emptyCounts([pick(NOTE.replaced, 'zh')]), snapshots: [] };
  return dailyTrigger();
}

export function guishuMonthEnd(_e?: unknown): MonthEndCounts {
  startClock();
  return monthEnd();
}

export function guishuOnEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  startClock();
  if (!isCurrentTrigger(e)) return;
  onEdit(e);
}

export function guishuLookup(query: string, lang?: Lang): LookupAnswer {
  startClock();
  checkPageScopes([SCOPE.sheet], pageLang(lang, 'zh'));
  return lookup(query, lang);
}

/** The sidebar's 到期提醒 for the signed-in agent (issue 13). */
export function guishuMyReminders(lang?: Lang): MyReminders {
  return myReminders(lang);
}

export function guishuInstallTriggers(): { installed: string[] } {
  startClock();
  const { installed } = installTriggers();
  return { installed };
}

function langOf(): 'zh' | 'en' {
  const loaded = loadSettings();
  return loaded.ok ? loaded.settings.lang : 'zh';
}

/** Menu: 重新计算, with the counts and notes shown to the user. */
export function guishuMenuRecompute(): void {
  startClock();
  requireScopes([SCOPE.sheet, SCOPE.ui]);
  const r = recompute();
  const lang = langOf();
  const line = pick(NOTE.recomputed(r), lang);
  SpreadsheetApp.getUi().alert([line, ...r.notes].join('\n'));
}

/** Menu: 安装自动任务. */
export function guishuMenuInstall(): void {
  startClock();
  requireScopes([SCOPE.sheet, SCOPE.ui, SCOPE.triggers, SCOPE.email]);
  const lang = langOf();
  const r = installTriggers(lang);
  if (r.installed.length === 0) {
    SpreadsheetApp.getUi().alert(r.notes.join('\n'));
    return;
  }
  const done = pick(NOTE.installed(r.installed), lang);
  SpreadsheetApp.getUi().alert([done, ...r.notes].join('\n'));
}

export function showLookup(): void {
  startClock();
  requireScopes([SCOPE.sheet, SCOPE.ui]);
  showPage('lookup', pick(MENU.lookup, langOf()), 'sidebar');
}
export function showFiling(): void {
  startClock();
  requireScopes([SCOPE.sheet, SCOPE.ui]);
  showPage('filing', pick(MENU.filing, langOf()), 'dialog');
}
export function showConflicts(): void {
  startClock();
  requireScopes([SCOPE.sheet, SCOPE.ui]);
  showPage('conflicts', pick(MENU.conflicts, langOf()), 'dialog');
}
export function showSetup(): void {
  startClock();
  // The first manager is known by email: ask for it here, where Guishu is set up.
  requireScopes([SCOPE.sheet, SCOPE.ui, SCOPE.email]);
  showPage('setup', pick(MENU.setup, langOf()), 'dialog');
}
export function showHelp(): void {
  startClock();
  requireScopes([SCOPE.sheet, SCOPE.ui]);
  showPage('help', pick(MENU.help, langOf()), 'dialog');
}

// ---------- the pages' server functions (types: src/gas/api.ts) ----------

export function guishuPageContext(lang?: Lang): PageContext {
  startClock();
  checkPageScopes([SCOPE.sheet], pageLang(lang, 'zh'));
  return pageContext(lang);
}
export function guishuFilingCheck(draft: FilingDraft, lang?: Lang): FilingVerdict {
  startClock();
  checkPageScopes([SCOPE.sheet], pageLang(lang, 'zh'));
  return filingCheck(draft, lang);
}
export function guishuFilingSave(draft: FilingDraft, lang?: Lang): FilingVerdict {
  startClock();
  checkPageScopes([SCOPE.sheet], pageLang(lang, 'zh'));
  return filingSave(draft, lang);
}
export function guishuSetupState(lang?: Lang): SetupState {
  startClock();
  checkPageScopes([SCOPE.sheet], pageLang(lang, 'zh'));
  return setupState(lang);
}
export function guishuSetupCheck(settings: SetupState['settings']): SaveAnswer {
  startClock();
  checkPageScopes([SCOPE.sheet], pageLang(settings && settings.lang, 'zh'));
  return setupCheck(settings);
}
export function guishuSetupSave(settings: SetupState['settings']): SaveAnswer {
  startClock();
  checkPageScopes([SCOPE.sheet], pageLang(settings && settings.lang, 'zh'));
  return setupSave(settings);
}
export function guishuSetupPreview(settings: SetupState['settings'], lang?: Lang): WhatIfAnswer {
  startClock();
  checkPageScopes([SCOPE.sheet], pageLang(lang, 'zh'));
  return setupPreview(settings, lang);
}

export function guishuConflictList(lang?: Lang): ConflictList {
  startClock();
  checkPageScopes([SCOPE.sheet], pageLang(lang, 'zh'));
  return conflictList(lang);
}
export function guishuRulingSave(draft: RulingDraft): SaveAnswer {
  startClock();
  checkPageScopes([SCOPE.sheet], 'zh');
  return rulingSave(draft);
}
