// The lookup log (rulebook §8): who looked up which customer, when. It lives on a sheet only
// managers can edit (src/gas/protect.ts). A non-manager's lookup cannot write there, so the entry
// waits in document properties (which only scripts can change) until the next run by a manager
// or the daily trigger (which runs as the installing manager) moves it onto the sheet. Both the
// sheet and the queue are written under the document lock. A lookup never fails because of its
// log: a busy lock or a full property store loses the oldest waiting entries, not the answer.
import { underLock } from './lock';
import { effectiveEmail, isManagerEmail, managerOnlySheet } from './protect';
import { appendRows } from './sheets';
import type { Settings } from './settings';
import { props, STATE_KEYS, utf8Bytes, VALUE_BYTES } from './state';
import { asCell } from './writer';

export const LOOKUP_LOG_SHEET = '查询日志';
const HEADER = ['时间 / Time', '查询人 / User', '查询内容 / Query', '结果 / Customers found'];

export type LogEntry = [time: string, user: string, query: string, found: string];

function logSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  return managerOnlySheet(
    ss,
    LOOKUP_LOG_SHEET,
    settings.managers,
    '归属：查询日志，仅经理可改 / Guishu lookup log: managers only',
    (sheet) => {
      sheet.getRange(1, 1, 1, HEADER.length).setValues([HEADER]);
      sheet.setFrozenRows(1);
    },
  );
}

function append(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: LogEntry[]): void {
  appendRows(
    sheet,
    rows.map((r) => r.map(asCell)),
  );
}

/** The queue as stored: newest entries kept, the whole value under one property's 9 KB in UTF-8. */
export function queueValue(queue: LogEntry[], limit = VALUE_BYTES): string {
  let from = 0;
  let raw = JSON.stringify(queue);
  while (utf8Bytes(raw) > limit && from < queue.length - 1) raw = JSON.stringify(queue.slice(++from));
  if (utf8Bytes(raw) > limit) raw = JSON.stringify([queue[queue.length - 1].map((v) => v.slice(0, 500))]);
  return raw;
}

function enqueue(entry: LogEntry): void {
  const queue = readQueue();
  queue.push(entry);
  try {
    props().setProperty(STATE_KEYS.lookupQueue, queueValue(queue));
  } catch (_e) {
    // The store is full (500 KB in all): keep only this entry rather than fail the lookup.
    try {
      props().setProperty(STATE_KEYS.lookupQueue, queueValue([entry]));
    } catch (_e2) {
      // Nothing more can be kept; the answer still goes to the user.
    }
  }
}

export function logLookup(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  _email: string,
  entry: LogEntry,
): void {
  const done = underLock(() => {
    if (isManagerEmail(settings.managers, effectiveEmail())) {
      try {
        const sheet = logSheet(ss, settings);
        if (sheet) {
          append(sheet, [...readQueue(), entry]);
          props().deleteProperty(STATE_KEYS.lookupQueue);
          return;
        }
      } catch (_e) {
        // fall through: keep the entry in the queue
      }
    }
    enqueue(entry);
  }, 5_000);
  // Lock busy: queue it anyway (a property write is one call; at worst a concurrent queue write wins).
  if (!done.ok) enqueue(entry);
}

function readQueue(): LogEntry[] {
  const raw = props().getProperty(STATE_KEYS.lookupQueue);
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? (v.filter((e) => Array.isArray(e) && e.length === 4) as LogEntry[]) : [];
  } catch (_e) {
    return [];
  }
}

/** Called inside the lock after every run; only a run whose effective user is a manager (a
 *  manager's, or the daily trigger's as the installing manager) empties the queue. */
export function flushLookupQueue(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): void {
  if (!isManagerEmail(settings.managers, effectiveEmail())) return;
  const q = readQueue();
  if (q.length === 0) return;
  try {
    const sheet = logSheet(ss, settings);
    if (!sheet) return;
    append(sheet, q);
  } catch (_e) {
    return; // protected from this user: the entries wait for a manager's run
  }
  props().deleteProperty(STATE_KEYS.lookupQueue);
}
