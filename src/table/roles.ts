// Which sheet is what: by name first (rulebook §2, contract), then by its headers.
import { FILING_MARKERS, RULING_MARKERS, type SheetRole } from './fields';
import { HEADER_SCAN_ROWS, rowMatches, type FieldMapping } from './headers';
import { readStaffStatus } from './cells';
import { isBlankCell } from './text';
import { OWN_SHEET_HEADERS, OWN_SHEET_NAMES as WRITTEN_NAMES } from './labels';

export type { FieldMapping } from './headers';

/** Sheets Guishu writes itself; the reader passes over them without a word. */
export const OWN_SHEET_NAMES: readonly string[] = [
  '客户归属总表',
  '冲突',
  '问题',
  '变更日志',
  '查询日志',
  '规则说明',
  '设置变更',
  '到期提醒',
];
const OWN_PREFIX = /^(月结|_guishu|guishu)/i;

export function isOwnSheetName(name: string): boolean {
  const n = name.trim();
  return OWN_SHEET_NAMES.includes(n) || OWN_PREFIX.test(n);
}

/**
 * Issue 16.4: the own sheets every run writes (客户归属总表, 冲突, 问题, 变更日志) are known by a
 * mark the door leaves on them (a hidden defined name in an xlsx, developer metadata in Sheets),
 * never by their name alone: a manager's own 问题 sheet is the manager's. Kinds as OWN_SHEET_NAMES
 * of labels.ts keys them.
 */
export type OwnSheetKind = keyof typeof WRITTEN_SHEETS;
export const WRITTEN_SHEETS = WRITTEN_NAMES;

/** The kind of own sheet a name was first given; null for any other name. */
export function writtenSheetKind(name: string): OwnSheetKind | null {
  const n = name.trim();
  for (const [kind, written] of Object.entries(WRITTEN_SHEETS) as [OwnSheetKind, string][])
    if (written === n) return kind;
  return null;
}

/**
 * The kind a sheet's mark carries: the own kind for a written sheet, else the sheet's name with
 * every character a defined name may not hold (spaces, dashes: Excel's naming rules allow letters,
 * digits, `_` and `.`) made `_`: 月结 2026-10 → 月结_2026_10.
 */
export function markKind(name: string): string {
  return writtenSheetKind(name) ?? name.trim().replace(/[^\p{L}\p{N}_.]/gu, '_');
}

/**
 * An unmarked sheet that an earlier version wrote (before marks): named as an own sheet and
 * headed exactly with that sheet's own headers, in either language.
 */
export function isUnmarkedOwnSheet(name: string, head: readonly (readonly unknown[])[]): boolean {
  const kind = writtenSheetKind(name);
  if (kind === null) return false;
  const first = (head[0] ?? []).map((v) => String(v ?? '').trim());
  while (first.length && first[first.length - 1] === '') first.pop();
  return (['zh', 'en'] as const).some((lang) => {
    const want = OWN_SHEET_HEADERS[kind].map((h) => h[lang]);
    return want.length === first.length && want.every((h, i) => h === first[i]);
  });
}

/** Another name for an own sheet whose name a manager's sheet took: `问题 (归属)`, `问题 (归属2)` … */
export function freeSheetName(name: string, taken: (name: string) => boolean): string {
  if (!taken(name)) return name;
  for (let k = 1; ; k++) {
    const next = `${name} (归属${k === 1 ? '' : k})`;
    if (!taken(next)) return next;
  }
}

const EN_NAMES: Readonly<Record<string, SheetRole>> = {
  visits: 'register',
  filings: 'filing',
  staff: 'staff',
  rulings: 'rulings',
};

/** A sheet of deals or deposits kept apart from the visit register, by its name. */
export const DEAL_SHEET_NAME = /(成交|签约|认购|定金|下定|回款)(登记|明细|台账|记录|表|清单)/;

// 裁决 before 备案 before 登记: '报备登记表' is a filing, '来访登记' a register.
const NAME_RULES: readonly [RegExp, SheetRole][] = [
  [/裁决/, 'rulings'],
  // The seeds' own documents: 飞达 files in 《客户档案表》 and visits in 《客户拜访记录》, 日化 files in
  // 《客户资料表》 (004); 《甲方直接客户确认单》, 《…渠道带客确认单》 (002); 《来访客户登记本》 (000);
  // 营销中心 keeps 《个人谈客本》 and 《公共约客本》 (001).
  [/客户备案|报备|备案|客户档案|建档|客户资料表|确认单/, 'filing'],
  [
    /来访登记|来电登记|来客登记|登记表|登记本|拜访记录|拜访登记|来访记录|来电记录|跟进记录|回访记录|谈客本|约客本|带看|看房记录/,
    'register',
  ],
  // A deal sheet kept apart (成交登记, 认购明细, 签约台账) is part of the register (decide/D22).
  [DEAL_SHEET_NAME, 'register'],
  [/人员/, 'staff'],
];

export function roleByName(name: string): SheetRole | null {
  const n = name.trim();
  const en = EN_NAMES[n.toLowerCase()];
  if (en) return en;
  for (const [re, role] of NAME_RULES) if (re.test(n)) return role;
  return null;
}

/** The year a sheet's name gives (`来访登记 2026年10月`), for dates written without one. */
export function yearOfName(name: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(name);
  return m ? Number(m[1]) : null;
}

/** The year a sheet's title rows give (a banner `XX项目来访登记 2026年12月` above the header). */
export function yearOfTitle(values: readonly (readonly unknown[])[], headerIndex: number): number | null {
  for (let r = 0; r < headerIndex; r++) {
    for (const v of values[r] ?? []) {
      if (typeof v !== 'string') continue;
      const year = yearOfName(v);
      if (year !== null) return year;
    }
  }
  return null;
}

/** A role from the first rows' headers, for a sheet whose name says nothing. */
export function roleByHeaders(values: readonly (readonly unknown[])[], mapping?: FieldMapping): SheetRole | null {
  const rows = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    const filing = rowMatches(row, 'filing', mapping);
    if ([...filing.keys].some((k) => FILING_MARKERS.has(k)) && filing.fields.size >= 2) return 'filing';
    const rulings = rowMatches(row, 'rulings', mapping);
    if ([...rulings.keys].some((k) => RULING_MARKERS.has(k))) return 'rulings';
    const reg = rowMatches(row, 'register', mapping).fields;
    const dated =
      reg.has('date') || reg.has('time') || reg.has('entered') || reg.has('dealDate') || reg.has('depositDate');
    if (dated && (reg.has('name') || reg.has('phone')) && reg.has('agent')) {
      return 'register';
    }
    if (isStaffHeader(values, r, mapping)) return 'staff';
  }
  return null;
}

/** 姓名 + 状态 headers, with status words (在职 / 离职 …) in the rows below. */
function isStaffHeader(values: readonly (readonly unknown[])[], r: number, mapping?: FieldMapping): boolean {
  const row = values[r] ?? [];
  const { fields } = rowMatches(row, 'staff', mapping);
  if (!fields.has('staffName') || !fields.has('staffStatus')) return false;
  const cols: number[] = [];
  for (let c = 0; c < row.length; c++) {
    if (rowMatches([row[c]], 'staff', mapping).fields.has('staffStatus')) cols.push(c);
  }
  const last = Math.min(values.length, r + 51);
  for (let i = r + 1; i < last; i++) {
    for (const c of cols) {
      const v = values[i]?.[c];
      if (typeof v === 'string' && !isBlankCell(v) && readStaffStatus(v) !== null) return true;
    }
  }
  return false;
}
