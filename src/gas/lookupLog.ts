// The lookup log (rulebook §8): who looked up which customer, when. It lives on a sheet only
// managers can edit. A non-manager's lookup cannot write there, so the entry waits in document
// properties (which only scripts can change) until the next run by a manager or the daily
// trigger (which runs as the installing manager) moves it onto the sheet.
import { protectForManagers } from './protect';
import { isManager, type Settings } from './settings';
import { props, STATE_KEYS } from './state';

export const LOOKUP_LOG_SHEET = '查询日志';
const HEADER = ['时间 / Time', '查询人 / User', '查询内容 / Query', '结果 / Customers found'];
const QUEUE_LIMIT = 8_000; // characters: one property value holds 9 KB

export type LogEntry = [time: string, user: string, query: string, found: string];

function logSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = ss.getSheetByName(LOOKUP_LOG_SHEET);
  if (!sheet) {
    sheet = ss.insertSheet(LOOKUP_LOG_SHEET);
    sheet.getRange(1, 1, 1, HEADER.length).setValues([HEADER]);
    sheet.setFrozenRows(1);
    protectForManagers(sheet, settings.managers, '归属：查询日志，仅经理可改 / Guishu lookup log: managers only');
  }
  return sheet;
}

function append(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: LogEntry[]): void {
  if (rows.length === 0) return;
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, HEADER.length).setValues(rows.map((r) => r.map((v) => (/^[=+\-@]/.test(v) ? `'${v}` : v))));
}

export function logLookup(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings, email: string, entry: LogEntry): void {
  if (isManager(settings, email)) {
    try {
      append(logSheet(ss, settings), [...readQueue(), entry]);
      props().deleteProperty(STATE_KEYS.lookupQueue);
      return;
    } catch (_e) {
      // fall through: keep the entry in the queue
    }
  }
  const queue = readQueue();
  queue.push(entry);
  let raw = JSON.stringify(queue);
  // Keep the newest entries if a long gap between manager runs fills the property.
  while (raw.length > QUEUE_LIMIT && queue.length > 1) {
    queue.shift();
    raw = JSON.stringify(queue);
  }
  props().setProperty(STATE_KEYS.lookupQueue, raw);
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

/** Called after every run; only a run allowed to write the log (a manager's, or the daily
 *  trigger's as the installing manager) empties the queue, anyone else leaves it waiting. */
export function flushLookupQueue(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): void {
  const q = readQueue();
  if (q.length === 0) return;
  try {
    append(logSheet(ss, settings), q);
  } catch (_e) {
    return; // protected from this user: the entries wait for a manager's run
  }
  props().deleteProperty(STATE_KEYS.lookupQueue);
}
