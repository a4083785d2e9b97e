// Finds a sheet's header row (below banner and 填表人 lines) and maps its columns to fields.
import type { InputIssue } from '../engine/types';
import {
  BROKER_OR_AGENT,
  FIELD_KEYS,
  OWN_ALIAS_KEYS,
  OWN_KEYS,
  REQUIRED,
  type FieldName,
  type OwnColumn,
  type SheetRole,
} from './fields';
import { OWN_COLUMN_SPECS } from './labels';
import { makeIssue } from './messages';
import { wordKey } from './text';

/** How many rows from the top may hold the header row (title rows come first). */
export const HEADER_SCAN_ROWS = 10;

/** A manager's mapping for one sheet: field -> header text. */
export type FieldMapping = Partial<Record<FieldName, string>>;

export interface HeaderMatch {
  /** 0-based index of the header row in the grid. */
  readonly index: number;
  readonly columns: Partial<Record<FieldName, number>>;
  readonly ownColumns: Partial<Record<OwnColumn, number>>;
  /** wordKey of every header cell ('' where blank or not text), for repeated-header rows. */
  readonly keys: readonly string[];
  readonly issues: readonly InputIssue[];
}

const TRAILING_NOTE = /[([【][^)\]】]*[)\]】]$/;
// A note in brackets inside a header (客户（公司）名称): the header without it.
const INNER_NOTE = /[([【][^)\]】]*[)\]】]/g;
const ALTERNATIVES = /[/、|]/;
const ACT_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>(['agent', 'phone', 'name']);
// A known header after the word of the act the sheet records (报备业务员, 接待置业顾问, 来访电话).
const ACT_PREFIX = /^(?:报备|备案|登记|接待|来访|来电|到访|成交)(?=.)/;

interface CellMatch {
  readonly field?: FieldName;
  readonly own?: OwnColumn;
}

function headerKeyOf(v: unknown): string {
  return typeof v === 'string' ? wordKey(v) : '';
}

/** What one header key names for a role; a trailing `(必填)` / `（元）` note is tolerated. */
function matchKey(key: string, role: SheetRole, overrides: ReadonlyMap<string, FieldName>): CellMatch | null {
  if (key === '') return null;
  const over = overrides.get(key);
  if (over) return { field: over };
  const own = OWN_KEYS[role].get(key);
  if (own) return { own };
  const field = FIELD_KEYS[role].get(key);
  if (field) return { field };
  const bare = key.replace(TRAILING_NOTE, '');
  if (bare !== key && bare !== '') return matchKey(bare, role, overrides);
  const inner = key.replace(INNER_NOTE, '');
  if (inner !== key && inner !== '') return matchKey(inner, role, overrides);
  // Alternatives in one header (手机/电话, 姓名、称呼): the field they all name, if one.
  if (ALTERNATIVES.test(key)) {
    const fields = new Set(key.split(ALTERNATIVES).map((k) => matchKey(k, role, overrides)?.field ?? null));
    const [only] = fields;
    return fields.size === 1 && only ? { field: only } : null;
  }
  const act = key.replace(ACT_PREFIX, '');
  // Only who and whose number (报备业务员, 来访电话): 成交方式 or 来访备注 are not the kind or the note.
  if (act !== key) {
    const m = matchKey(act, role, overrides);
    return m?.field && ACT_FIELDS.has(m.field) ? { field: m.field } : null;
  }
  return null;
}

function overrideKeys(mapping: FieldMapping | undefined): Map<string, FieldName> {
  const map = new Map<string, FieldName>();
  if (!mapping) return map;
  for (const [field, header] of Object.entries(mapping) as [FieldName, string | undefined][]) {
    if (header) map.set(wordKey(header), field);
  }
  return map;
}

/** Distinct fields and own columns a row names under `role`. */
export function rowMatches(
  row: readonly unknown[],
  role: SheetRole,
  mapping?: FieldMapping,
): { fields: Set<FieldName>; own: Set<OwnColumn>; keys: Set<string> } {
  const overrides = overrideKeys(mapping);
  const fields = new Set<FieldName>();
  const own = new Set<OwnColumn>();
  const keys = new Set<string>();
  for (const cell of row) {
    const key = headerKeyOf(cell);
    if (key === '') continue;
    keys.add(key);
    const m = matchKey(key, role, overrides);
    if (m?.field) fields.add(m.field);
    if (m?.own) own.add(m.own);
  }
  return { fields, own, keys };
}

/**
 * The header row: among the first rows, the one naming the most known columns, at least two
 * and one of the role's required fields. Ties go to the upper row (a repeated header lower down).
 */
export function findHeader(
  sheet: string,
  values: readonly (readonly unknown[])[],
  role: SheetRole,
  mapping?: FieldMapping,
): HeaderMatch | null {
  const required = REQUIRED[role];
  let best = -1;
  let bestScore = 1;
  const rows = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const { fields, own } = rowMatches(values[r] ?? [], role, mapping);
    const score = fields.size + own.size;
    if (score > bestScore && required.some((f) => fields.has(f))) {
      best = r;
      bestScore = score;
    }
  }
  return best < 0 ? null : mapColumns(sheet, values[best] ?? [], best, role, mapping);
}

/** Maps one header row: the manager's mapping first, then the synonyms; the first column wins. */
export function mapColumns(
  sheet: string,
  row: readonly unknown[],
  index: number,
  role: SheetRole,
  mapping?: FieldMapping,
): HeaderMatch {
  const issues: InputIssue[] = [];
  const columns: Partial<Record<FieldName, number>> = {};
  const ownColumns: Partial<Record<OwnColumn, number>> = {};
  const keys = row.map(headerKeyOf);
  const taken = new Set<number>();
  const sheetRow = index + 1;

  // The manager's word wins over detection, and takes its column away from any other field.
  for (const [field, header] of Object.entries(mapping ?? {}) as [FieldName, string | undefined][]) {
    if (!header) continue;
    const col = keys.indexOf(wordKey(header));
    if (col < 0) {
      issues.push(makeIssue(sheet, sheetRow, field, 'note', 'mapping-not-found', { field, header }));
      continue;
    }
    columns[field] = col;
    taken.add(col);
  }
  const mapped = new Set(Object.keys(columns));

  let brokerOrAgent = -1;
  const none = new Map<string, FieldName>();
  for (let c = 0; c < keys.length; c++) {
    if (taken.has(c)) continue;
    const m = matchKey(keys[c] ?? '', role, none);
    if (!m) continue;
    const header = String(row[c]).trim();
    if (m.own) {
      if (ownColumns[m.own] === undefined) ownColumns[m.own] = c;
      else issues.push(dupIssue(sheet, sheetRow, c, header, m.own));
      continue;
    }
    const field = m.field as FieldName;
    if (mapped.has(field)) continue; // the manager chose another column for it
    if (role === 'filing' && keys[c] === BROKER_OR_AGENT && brokerOrAgent < 0) {
      brokerOrAgent = c;
      continue;
    }
    if (columns[field] === undefined) columns[field] = c;
    // Rulings may keep the customer's name and phone apart: the second one is the phone.
    else if (role === 'rulings' && field === 'customer' && columns.phone === undefined) columns.phone = c;
    else issues.push(dupIssue(sheet, sheetRow, c, header, field));
  }

  adoptOldOwnColumns(keys, role, ownColumns, columns);

  // 经纪人 on a filing: the channel's broker when a channel (or another agent) column exists.
  if (brokerOrAgent >= 0) {
    const target: FieldName = columns.channel !== undefined || columns.agent !== undefined ? 'broker' : 'agent';
    if (columns[target] === undefined) columns[target] = brokerOrAgent;
    else issues.push(dupIssue(sheet, sheetRow, brokerOrAgent, String(row[brokerOrAgent]).trim(), target));
  }
  // Without a date column, a 时间 / 来访时间 column holds the date-times; failing that, the
  // entry time (登记时间) is the only date the sheet keeps.
  // On a register, a sheet of deals (成交日期 / 认购日期 and no other date) dates its rows by it.
  if ((role === 'register' || role === 'filing') && columns.date === undefined) {
    const dealt =
      role === 'register'
        ? columns.dealDate !== undefined
          ? 'dealDate'
          : columns.depositDate !== undefined
            ? 'depositDate'
            : null
        : null;
    const stand = columns.time !== undefined ? 'time' : (dealt ?? (columns.entered !== undefined ? 'entered' : null));
    if (stand !== null) {
      columns.date = columns[stand];
      delete columns[stand];
    }
  }
  return { index, columns, ownColumns, keys, issues };
}

/**
 * Own columns an earlier version wrote under other headers (归属人, 归属状态, 保护到期 …): a
 * column with such a header is ours only when it sits next to one of ours, nearest first, each
 * old header once. When that earlier block is whole (adjacent, in the current order) and the
 * header cells after it are blank, the current block takes its place: every own column is
 * given its position from the block's first column, so any placement rule rewrites the block
 * where it was, today's standing first (rulebook §2.5, issue 13). The next run finds it by the
 * current headers.
 */
function adoptOldOwnColumns(
  keys: readonly string[],
  role: SheetRole,
  own: Partial<Record<OwnColumn, number>>,
  fields: Partial<Record<FieldName, number>>,
): void {
  const aliases = OWN_ALIAS_KEYS[role];
  if (aliases.size === 0) return;
  const mapped = new Set(Object.values(fields));
  const isOwn = (c: number): boolean => Object.values(own).includes(c);
  let adopted = 0;
  for (;;) {
    const ring: [OwnColumn, number][] = [];
    for (let c = 0; c < keys.length; c++) {
      const key = aliases.get(keys[c] ?? '');
      if (!key || own[key] !== undefined || mapped.has(c) || isOwn(c)) continue;
      if (isOwn(c - 1) || isOwn(c + 1)) ring.push([key, c]);
    }
    if (!ring.length) break;
    for (const [key, c] of ring) {
      if (own[key] !== undefined) continue;
      own[key] = c;
      adopted++;
    }
  }
  if (adopted === 0 || role === 'staff' || role === 'rulings') return;
  const order = OWN_COLUMN_SPECS[role].map((s) => s.key);
  const found = order.map((k) => own[k]).filter((c): c is number => c !== undefined);
  const start = found[0] as number;
  const whole = found.every((c, i) => c === start + i);
  const room = keys.slice(start + found.length, start + order.length).every((k) => k === '');
  if (!whole || !room) return;
  order.forEach((k, i) => {
    own[k] = start + i;
  });
}

function dupIssue(sheet: string, row: number, col: number, header: string, field: string): InputIssue {
  return makeIssue(sheet, row, field, 'note', 'duplicate-header', { column: col + 1, header, field });
}
