// 设置变更 (issue 15 point 4): every settings save appends one line to a sheet only managers can
// edit: when, who, what changed (old → new, in words) and the what-if summary at that moment.
// The latest change is also kept in document properties, so later runs can say on 变更日志
// which ownership changes it caused.
import { describeParts, type Policy } from '../policy';
import { settingWords } from '../policy/messages';
import { clauseJoin, listJoin } from '../vocab/text';
import { pick, SETTINGS_CHANGE } from './i18n';
import { managerOnlySheet } from './protect';
import { appendRows, putValues } from './sheets';
import type { Settings } from './settings';
import { readParted, writeParted } from './state';
import { asCell } from './writer';

export const SETTINGS_LOG_SHEET = '设置变更';
export const SETTINGS_CHANGE_KEY = 'guishu.settingsChange';
/** The replaced settings were at most 10 parts (settings.ts), so their change fits in as many. */
const SETTINGS_CHANGE_PARTS = 11;
const HEADER = ['时间 / Time', '修改人 / By', '改了什么 / What changed', '保存时的影响 / What it changed'];

/** The latest settings change: its row on 设置变更, when, and the settings it replaced. */
export interface SettingsChange {
  readonly row: number;
  readonly at: string;
  readonly before: { preset: string; overrides: Record<string, unknown> };
}

/** The paths where two override objects differ, down to a value or a list (compared whole). */
function changedPaths(a: unknown, b: unknown, path: string[] = []): string[][] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  // A section present on one side only is compared with an empty one, down to its settings.
  if (a === undefined && isObject(b)) return changedPaths({}, b, path);
  if (b === undefined && isObject(a)) return changedPaths(a, {}, path);
  if (!isObject(a) || !isObject(b)) return JSON.stringify(a) === JSON.stringify(b) ? [] : [path];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((k) => changedPaths(a[k], b[k], [...path, k]));
}

/** What changed between two saved settings, old → new, in words. */
export function settingsChangeWords(
  before: Settings,
  beforePolicy: Policy,
  after: Settings,
  afterPolicy: Policy,
  lang: 'zh' | 'en',
): string[] {
  const out: string[] = [];
  if (before.preset !== after.preset) {
    out.push(
      pick(
        SETTINGS_CHANGE.preset(
          { id: before.preset, title: beforePolicy.title.zh },
          { id: after.preset, title: afterPolicy.title.zh },
        ),
        lang,
      ),
    );
  }
  const a = describeParts(beforePolicy).map((x) => x[lang]);
  const b = describeParts(afterPolicy).map((x) => x[lang]);
  const gone = a.filter((x) => !b.includes(x));
  const added = b.filter((x) => !a.includes(x));
  if (gone.length || added.length) out.push(`${clauseJoin(gone, lang) || '—'} → ${clauseJoin(added, lang) || '—'}`);
  else {
    // Overrides that change no described number (a relation list, a status word): said by the
    // settings they touch, in words, never as JSON or keys.
    const paths = changedPaths(before.overrides ?? {}, after.overrides ?? {});
    if (paths.length) {
      const words = [...new Set(paths.map((p) => settingWords(p, lang) ?? pick(SETTINGS_CHANGE.otherSetting, lang)))];
      out.push(pick(SETTINGS_CHANGE.overrides(listJoin(words, lang)), lang));
    }
  }
  const list = (m: readonly string[]) => m.join(', ') || '—';
  if (list(before.managers) !== list(after.managers))
    out.push(pick(SETTINGS_CHANGE.managers(list(before.managers), list(after.managers)), lang));
  if (before.lang !== after.lang) out.push(pick(SETTINGS_CHANGE.lang(before.lang, after.lang), lang));
  if (JSON.stringify(before.roles ?? {}) !== JSON.stringify(after.roles ?? {}))
    out.push(pick(SETTINGS_CHANGE.roles, lang));
  if (JSON.stringify(before.mapping ?? {}) !== JSON.stringify(after.mapping ?? {}))
    out.push(pick(SETTINGS_CHANGE.mapping, lang));
  return out;
}

/**
 * Appends one line to 设置变更 (created and protected first, src/gas/protect.ts), growing the sheet
 * past its edge as any append does (src/gas/sheets.ts); returns its row, or 0 when this run's
 * effective user is not a manager and so may not create the sheet.
 */
export function logSettingsChange(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  managers: readonly string[],
  line: { at: string; by: string; what: string; effect: string },
): number {
  const sheet = managerOnlySheet(
    ss,
    SETTINGS_LOG_SHEET,
    managers,
    '归属：设置变更，仅经理可改 / Guishu settings log: managers only',
    (created) => {
      putValues(created, 1, 1, [HEADER]);
      created.setFrozenRows(1);
    },
  );
  return sheet ? appendRows(sheet, [[line.at, line.by, line.what, line.effect].map(asCell)]) : 0;
}

/** Kept whole, however large the replaced overrides were (spread over parts like the settings). */
export function rememberSettingsChange(change: SettingsChange): boolean {
  return writeParted(SETTINGS_CHANGE_KEY, JSON.stringify(change), SETTINGS_CHANGE_PARTS);
}

export function lastSettingsChange(): SettingsChange | null {
  const raw = readParted(SETTINGS_CHANGE_KEY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as SettingsChange;
    return typeof v.row === 'number' && typeof v.at === 'string' && v.before && typeof v.before.preset === 'string'
      ? v
      : null;
  } catch (_e) {
    return null;
  }
}
