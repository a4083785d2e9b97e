// Every Apps Script entry point (contract: "Apps Script entry points"). build.mjs writes a
// top-level function for each export of this module into dist/Code.js.
import * as z from 'zod/mini';
import type { RunCounts } from './counts';
import { dailyTrigger, monthEnd, type MonthEndCounts } from './daily';
import { MENU, NOTE, pageLang, pick } from './i18n';
import { checkPageScopes, requireScopes, SCOPE } from './scopes';
import { Refusal } from './refusal';
import { REFUSAL_MARK } from './api';
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
  return answer(undefined, () => recompute());
}

export function guishuDaily(e?: unknown): MonthEndCounts {
  startClock();
  if (!isCurrentTrigger(e)) return { ...emptyCounts([pick(NOTE.replaced, documentLang())]), snapshots: [] };
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
  return answer(lang, () => lookup(query, lang));
}

/** The sidebar's 到期提醒 for the signed-in agent (issue 13). */
export function guishuMyReminders(lang?: Lang): MyReminders {
  return answer(lang, () => myReminders(lang));
}

export function guishuInstallTriggers(): { installed: string[] } {
  startClock();
  const { installed } = installTriggers();
  return { installed };
}

/**
 * A menu item's work, after its scopes were asked for: an error becomes one alert in the
 * document's language (a refusal's own sentence, else a fixed one), with the detail in the
 * execution log, instead of Google's red "Exception: …" bar.
 */
function menuItem(body: () => void): void {
  try {
    body();
  } catch (e) {
    const lang = documentLang();
    if (!(e instanceof Refusal)) logged(e);
    SpreadsheetApp.getUi().alert(e instanceof Refusal ? e.in(lang) : pick(NOTE.menuFailed, lang));
  }
}

/** Menu: 重新计算, with the counts and notes shown to the user. */
export function guishuMenuRecompute(): void {
  startClock();
  requireScopes([SCOPE.sheet, SCOPE.ui]);
  menuItem(() => {
    const r = recompute();
    const lang = documentLang();
    const line = pick(NOTE.recomputed(r), lang);
    SpreadsheetApp.getUi().alert([line, ...r.notes].join('\n'));
  });
}

/** Menu: 安装自动任务. */
export function guishuMenuInstall(): void {
  startClock();
  requireScopes([SCOPE.sheet, SCOPE.ui, SCOPE.triggers, SCOPE.email]);
  menuItem(() => {
    const lang = documentLang();
    const r = installTriggers(lang);
    if (r.installed.length === 0) {
      SpreadsheetApp.getUi().alert(r.notes.join('\n'));
      return;
    }
    const done = pick(NOTE.installed(r.installed), lang);
    SpreadsheetApp.getUi().alert([done, ...r.notes].join('\n'));
  });
}

/** A menu item that opens a page, in the document's language. */
function open(
  page: 'lookup' | 'filing' | 'conflicts' | 'setup' | 'help',
  kind: 'sidebar' | 'dialog',
  scopes: string[] = [],
): void {
  startClock();
  requireScopes([SCOPE.sheet, SCOPE.ui, ...scopes]);
  menuItem(() => showPage(page, pick(MENU[page], documentLang()), kind));
}
export function showLookup(): void {
  open('lookup', 'sidebar');
}
export function showFiling(): void {
  open('filing', 'dialog');
}
export function showConflicts(): void {
  open('conflicts', 'dialog');
}
export function showSetup(): void {
  // The first manager is known by email: ask for it here, where Guishu is set up.
  open('setup', 'dialog', [SCOPE.email]);
}
export function showHelp(): void {
  open('help', 'dialog');
}

// ---------- the pages' server functions (types: src/gas/api.ts) ----------

/** An unexpected failure's detail, for the execution log only. */
function logged(e: unknown): void {
  console.error('Guishu:', e instanceof Error ? e.stack || e.message : String(e));
}

/** The stored settings' language, or what could be kept of it; Chinese when unreadable. */
function documentLang(): Lang {
  try {
    const loaded = loadSettings();
    return loaded.ok ? loaded.settings.lang : pageLang(loaded.fallback && loaded.fallback.lang, 'zh');
  } catch (_e) {
    return 'zh';
  }
}

/**
 * Every function google.script.run calls runs through here, after checking that the user granted
 * the sheet scope. An expected refusal (a Refusal: a
 * missing permission, invalid settings, a busy or missing document) reaches the page as its own
 * sentence; anything else (Google's "Exception: …", a TypeError) as one fixed sentence, with the
 * detail in the execution log. Both in the page's language (else the document's), after
 * REFUSAL_MARK so the page tells them from Google's own failures.
 */
function answer<T>(asked: unknown, body: () => T): T {
  startClock();
  try {
    checkPageScopes([SCOPE.sheet]);
    return body();
  } catch (e) {
    const lang = pageLang(asked, documentLang());
    if (e instanceof Refusal) throw new Error(REFUSAL_MARK + e.in(lang));
    logged(e);
    throw new Error(REFUSAL_MARK + pick(NOTE.pageFailed, lang));
  }
}

export function guishuPageContext(lang?: Lang): PageContext {
  return answer(lang, () => pageContext(lang));
}
export function guishuFilingCheck(draft: FilingDraft, lang?: Lang): FilingVerdict {
  return answer(lang, () => filingCheck(draft, lang));
}
export function guishuFilingSave(draft: FilingDraft, lang?: Lang): FilingVerdict {
  return answer(lang, () => filingSave(draft, lang));
}
export function guishuSetupState(lang?: Lang): SetupState {
  return answer(lang, () => setupState(lang));
}
export function guishuSetupCheck(settings: SetupState['settings']): SaveAnswer {
  return answer(settings && settings.lang, () => setupCheck(settings));
}
export function guishuSetupSave(settings: SetupState['settings']): SaveAnswer {
  return answer(settings && settings.lang, () => setupSave(settings));
}
export function guishuSetupPreview(settings: SetupState['settings'], lang?: Lang): WhatIfAnswer {
  return answer(lang, () => setupPreview(settings, lang));
}

export function guishuConflictList(lang?: Lang): ConflictList {
  return answer(lang, () => conflictList(lang));
}
export function guishuRulingSave(draft: RulingDraft, lang?: Lang): SaveAnswer {
  return answer(lang, () => rulingSave(draft, lang));
}
