// What the sidebar and dialogs may call through google.script.run, and what they get back.
// Plain JSON only: dates are ISO strings (`YYYY-MM-DD`), google.script.run cannot pass Date.
// The pages import these types (never the code), so a renamed function fails to compile.
import type { LookupMatch } from '../table/lookup';
import type { reminderJson } from '../table/standing';

export type Lang = 'zh' | 'en';

/** Starts the sentence of a failed server call that is meant for the user (an invisible
 *  separator, U+2063): the page shows what follows it, and nothing of a message without it
 *  (Google's own text: a lost connection, a timeout). docs/addon.md "Errors". */
export const REFUSAL_MARK = '\u2063';

/** Who is at the keyboard and what the pages should show around the data. */
export interface PageContext {
  lang: Lang;
  /** The user's email, '' when Apps Script withholds it (then never a manager). */
  email: string;
  manager: boolean;
  /** The agent's name on the staff sheet (matched by email), to prefill the filing form. */
  agent: string | null;
  preset: { id: string; title: string };
  /** When the daily run last ran and who installed it (a trigger stops with its installer). */
  installer: string | null;
  installedAt: string | null;
  lastDaily: string | null;
  lastRun: string | null;
  /** Today in the spreadsheet's zone. */
  today: string;
  notes: string[];
  /** The last outcomes of the daily and on-edit runs (ISO time, ok or not, notes), oldest first. */
  runs: { at: string; kind: 'daily' | 'edit'; ok: boolean; notes: string[] }[];
  /** Rows whose entry stamp waits (`来访登记 12–14`): the lock was busy at the edit. */
  unstamped: string[];
  /** False when the user did not grant `userinfo.email` (granular consent). */
  emailScope: boolean;
  /** What is wrong with the stored settings (in the user's language), shown on every page. */
  problems: string[];
}

/** 到期提醒 for the signed-in agent (issue 13): their own customers about to lapse or overdue. */
export interface MyReminders {
  /** The agent's name on the staff sheet (matched by email); null when the email is not there. */
  agent: string | null;
  asOf: string;
  horizon: number;
  customers: ReturnType<typeof reminderJson>['overdue'];
}

export interface LookupAnswer {
  matches: LookupMatch[];
  manager: boolean;
  notes: string[];
  /** Each rule id cited in the matches, in words with the numbers in force (issue 15). */
  clauses: Record<string, string>;
}

export interface FilingDraft {
  name: string;
  phone: string;
  /** Who files (an agent's name); defaults to the user's name on the staff sheet. */
  agent?: string;
  relation?: string;
  linkedPhone?: string;
  note?: string;
}

/** What would happen to a filing, judged by the engine before anything is written. */
export interface FilingVerdict {
  ok: boolean;
  /** Field problems: field name, phone, linkedPhone or agent; message `missing` or `invalid`
   *  (the page words them in its language). */
  errors: { field: string; message: 'missing' | 'invalid' }[];
  accepted: boolean;
  /** The current owner it conflicts with, when not accepted. */
  conflictWith: string | null;
  rules: string[];
  reason: string;
  /** Set after saving: the sheet and row the filing went to. */
  saved?: { sheet: string; row: number };
}

export interface SheetMapping {
  name: string;
  role: 'register' | 'filing' | 'staff' | 'rulings' | 'ignore' | null;
  headerRow: number | null;
  /** Field -> the header text it was mapped to. */
  columns: Record<string, string>;
  /** Every header on the sheet, to choose from when correcting the mapping. */
  headers: string[];
  why: string | null;
}

export interface PresetSummary {
  id: string;
  title: string;
  // The numbers a manager may change are not sent: the page walks its own copy of the preset
  // (src/ui/numbers.ts), which it needs anyway to validate as the manager types.
}

export interface SetupState {
  settings: {
    preset: string;
    lang: Lang;
    managers: string[];
    roles: Record<string, string>;
    mapping: Record<string, Record<string, string>>;
    overrides: Record<string, unknown>;
  };
  sheets: SheetMapping[];
  presets: PresetSummary[];
  /** The fields a mapping may name, with their labels in the user's language. */
  fields: { field: string; label: string }[];
  canSave: boolean;
  /** What is wrong with the stored settings (they failed validation), or null. */
  problem: string | null;
}

export interface SaveAnswer {
  ok: boolean;
  /** One line per problem, naming the setting (`claim.window.days: …`). */
  errors: string[];
  notes: string[];
}

/** What saving changed rule settings would do (issue 15): the summary and the lists behind it. */
export interface WhatIfAnswer {
  ok: boolean;
  errors: string[];
  /** False when the rules are the same as now (nothing to preview). */
  rulesChanged: boolean;
  summary: string;
  counts: { customers: number; deals: number; agents: number };
  /** Customers, deals, agents; rows capped (`total` says how many there are). */
  tables: { name: string; header: string[]; rows: string[][]; total: number }[];
}

export interface ConflictItem {
  customerId: string;
  customer: string;
  sheet: string;
  row: number;
  date: string;
  /** A ConflictKind (src/engine/types.ts); the page has its label. */
  kind: string;
  parties: string[];
  rules: string[];
  reason: string;
  deadline: string | null;
  owner: string | null;
}

export interface ConflictList {
  conflicts: ConflictItem[];
  canRule: boolean;
  /** Each rule id cited above, in words with the numbers in force (issue 15). */
  clauses: Record<string, string>;
  notes: string[];
}

export interface RulingDraft {
  /** Customer id, phone or name as the conflict list gave it. */
  customer: string;
  newOwner: string;
  reason: string;
}

/** The server functions the pages call, by name (src/gas/index.ts exports each). */
/** `lang`: the page's language for the texts the server writes (reasons, labels); the
 *  document's own language when absent. */
export interface ServerApi {
  guishuPageContext(lang?: Lang): PageContext;
  guishuLookup(query: string, lang?: Lang): LookupAnswer;
  guishuMyReminders(lang?: Lang): MyReminders;
  guishuFilingCheck(draft: FilingDraft, lang?: Lang): FilingVerdict;
  guishuFilingSave(draft: FilingDraft, lang?: Lang): FilingVerdict;
  guishuSetupState(lang?: Lang): SetupState;
  guishuSetupCheck(settings: SetupState['settings']): SaveAnswer;
  guishuSetupSave(settings: SetupState['settings']): SaveAnswer;
  guishuSetupPreview(settings: SetupState['settings'], lang?: Lang): WhatIfAnswer;
  guishuConflictList(lang?: Lang): ConflictList;
  guishuRulingSave(draft: RulingDraft, lang?: Lang): SaveAnswer;
}
