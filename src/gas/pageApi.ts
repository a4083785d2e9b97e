// The server side of the sidebar and dialogs (types in api.ts). Every function answers plain JSON
// with ISO dates, and only managers may save settings or rulings.
import { isoOfDay } from '../engine/calendar';
import { annotate } from '../engine';
import { readWorkbook } from '../table';
import { zoneCellDate } from './grids';
import { getPreset, presetIds, type Policy } from '../policy';
import { FIELD_LABELS } from '../table/labels';
import { readPhone } from '../table/phones';
import { maskId, reasonText } from '../table/render';
import type {
  ConflictList,
  FilingDraft,
  FilingVerdict,
  PageContext,
  RulingDraft,
  SaveAnswer,
  SetupState,
  SheetMapping,
  WhatIfAnswer,
} from './api';
import { currentEmail, theSpreadsheet, timeZoneOf, todayIso } from './document';
import { NOTE, pageLang, pick, SETTINGS_CHANGE, type Lang } from './i18n';
import { langOf } from '../vocab/lang';
import { clauseJoin } from '../vocab/text';
import { recompute } from './recompute';
import { compute, rejudge, type Computed } from './run';
import { clausesOf } from './clauses';
import { logSettingsChange, rememberSettingsChange, SETTINGS_LOG_SHEET, settingsChangeWords } from './settingsLog';
import { compareResults, whatIfSummary, whatIfTables } from '../table/whatIf';
import {
  DEFAULT_PRESET,
  defaultSettings,
  isManager,
  loadSettings,
  parseSettings,
  saveSettings,
  type Settings,
} from './settings';
import { readState } from './state';
import { missingScopes, SCOPE } from './scopes';
import { pendingText, readPending, readRuns } from './runlog';
import { lockNote, underLock } from './lock';
import { Refusal } from './refusal';
import { asCell } from './writer';
import { appendRows } from './sheets';
import { syncManagerSheets } from './protect';
import { STAMP_SHEET } from './stamps';
import { LOOKUP_LOG_SHEET } from './lookupLog';

function who(settings: Settings): { email: string; manager: boolean; lang: Lang } {
  const email = currentEmail();
  return { email, manager: isManager(settings, email), lang: settings.lang };
}

/** The stored settings, with the page's language for what this answer writes. */
function loadedOrThrow(lang?: unknown): { settings: Settings; policy: Policy } {
  const loaded = loadSettings(lang);
  if (!loaded.ok)
    throw new Refusal(pick(NOTE.badSettings(loaded.error), pageLang(lang, loaded.fallback?.lang ?? 'zh')));
  return { settings: { ...loaded.settings, lang: pageLang(lang, loaded.settings.lang) }, policy: loaded.policy };
}

export function pageContext(asked?: Lang): PageContext {
  // Bad stored settings never lock the page: it opens from what could be kept and says what was wrong.
  const loaded = loadSettings(asked);
  const base = loaded.ok ? loaded.settings : (loaded.fallback ?? defaultSettings());
  const settings = { ...base, lang: pageLang(asked, base.lang) };
  const policy = loaded.ok ? loaded.policy : (getPreset(base.preset) as Policy);
  const problem = loaded.ok ? [] : [pick(NOTE.badSettingsRepair(loaded.error), settings.lang)];
  const emailScope = missingScopes([SCOPE.email]).length === 0;
  const { email, manager, lang } = who(settings);
  const ss = theSpreadsheet();
  const state = readState();
  const c = compute(ss, settings, policy);
  const agent = email ? (c.input.staff.find((s) => s.email?.toLowerCase() === email)?.name ?? null) : null;
  return {
    lang,
    email,
    manager,
    agent,
    preset: { id: policy.id, title: policy.title[lang] },
    installer: state.installer,
    installedAt: state.installedAt,
    lastDaily: state.lastDaily,
    lastRun: state.lastRun,
    today: todayIso(timeZoneOf(ss)),
    notes: [...problem, ...(email ? [] : [pick(emailScope ? NOTE.noEmail : NOTE.noEmailScope, lang)])],
    runs: readRuns(),
    unstamped: readPending().map(pendingText),
    emailScope,
    problems: problem,
  };
}

// ---------- 客户备案 ----------

const FILING_HEADER = ['备案日期', '客户姓名', '联系电话', '报备人', '关系', '关联电话', '备注'];
const FILING_FIELDS = ['date', 'name', 'phone', 'agent', 'relation', 'linkedPhone', 'note'];

/** Field problems as codes (`missing`, `invalid`); the page words them in its language. */
function checkDraft(d: FilingDraft): FilingVerdict['errors'] {
  const errors: FilingVerdict['errors'] = [];
  if (!String(d.name ?? '').trim()) errors.push({ field: 'name', message: 'missing' });
  const phone = readPhone(String(d.phone ?? ''));
  if (!phone || !phone.ok) errors.push({ field: 'phone', message: phone ? 'invalid' : 'missing' });
  const linked = String(d.linkedPhone ?? '').trim();
  if (linked && !readPhone(linked)?.ok) errors.push({ field: 'linkedPhone', message: 'invalid' });
  if (!String(d.agent ?? '').trim()) errors.push({ field: 'agent', message: 'missing' });
  return errors;
}

/** Where a new row goes on a sheet of that role: its layout, or a new sheet with our header. */
interface Target {
  readonly name: string;
  readonly exists: boolean;
  readonly header: string[];
  readonly row: number;
  /** The new row's cells, placed under the sheet's own columns. */
  line(values: Record<string, string>): string[];
}

function targetOf(
  c: Computed,
  role: 'filing' | 'rulings',
  fallback: string,
  header: string[],
  fields: string[],
  lang: Lang,
): Target {
  const layout = c.layout.sheets.find((s) => s.role === role);
  // A sheet under the fallback name that holds something but is not read as this role (unusual
  // headers, or another role): never written into, and no second sheet is made beside it. Said in
  // the user's language. An empty one gets the header and the row, as before.
  const existing = layout ? null : c.catalog.byName(fallback);
  if (existing && existing.getLastRow() > 0)
    throw new Refusal(
      pick(role === 'filing' ? NOTE.filingSheetUnread(fallback) : NOTE.rulingSheetUnread(fallback), lang),
    );
  if (!layout) return { name: fallback, exists: false, header, row: 2, line: (v) => fields.map((f) => v[f] ?? '') };
  const grid = c.sheets.find((x) => x.grid.name === layout.name)?.grid.values ?? [];
  const cols = layout.columns as Record<string, number>;
  const width = Math.max(grid[layout.headerRow - 1]?.length ?? 0, ...Object.values(cols).map((i) => i + 1));
  return {
    name: layout.name,
    exists: true,
    header: [],
    row: grid.length + 1,
    line: (v) => {
      const out = new Array<string>(width).fill('');
      for (const [f, text] of Object.entries(v)) if (cols[f] !== undefined) out[cols[f]] = text;
      return out;
    },
  };
}

/** The document's grids with one more row on a sheet: what the sheet would hold after saving. */
function withRow(c: Computed, t: Target, line: string[]) {
  const grids = c.sheets.map((s) => s.grid);
  if (!t.exists) return [...grids, { name: t.name, values: [t.header, line] }];
  return grids.map((g) => (g.name === t.name ? { name: g.name, values: [...g.values, line] } : g));
}

/** Appends under the sheet's last row as it is now (the caller holds the document lock, so a
 *  row another agent saved a moment ago stays). Returns the row written. */
function append(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, t: Target, line: string[]): number {
  const found = ss.getSheetByName(t.name);
  const sheet = found ?? ss.insertSheet(t.name);
  const rows = found && found.getLastRow() > 0 ? [line] : [t.header.length ? t.header : line.map(() => ''), line];
  const at = appendRows(
    sheet,
    rows.map((r) => r.map(asCell)),
  );
  return at + rows.length - 1;
}

function draftValues(c: Computed, d: FilingDraft): Record<string, string> {
  const v = {
    date: isoOfDay(c.asOf),
    name: d.name,
    phone: d.phone,
    agent: d.agent ?? '',
    relation: d.relation ?? '',
    linkedPhone: d.linkedPhone ?? '',
    note: d.note ?? '',
  };
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x).trim()]));
}

function verdict(
  c: Computed,
  settings: Settings,
  policy: Policy,
  d: FilingDraft,
): { v: FilingVerdict; t: Target; line: string[] } {
  const errors = checkDraft(d);
  const t = targetOf(c, 'filing', '客户备案', FILING_HEADER, FILING_FIELDS, settings.lang);
  const line = t.line(draftValues(c, d));
  const v: FilingVerdict = {
    ok: errors.length === 0,
    errors,
    accepted: false,
    conflictWith: null,
    rules: [],
    reason: '',
  };
  if (!v.ok) return { v, t, line };
  // Judge the document as it would be after saving: the same reader, the same engine.
  const { input } = readWorkbook(withRow(c, t, line), {
    asOf: c.asOf,
    cellDate: zoneCellDate(c.tz),
    roles: settings.roles,
    mapping: settings.mapping as never,
  });
  const result = annotate(input, policy, c.asOf);
  const at = (r: { ref: { sheet: string; row: number } }) => r.ref.sheet === t.name && r.ref.row === t.row;
  const row = result.rows.find(at);
  const conflict = result.conflicts.find(at);
  const lang = settings.lang;
  v.accepted = !!row && !conflict;
  v.conflictWith = conflict?.parties[0] ?? null;
  v.rules = row ? [...row.reason.rules] : [];
  v.reason = conflict ? conflict.reason[lang] : row ? reasonText(row.reason, lang) : '';
  return { v, t, line };
}

export function filingCheck(d: FilingDraft, lang?: Lang): FilingVerdict {
  const { settings, policy } = loadedOrThrow(lang);
  return verdict(compute(theSpreadsheet(), settings, policy), settings, policy, d).v;
}

export function filingSave(d: FilingDraft, lang?: Lang): FilingVerdict {
  const { settings, policy } = loadedOrThrow(lang);
  const ss = theSpreadsheet();
  // The preview is judged before taking the lock; the row is placed after taking it, under the
  // sheet's last row as it is then, so two agents saving at the same moment both land.
  let judged = verdict(compute(ss, settings, policy), settings, policy, d);
  if (!judged.v.ok) return judged.v;
  const done = underLock(() => {
    const sheet = ss.getSheetByName(judged.t.name);
    // Another save landed since the preview was read: judge again against the sheet as it is.
    if ((sheet ? sheet.getLastRow() + 1 : 2) !== judged.t.row)
      judged = verdict(compute(ss, settings, policy), settings, policy, d);
    const { v, t, line } = judged;
    const row = append(ss, t, line);
    const notes = recompute({ lang: settings.lang }).notes;
    return {
      ...v,
      saved: { sheet: t.name, row },
      reason: clauseJoin([v.reason, ...notes].filter(Boolean), settings.lang),
    };
  });
  if (!done.ok) throw new Refusal(lockNote(done.why, settings.lang));
  return done.value;
}

// ---------- 设置 ----------

function sheetsOf(c: Computed, settings: Settings): SheetMapping[] {
  const out: SheetMapping[] = [];
  for (const read of c.sheets) {
    const name = read.grid.name;
    const layout = c.layout.sheets.find((s) => s.name === name);
    const skipped = c.layout.skipped.find((s) => s.name === name);
    const headerRow = layout ? layout.headerRow : null;
    const headers = headerRow ? (read.grid.values[headerRow - 1] ?? []).map((h) => String(h ?? '').trim()) : [];
    const columns: Record<string, string> = {};
    if (layout)
      for (const [f, i] of Object.entries(layout.columns))
        if (typeof i === 'number' && headers[i]) columns[f] = headers[i];
    out.push({
      name,
      role: (settings.roles?.[name] as SheetMapping['role']) ?? layout?.role ?? null,
      headerRow,
      columns,
      headers: headers.filter(Boolean),
      why: skipped ? skipped.why : null,
    });
  }
  return out;
}

export function setupState(asked?: Lang): SetupState {
  const loaded = loadSettings(asked);
  // A bad stored value still shows the page, from what could be kept of it (the managers), so a
  // manager can repair it; `problem` says what was wrong.
  const settings = loaded.ok ? loaded.settings : (loaded.fallback ?? defaultSettings());
  const policy = loaded.ok ? loaded.policy : ((getPreset(settings.preset) ?? getPreset(DEFAULT_PRESET)) as Policy);
  const { email, manager } = who(settings);
  const lang = pageLang(asked, settings.lang);
  const c = compute(theSpreadsheet(), settings, policy);
  return {
    settings: {
      preset: settings.preset,
      lang: settings.lang,
      managers: [...settings.managers],
      roles: { ...(settings.roles ?? {}) },
      mapping: { ...(settings.mapping ?? {}) },
      overrides: { ...(settings.overrides ?? {}) },
    },
    sheets: sheetsOf(c, settings),
    presets: presetIds().map((id) => ({ id, title: (getPreset(id) as Policy).title[lang] })),
    fields: Object.entries(FIELD_LABELS)
      .filter(([f]) => f !== 'sheet')
      .map(([field, t]) => ({ field, label: t[lang] })),
    canSave: manager || (settings.managers.length === 0 && email !== ''),
    problem: loaded.ok ? null : loaded.error,
  };
}

function asSettings(s: SetupState['settings']): string {
  return JSON.stringify({
    v: 1,
    preset: s.preset,
    lang: s.lang,
    managers: s.managers,
    roles: s.roles,
    mapping: s.mapping,
    overrides: s.overrides,
  });
}

export function setupCheck(s: SetupState['settings']): SaveAnswer {
  const loaded = parseSettings(asSettings(s), s.lang);
  return loaded.ok ? { ok: true, errors: [], notes: [] } : { ok: false, errors: [loaded.error], notes: [] };
}

/** The rules a settings value would put in force (its preset and overrides). */
function policyOf(
  s: SetupState['settings'],
  lang: Lang,
): { ok: true; policy: Policy; settings: Settings } | { ok: false; error: string } {
  const parsed = parseSettings(asSettings(s), lang);
  return parsed.ok
    ? { ok: true, policy: parsed.policy, settings: parsed.settings }
    : { ok: false, error: parsed.error };
}

const PREVIEW_ROWS = 200;

/** The current document judged under the rules in force and under the proposed ones. */
function whatIfOf(c: Computed, current: Policy, proposed: Policy, lang: Lang, manager: boolean) {
  const w = compareResults(c.result, rejudge(c, proposed, c.asOf), { before: current.id, after: proposed.id });
  const id = manager ? (x: string) => x : maskId;
  return { w, summary: whatIfSummary(w, lang), tables: whatIfTables(w, lang, id) };
}

const sameRules = (a: Settings, b: Settings): boolean =>
  a.preset === b.preset && JSON.stringify(a.overrides ?? {}) === JSON.stringify(b.overrides ?? {});

/** 设置 before saving changed rules: what the save would change (issue 15 point 5). */
export function setupPreview(s: SetupState['settings'], asked?: Lang): WhatIfAnswer {
  const loaded = loadSettings();
  const lang = pageLang(asked, langOf(s.lang));
  const next = policyOf(s, lang);
  const empty = { summary: '', counts: { customers: 0, deals: 0, agents: 0 }, tables: [] };
  if (!next.ok) return { ok: false, errors: [next.error], rulesChanged: false, ...empty };
  const settings = loaded.ok ? loaded.settings : defaultSettings();
  const current = loaded.ok ? loaded.policy : (getPreset(DEFAULT_PRESET) as Policy);
  if (loaded.ok && sameRules(settings, next.settings)) return { ok: true, errors: [], rulesChanged: false, ...empty };
  const { manager } = who(settings);
  const c = compute(theSpreadsheet(), settings, current);
  const { w, summary, tables } = whatIfOf(c, current, next.policy, lang, manager);
  return {
    ok: true,
    errors: [],
    rulesChanged: true,
    summary,
    counts: { customers: w.customers.length, deals: w.deals.length, agents: w.agents.length },
    tables: tables.map((t) => ({
      name: t.name[lang],
      header: t.header.map((h) => h[lang]),
      rows: t.rows.slice(0, PREVIEW_ROWS),
      total: t.rows.length,
    })),
  };
}

export function setupSave(s: SetupState['settings']): SaveAnswer {
  const current = loadSettings();
  const email = currentEmail();
  const lang = langOf(s.lang);
  // Stored settings that fail validation are judged by what could be kept of them (issue 14 point 9).
  const base = current.ok ? current.settings : (current.fallback ?? defaultSettings());
  const first = base.managers.length === 0;
  if (!isManager(base, email) && !(first && email))
    return { ok: false, errors: [pick(NOTE.notManager, lang)], notes: [] };
  // The person who first sets Guishu up is its first manager (contract).
  const managers =
    first && !s.managers.map((m) => m.toLowerCase()).includes(email) ? [email, ...s.managers] : s.managers;
  const checked = parseSettings(asSettings({ ...s, managers }), lang);
  if (!checked.ok) return { ok: false, errors: [checked.error], notes: [] };
  // 设置变更: what changed, in words, and what it changed on the history at this moment.
  const ss = theSpreadsheet();
  const before = current.ok ? current.settings : defaultSettings();
  const beforePolicy = current.ok ? current.policy : (getPreset(DEFAULT_PRESET) as Policy);
  const done = underLock(() => {
    const what = settingsChangeWords(before, beforePolicy, checked.settings, checked.policy, lang);
    const effect = sameRules(before, checked.settings)
      ? ''
      : whatIfOf(compute(ss, before, beforePolicy), beforePolicy, checked.policy, lang, true).summary;
    const stored = saveSettings(checked.settings);
    if (!stored.ok) return { error: stored.error, notes: [] };
    // Managers-only sheets follow the managers just saved (issue 14 point 2).
    const refused = syncManagerSheets(
      ss,
      [STAMP_SHEET, LOOKUP_LOG_SHEET, SETTINGS_LOG_SHEET],
      checked.settings.managers,
    );
    const at = Utilities.formatDate(new Date(), timeZoneOf(ss), 'yyyy-MM-dd HH:mm:ss');
    const row = logSettingsChange(ss, checked.settings.managers, {
      at,
      by: email,
      what: clauseJoin(what, lang) || pick(SETTINGS_CHANGE.none, lang),
      effect,
    });
    if (effect)
      rememberSettingsChange({
        row,
        at,
        before: { preset: before.preset, overrides: { ...(before.overrides ?? {}) } },
      });
    const unsynced = refused.length ? [pick(NOTE.protectionNotSynced(refused), lang)] : [];
    return { error: '', notes: [...unsynced, ...recompute({ lang }).notes] };
  });
  if (!done.ok) return { ok: false, errors: [lockNote(done.why, lang)], notes: [] };
  if (done.value.error) return { ok: false, errors: [done.value.error], notes: [] };
  return { ok: true, errors: [], notes: done.value.notes };
}

// ---------- 冲突与裁决 ----------

export function conflictList(asked?: Lang): ConflictList {
  const loaded = loadSettings(asked);
  if (!loaded.ok)
    return {
      conflicts: [],
      canRule: false,
      notes: [pick(NOTE.badSettingsRepair(loaded.error), pageLang(asked, loaded.fallback?.lang ?? 'zh'))],
      clauses: {},
    };
  const { settings, policy } = loadedOrThrow(asked);
  const { manager, lang } = who(settings);
  const c = compute(theSpreadsheet(), settings, policy);
  const customers = new Map(c.result.customers.map((x) => [x.id, x]));
  const id = manager ? (x: string) => x : maskId;
  const conflicts = c.result.conflicts.map((k) => ({
    customerId: id(k.customerId),
    customer: customers.get(k.customerId)?.name ?? id(k.customerId),
    sheet: k.ref.sheet,
    row: k.ref.row,
    date: isoOfDay(k.day),
    kind: k.kind,
    parties: [...k.parties],
    rules: [...k.reason.rules],
    reason: k.reason[lang],
    deadline: k.deadline === null ? null : isoOfDay(k.deadline),
    owner: customers.get(k.customerId)?.owner.name ?? null,
  }));
  return {
    conflicts,
    canRule: manager,
    notes: [],
    clauses: clausesOf(conflicts.map((k) => k.rules.join(' ')).join(' '), policy, lang),
  };
}

const RULING_HEADER = ['裁决日期', '客户', '联系电话', '新归属人', '原因', '裁决人'];
const RULING_FIELDS = ['rulingDate', 'customer', 'phone', 'newOwner', 'reason', 'decidedBy'];

export function rulingSave(d: RulingDraft, asked?: Lang): SaveAnswer {
  const { settings, policy } = loadedOrThrow(asked);
  const { email, manager, lang } = who(settings);
  if (!manager) return { ok: false, errors: [pick(NOTE.notManager, lang)], notes: [] };
  const owner = String(d.newOwner ?? '').trim();
  const customer = String(d.customer ?? '').trim();
  if (!owner || !customer)
    return {
      ok: false,
      errors: [pick(NOTE.rulingIncomplete, lang)],
      notes: [],
    };
  const ss = theSpreadsheet();
  const done = underLock(() => {
    const c = compute(ss, settings, policy);
    return writeRuling(ss, c, d, owner, customer, email, lang);
  });
  if (!done.ok) return { ok: false, errors: [lockNote(done.why, lang)], notes: [] };
  return { ok: true, errors: [], notes: done.value };
}

function writeRuling(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  c: Computed,
  d: RulingDraft,
  owner: string,
  customer: string,
  email: string,
  lang: Lang,
): string[] {
  // A customer id carries the phone (c-138…); a phone stays a phone; anything else is a name.
  const id = /^c-(\d+)$/.exec(customer);
  const phone = id ? id[1] : readPhone(customer)?.ok ? customer : '';
  const t = targetOf(c, 'rulings', '裁决', RULING_HEADER, RULING_FIELDS, lang);
  const cols = c.layout.sheets.find((s) => s.name === t.name)?.columns as Record<string, number> | undefined;
  const name = phone && cols && cols.phone === undefined ? phone : phone ? '' : customer;
  append(
    ss,
    t,
    t.line({
      rulingDate: todayIso(c.tz),
      customer: name,
      phone,
      newOwner: owner,
      reason: String(d.reason ?? '').trim(),
      decidedBy: email,
    }),
  );
  return recompute({ lang }).notes;
}
