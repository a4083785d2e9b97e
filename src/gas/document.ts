// The spreadsheet a run works on: always the active one. With the spreadsheets.currentonly scope
// an add-on may not open documents by id; its triggers are bound to the document they were
// installed in (docs/addon-platform.md, question 1).
import { NOTE } from './i18n';
import { Refusal } from './refusal';

/** No spreadsheet behind this run: said in the user's language where it reaches them. */
export class NoDocumentError extends Refusal {
  constructor() {
    super(NOTE.noDocument);
    this.name = 'NoDocumentError';
  }
}

export function theSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (!active) throw new NoDocumentError();
  return active;
}

export function timeZoneOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone() || 'Asia/Shanghai';
}

/** Today's calendar day in the spreadsheet's zone, as `YYYY-MM-DD`. */
export function todayIso(tz: string): string {
  return Utilities.formatDate(new Date(), tz, 'yyyy-MM-dd');
}

/** The current user's email, or '' where Apps Script withholds it (consumer accounts, domains). */
export function currentEmail(): string {
  try {
    return (Session.getActiveUser().getEmail() || '').trim().toLowerCase();
  } catch (_e) {
    return '';
  }
}
