// Plain cells: names, yes/no, amounts, staff status words. Each reader returns null for a
// blank cell and undefined for a cell it cannot read, so callers can tell the two apart.
import type { StaffStatus } from '../engine/types';
import { halfWidth, isBlankCell, isPlaceholder, numberText, tidy, wordKey } from './text';
import { readYesNo } from './yesno';

/** A text cell, tidied; numbers as plain digits; null when blank. */
export function readText(v: unknown): string | null {
  if (typeof v === 'string') {
    const t = tidy(v);
    return t === '' ? null : t;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? numberText(v) : null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  // A sheet may have turned text such as a unit '1-2' into a date; keep it visible as a day.
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return null;
}

/** A person's name: tidied; `-`, `无`, `未知` and the like mean no name. */
export function readName(v: unknown): string | null {
  const t = readText(v);
  return t === null || isPlaceholder(t) ? null : t;
}

const NO_AGENT: ReadonlySet<string> = new Set(
  ['自行来访', '自来', '自行', '自访', '自然来访', '自到', '无顾问', '无人接待', 'walk-in', 'walkin'].map(wordKey),
);

const NOT_A_KEY = /[\sA-Z]/; // tidied text that wordKey would still change

/** An agent's name; blank, 自行来访, 自来, 无, — mean a walk-in with no agent. */
export function readAgent(v: unknown): string | null {
  const t = readName(v);
  if (t === null || NO_AGENT.has(t)) return null;
  return NOT_A_KEY.test(t) && NO_AGENT.has(wordKey(t)) ? null : t;
}

const AGENT_NOTE = /[([【][^)\]】]*[)\]】]/g; // 张三（代李四）, after halfWidth: 张三(代李四)
const SEVERAL = /[/、,，&+＋]/;

/**
 * An agent cell is one person: a note in brackets is left out (张三（代李四） is 张三), and of several
 * names (张三/李四, 张三、李四) the first is read. `how` says which, for a line on 问题; null when
 * the cell is a plain name (or no agent).
 */
export function readAgentCell(v: unknown): { agent: string | null; how: 'note' | 'several' | null } {
  const agent = readAgent(v);
  if (agent === null) return { agent, how: null };
  const bare = agent.replace(AGENT_NOTE, '').trim();
  const names = bare
    .split(SEVERAL)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const first = names[0];
  if (first === undefined) return { agent, how: null };
  if (first === agent) return { agent, how: null };
  const one = readAgent(first);
  return { agent: one, how: one === null ? null : names.length > 1 ? 'several' : 'note' };
}

/**
 * A staff sheet's name, read as the agent cells are: 张三（组长） is 张三, so the staff row speaks of
 * the agent the register names (departures, rest days, managers). `noted` when a note was left out.
 */
export function readStaffName(v: unknown): { name: string | null; noted: boolean } {
  const name = readName(v);
  if (name === null) return { name, noted: false };
  const bare = name.replace(AGENT_NOTE, '').trim();
  return bare === '' || bare === name ? { name, noted: false } : { name: bare, noted: true };
}

/**
 * A yes/no cell through the one vocabulary of src/table/yesno.ts (issue 12 point 7): true yes,
 * false no, null blank, undefined neither (the caller reads that as no and notes it).
 */
export const readBool = readYesNo;

const MONEY_NOISE = /[,\s¥$]|￥|rmb|cny|人民币/gi;
const AMOUNT = /^([-+]?\d+(?:\.\d+)?)(万|w|亿|千|k)?元?$/i;
const SCALE: Readonly<Record<string, number>> = { 万: 1e4, w: 1e4, 亿: 1e8, 千: 1e3, k: 1e3 };

/** 2000000, '200万', '1,000,000', '¥60,000'; null blank, undefined unreadable. */
export function readAmount(v: unknown): number | null | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (isBlankCell(v)) return null;
  if (typeof v !== 'string') return undefined;
  const m = AMOUNT.exec(halfWidth(v).replace(MONEY_NOISE, ''));
  if (!m) return undefined;
  const scale = m[2] ? (SCALE[m[2].toLowerCase()] ?? 1) : 1;
  // 2.35万 must be 23500, not 23500.000000000004.
  return scale === 1 ? Number(m[1]) : Math.round(Number(m[1]) * scale * 100) / 100;
}

const AREA_UNIT = /(㎡|m²|m2|平方米|平米|平方|平)$/i;

/** 89.5, '89.5㎡', '89.5平米'. */
export function readArea(v: unknown): number | null | undefined {
  if (typeof v === 'string') return readAmount(halfWidth(v).trim().replace(AREA_UNIT, ''));
  return readAmount(v);
}

// Chinese words are matched inside the cell ('已离职', '离职（交接李四）'); longer, more specific
// words first. English words must be the whole cell ('inactive' is not 'active').
const STATUS_WORDS: readonly [string, StaffStatus][] = [
  ['离职', 'departed'],
  ['病假', 'leave'],
  ['事假', 'leave'],
  ['年假', 'leave'],
  ['婚假', 'leave'],
  ['产假', 'leave'],
  ['休假', 'leave'],
  ['请假', 'leave'],
  ['轮休', 'rest'],
  ['调休', 'rest'],
  ['休息', 'rest'],
  ['公出', 'business'],
  ['出差', 'business'],
  ['外出', 'business'],
  ['在职', 'active'],
  ['在岗', 'active'],
  ['正常', 'active'],
];
const STATUS_EN: ReadonlyMap<string, StaffStatus> = new Map<string, StaffStatus>([
  ['active', 'active'],
  ['departed', 'departed'],
  ['left', 'departed'],
  ['rest', 'rest'],
  ['dayoff', 'rest'],
  ['leave', 'leave'],
  ['business', 'business'],
]);

/** 在职/正常 active, 离职 departed, 休息/轮休 rest, 请假/病假/事假 leave, 公出/出差/外出 business. */
export function readStaffStatus(v: unknown): StaffStatus | null {
  if (typeof v !== 'string') return null;
  const key = wordKey(v);
  if (key === '') return null;
  const en = STATUS_EN.get(key);
  if (en) return en;
  for (const [word, status] of STATUS_WORDS) if (key.includes(word)) return status;
  return null;
}
