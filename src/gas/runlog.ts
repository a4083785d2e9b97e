// A trigger that fails says so: add-on triggers send no failure mail (docs/addon-platform.md §2),
// so each daily and on-edit run records its outcome in document properties, where 设置 and 帮助
// show it. A run that did nothing (bad settings, lock busy, no time, a missing scope) is recorded
// as failed, never as a successful daily run. On-edit stamps that could not be written (the lock
// was busy) wait in a list and are stamped, with the time of the edit, by the next on-edit or
// daily run; until then the page lists them.
import { props, STATE_KEYS, utf8Bytes, VALUE_BYTES } from './state';

export interface RunRecord {
  /** ISO instant. */
  at: string;
  kind: 'daily' | 'edit';
  ok: boolean;
  notes: string[];
}

export interface PendingStamp {
  sheet: string;
  row: number;
  count: number;
  /** When the edit happened (ISO), the stamp's time when it is finally written. */
  at: string;
  user: string;
}

const KEEP = 5;

function readJson<T>(key: string, fallback: T): T {
  const raw = props().getProperty(key);
  if (!raw) return fallback;
  try {
    const v = JSON.parse(raw) as T;
    return v ?? fallback;
  } catch (_e) {
    return fallback;
  }
}

/** Writes a list newest-last, dropping the oldest until it fits one property value. */
function writeList(key: string, list: unknown[]): void {
  let from = 0;
  let raw = JSON.stringify(list);
  while (utf8Bytes(raw) > VALUE_BYTES && from < list.length) raw = JSON.stringify(list.slice(++from));
  try {
    props().setProperty(key, raw);
  } catch (_e) {
    // The store is full: the outcome is lost, the run itself is not failed by its bookkeeping.
  }
}

export function readRuns(): RunRecord[] {
  const v = readJson<RunRecord[]>(STATE_KEYS.runs, []);
  return Array.isArray(v) ? v.filter((r) => r && typeof r.at === 'string') : [];
}

/** Keeps the last few outcomes of each kind. */
export function recordRun(kind: RunRecord['kind'], ok: boolean, notes: string[]): void {
  const all = readRuns();
  const record: RunRecord = {
    at: new Date().toISOString(),
    kind,
    ok,
    notes: notes.map((n) => n.slice(0, 300)).slice(0, 10),
  };
  const same = all
    .filter((r) => r.kind === kind)
    .concat(record)
    .slice(-KEEP);
  writeList(STATE_KEYS.runs, all.filter((r) => r.kind !== kind).concat(same));
}

export function readPending(): PendingStamp[] {
  const v = readJson<PendingStamp[]>(STATE_KEYS.pendingStamps, []);
  return Array.isArray(v) ? v.filter((p) => p && typeof p.sheet === 'string' && p.row > 0 && p.count > 0) : [];
}

export function addPending(p: PendingStamp): void {
  writeList(STATE_KEYS.pendingStamps, readPending().concat(p));
}

export function clearPending(): void {
  props().deleteProperty(STATE_KEYS.pendingStamps);
}

/** `来访登记 12–14` for the page and the notes. */
export function pendingText(p: PendingStamp): string {
  return p.count > 1 ? `${p.sheet} ${p.row}–${p.row + p.count - 1}` : `${p.sheet} ${p.row}`;
}
