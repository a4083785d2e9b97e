// The in-memory Apps Script services Guishu's bundle runs against (see test/gas/loadBundle.ts
// for running dist/Code.js on them in node:vm). Plain TypeScript with no test-runner or Node
// dependency, so the page tests can use it too.
//
//   const fake = createFake({ timeZone: 'Asia/Shanghai', user: 'boss@example.com' });
//   sheetFromRows(fake.spreadsheet, '来访登记', [['日期', '客户'], [new Date(…), '陈先生']]);
//   const ctx = loadBundle('dist/Code.js', fake);
//   fake.open(ctx, 'NONE');                       // onOpen in AuthMode.NONE
//   fake.calls.reset();
//   fake.call(ctx, 'guishuRecompute');            // one execution, like a menu click
//   expect(fake.calls.get('Range.getValues')).toBe(…);
import { parseA1 } from './a1';
import { displayOf, parseWrite, serialOf, type Stored } from './cells';
import type { FailOnOptions } from './counter';
import { Env, unwrap, type LogRecord, type Realm, type RunOptions } from './env';
import { AuthMode, type AuthModeName } from './enums';
import { HtmlService } from './html';
import { LockRegistry, LockService, lockKey, type LockKind } from './lock';
import { SpreadsheetModel } from './model';
import { PropertiesService, PropertyStores, type PropertyStore } from './properties';
import { Range } from './range';
import { CONSENT_PROMPT, ScriptApp, Trigger, TriggerRegistry, type TriggerRecord } from './script';
import { Session, User } from './session';
import { SpreadsheetApp, seedValue, sheetView, spreadsheetView, type Sheet, type Spreadsheet } from './spreadsheet';
import { UiRecords } from './ui';
import { Console, Logger, Utilities } from './utilities';
import { installConditionalFormats } from './conditional';

installConditionalFormats();
export { conditionalRules } from './conditional';

export { CallCounter, DEFAULT_FAILURE, type FailOnOptions } from './counter';
export { AuthMode, Button, ButtonSet, EventType, ProtectionType, TriggerSource, type AuthModeName } from './enums';
export { SCOPES, unwrap, type Realm, type RunOptions, type LogRecord } from './env';
export { PROTECTED_MESSAGE, CELL_LIMIT } from './model';
export { VALUE_LIMIT_BYTES, STORE_LIMIT_BYTES, utf8Length, type PropertyStore } from './properties';
export { UiRecords, type MenuRecord, type DialogRecord, type AlertRecord, type ToastRecord } from './ui';
export { formatJavaDate, wallClock, zonedTime } from './utilities';
export type { Range } from './range';
export type { Sheet, Spreadsheet } from './spreadsheet';
export type { Protection } from './protection';
export type { TriggerRecord, ClockSchedule } from './script';
export type { LockKind } from './lock';

export interface FakeOptions {
  /** The spreadsheet's time zone. Default 'Asia/Shanghai'. */
  readonly timeZone?: string;
  /** appsscript.json's timeZone (Session.getScriptTimeZone). Default: timeZone. */
  readonly scriptTimeZone?: string;
  /** Spreadsheet locale and Session.getActiveUserLocale(). Default 'zh_CN'. */
  readonly locale?: string;
  /** The person at the keyboard. Default 'manager@example.com'; '' for an anonymous user. */
  readonly user?: string;
  /** getActiveUser().getEmail() gives '' although the user is known. */
  readonly hideEmail?: boolean;
  /** The spreadsheet's owner (always may edit). Default: user; null for a shared drive file. */
  readonly owner?: string | null;
  /** Other people with edit access. */
  readonly editors?: readonly string[];
  readonly spreadsheetId?: string;
  readonly spreadsheetName?: string;
  /** The sheet a new spreadsheet starts with. Default '工作表1' (zh) / 'Sheet1'. */
  readonly firstSheetName?: string;
  /** The project's HTML files by name (loadBundle passes dist/*.html). */
  readonly files?: Record<string, string>;
  /** appsscript.json's oauthScopes: when given, calls needing another scope throw. */
  readonly scopes?: readonly string[];
  /** The scopes the user granted on the consent screen (granular consent). Default: all of
   *  `scopes`. A call needing a scope not granted throws. */
  readonly granted?: readonly string[];
  /** Consumer accounts (default true): in an installable trigger, e.user and getActiveUser()
   *  are blank for an editor other than the trigger's owner. false: one Workspace domain. */
  readonly consumer?: boolean;
  /** Editor add-on rules (trigger limits). Default true. */
  readonly addon?: boolean;
  /** getRange beyond the grid grows the sheet instead of throwing. Default false (as Sheets). */
  readonly autoGrow?: boolean;
  /** In a time-driven trigger run, getActiveSpreadsheet() gives the trigger's document (default
   *  true) or null (false) — to test code that must open the document by id. */
  readonly clockTriggerActiveSpreadsheet?: boolean;
  /** Title of the add-on menu (Extensions › …). Default 'Guishu'. */
  readonly addonName?: string;
}

/** The globals an Apps Script project sees, as the fake provides them. */
export interface GasGlobals {
  readonly SpreadsheetApp: SpreadsheetApp;
  readonly PropertiesService: PropertiesService;
  readonly LockService: LockService;
  readonly ScriptApp: ScriptApp;
  readonly HtmlService: HtmlService;
  readonly Session: Session;
  readonly Utilities: Utilities;
  readonly Logger: Logger;
  readonly console: Console;
}

/** The global object of a loaded script (loadBundle's context): its functions by name. */
export type ScriptGlobals = Record<string, unknown>;

export interface TriggerOutcome {
  readonly handler: string;
  readonly user: string;
  readonly kind: 'simple' | 'installable';
  readonly result?: unknown;
  readonly error?: unknown;
}

export interface EditOptions {
  /** The value the user types (written as the user, parsed like the UI; protection applies). */
  readonly value?: unknown;
  /** Who edits. Default: the current user. */
  readonly user?: string;
  /** Override e.oldValue. */
  readonly oldValue?: unknown;
}

function eventText(v: Stored | undefined, tz: string): string | undefined {
  if (v === undefined) return undefined;
  if (v instanceof Date) return String(serialOf(v, tz));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function rangeTarget(range: unknown): Range {
  const r = unwrap(range);
  if (!(r instanceof Range)) throw new Error('fake: expected a Range from the fake');
  return r;
}

function spreadsheetModel(ss: unknown): SpreadsheetModel {
  const m = (unwrap(ss) as { _m?: unknown } | null)?._m;
  if (!(m instanceof SpreadsheetModel)) throw new Error('fake: expected a Spreadsheet from the fake');
  return m;
}

export class Fake {
  readonly env: Env;
  readonly globals: GasGlobals;
  readonly ui: UiRecords;
  readonly locks: LockRegistry;
  private readonly stores = new PropertyStores();
  private readonly utilities: Utilities;
  private readonly scriptApp: ScriptApp;
  private readonly options: FakeOptions;

  constructor(options: FakeOptions = {}) {
    this.options = options;
    const timeZone = options.timeZone ?? 'Asia/Shanghai';
    const locale = options.locale ?? 'zh_CN';
    const user = options.user ?? 'manager@example.com';
    const env = new Env({
      user,
      locale,
      scriptTimeZone: options.scriptTimeZone ?? timeZone,
      scopes: options.scopes ?? null,
      granted: options.granted ?? null,
      addon: options.addon ?? true,
      consumer: options.consumer ?? true,
    });
    env.emailHidden = Boolean(options.hideEmail);
    this.env = env;
    this.ui = env.ui = new UiRecords(options.addonName ?? 'Guishu');
    this.locks = env.locks = new LockRegistry(env);
    env.triggers = new TriggerRegistry(env);
    env.files = { ...(options.files ?? {}) };

    const ss = this.createSpreadsheet({
      id: options.spreadsheetId ?? 'fake-spreadsheet',
      name: options.spreadsheetName ?? 'Guishu test',
      timeZone,
      locale,
      owner: options.owner === undefined ? user : options.owner,
      editors: options.editors ?? [],
      firstSheetName: options.firstSheetName,
    });
    env.active = ss;

    this.utilities = new Utilities(env);
    this.scriptApp = new ScriptApp(env);
    this.globals = {
      SpreadsheetApp: env.expose(
        new SpreadsheetApp(env, { clockActive: options.clockTriggerActiveSpreadsheet ?? true }),
        'SpreadsheetApp',
      ),
      PropertiesService: env.expose(
        new PropertiesService(env, this.stores, () => env.active?.documentProperties ?? null),
        'PropertiesService',
      ),
      LockService: env.expose(new LockService(env), 'LockService'),
      ScriptApp: env.expose(this.scriptApp, 'ScriptApp'),
      HtmlService: env.expose(new HtmlService(env), 'HtmlService'),
      Session: env.expose(new Session(env), 'Session'),
      Utilities: env.expose(this.utilities, 'Utilities'),
      Logger: env.expose(new Logger(env), 'Logger'),
      console: env.expose(new Console(env), 'console'),
    };
  }

  private createSpreadsheet(init: {
    id: string;
    name: string;
    timeZone: string;
    locale: string;
    owner: string | null;
    editors: readonly string[];
    firstSheetName?: string;
  }): SpreadsheetModel {
    if (this.env.spreadsheets.has(init.id)) throw new Error(`fake: a spreadsheet ${init.id} exists already`);
    const m = new SpreadsheetModel(this.env, { ...init, autoGrow: this.options.autoGrow ?? false });
    m.addSheet(init.firstSheetName ?? m.defaultSheetName());
    this.env.spreadsheets.set(init.id, m);
    return m;
  }

  // ---------- what tests look at ----------

  /** The spreadsheet the script is bound to (a view: its calls are counted like the script's). */
  get spreadsheet(): Spreadsheet {
    if (!this.env.active) throw new Error('fake: no active spreadsheet');
    return spreadsheetView(this.env.active);
  }

  /** Calls per `Type.method`; reset(), get(name), total(prefix), all(). */
  get calls() {
    return this.env.counter;
  }

  /** The consent prompts requireScopes showed, each the list of missing scopes. */
  get consentPrompts(): readonly string[][] {
    return this.env.consentPrompts;
  }

  /** Cells written since calls.reset() (setValues counts rows x columns). */
  get cellsWritten(): number {
    return this.env.counter.cells;
  }

  /** The user grants more (or revokes) scopes: the granted set from now on. */
  grant(scopes: readonly string[]): void {
    this.env.scopes = new Set(scopes);
  }

  get logs(): readonly LogRecord[] {
    return this.env.logs;
  }

  /** Every trigger of every user. */
  get triggers(): readonly TriggerRecord[] {
    return this.env.triggers.list;
  }

  /** Milliseconds scripts asked Utilities.sleep for. */
  get slept(): number {
    return this.utilities._slept;
  }

  get user(): string {
    return this.env.identity;
  }

  /** The property stores, read and seeded directly (uncounted). */
  get properties(): { document: PropertyStore; script: PropertyStore; user: (identity?: string) => PropertyStore } {
    const active = this.env.active;
    if (!active) throw new Error('fake: no active spreadsheet');
    return {
      document: active.documentProperties,
      script: this.stores.script,
      user: (identity = this.env.identity) => this.stores.user(identity),
    };
  }

  /** Values of a sheet's data range (uncounted; Dates as Date, blanks ''). */
  values(sheetName: string): unknown[][] {
    return readSheet(this.sheetModel(sheetName), 'values');
  }

  formulas(sheetName: string): string[][] {
    return readSheet(this.sheetModel(sheetName), 'formulas') as string[][];
  }

  displayValues(sheetName: string): string[][] {
    return readSheet(this.sheetModel(sheetName), 'display') as string[][];
  }

  private sheetModel(name: string) {
    const s = this.env.active?.sheetByName(name);
    if (!s) throw new Error(`fake: no sheet named ${name}`);
    return s;
  }

  // ---------- what tests control ----------

  /** Who is at the keyboard from now on (also the effective user unless given). */
  setUser(user: string, opts: { hideEmail?: boolean; effectiveUser?: string } = {}): void {
    this.env.setUser(user, opts);
  }

  /** The authorization mode of the current execution (run/open set it for one execution). */
  setAuthMode(mode: AuthModeName): void {
    this.env.authMode = mode;
  }

  /** `failOn('Range.setValues', { after: 1 })`: the second setValues from now throws. */
  failOn(method: string, options?: FailOnOptions): void {
    this.env.counter.failOn(method, options);
  }

  clearFailures(): void {
    this.env.counter.clearFailures();
  }

  /** Another run holds the lock: tryLock gives false, waitLock throws (for `attempts` tries). */
  holdLock(kind: LockKind, opts: { attempts?: number; user?: string } = {}): void {
    this.locks.hold(lockKey(kind, this.env, opts.user), opts.attempts);
  }

  releaseLock(kind: LockKind, opts: { user?: string } = {}): void {
    this.locks.release(lockKey(kind, this.env, opts.user));
  }

  /** Which execution holds a lock now: a number, 'other' (holdLock) or null. */
  lockHolder(kind: LockKind, opts: { user?: string } = {}): number | 'other' | null {
    return this.locks.holder(lockKey(kind, this.env, opts.user));
  }

  /** Ends the current execution: its locks are released (Apps Script does so at the end). */
  endRun(): void {
    this.env.endExecution();
  }

  /** The value getValues shows for a formula text written later ('=VLOOKUP(…)' -> 42). */
  setFormulaResult(formula: string, value: unknown): void {
    this.env.formulaResults.set(formula, value);
  }

  setFiles(files: Record<string, string>): void {
    this.env.files = { ...files };
  }

  /** The realm of the script's context (loadBundle does this). */
  useRealm(realm: Realm): void {
    this.env.realm = realm;
  }

  /** Marks the add-on as not yet authorized (ScriptApp.getAuthorizationInfo). */
  setAuthorizationRequired(required: boolean): void {
    this.scriptApp._authorizationRequired = required;
  }

  /** Another spreadsheet, for openById. */
  addSpreadsheet(init: {
    id: string;
    name?: string;
    timeZone?: string;
    owner?: string | null;
    firstSheetName?: string;
  }): Spreadsheet {
    const m = this.createSpreadsheet({
      id: init.id,
      name: init.name ?? init.id,
      timeZone: init.timeZone ?? this.env.active?.timeZone ?? 'Asia/Shanghai',
      locale: this.env.locale,
      owner: init.owner === undefined ? this.env.identity : init.owner,
      editors: [],
      firstSheetName: init.firstSheetName,
    });
    return spreadsheetView(m);
  }

  // ---------- executions ----------

  /** fn as one execution (its own locks, released at its end) with the given user and mode. */
  run<T>(fn: () => T, opts: RunOptions = {}): T {
    return this.env.runAs(opts, fn);
  }

  /** A global function of the script called as one execution in AuthMode.FULL: a menu click
   *  or a google.script.run call. */
  call(ctx: ScriptGlobals, name: string, ...args: unknown[]): unknown {
    const fn = ctx[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    try {
      return this.env.runAs({ authMode: 'FULL', kind: 'direct' }, () => (fn as (...a: unknown[]) => unknown)(...args));
    } catch (e) {
      // requireScopes ended the execution: the user sees a consent prompt, not an error.
      if (e !== null && typeof e === 'object' && (e as Record<symbol, unknown>)[CONSENT_PROMPT]) return undefined;
      throw e;
    }
  }

  /** The onOpen event object for a mode (source, user as Apps Script gives them). */
  openEvent(mode: AuthModeName = 'FULL'): Record<string, unknown> {
    const e = this.env.object();
    e.authMode = AuthMode[mode];
    if (this.env.active) e.source = spreadsheetView(this.env.active);
    if (mode !== 'NONE') e.user = User._of(this.env, this.env.activeEmail());
    return e;
  }

  /** Opens the document: the script's onOpen(e) as a simple trigger in the given mode. */
  open(ctx: ScriptGlobals, mode: AuthModeName = 'LIMITED'): unknown {
    const fn = ctx.onOpen;
    if (typeof fn !== 'function') throw new Error('Script function not found: onOpen');
    return this.env.runAs({ authMode: mode, kind: 'simple-trigger' }, () =>
      (fn as (e: unknown) => unknown)(this.openEvent(mode)),
    );
  }

  /** Installs the add-on: the script's onInstall(e) in AuthMode.FULL. */
  install(ctx: ScriptGlobals): unknown {
    const fn = ctx.onInstall;
    if (typeof fn !== 'function') throw new Error('Script function not found: onInstall');
    const e = this.env.object();
    e.authMode = AuthMode.FULL;
    return this.env.runAs({ authMode: 'FULL', kind: 'simple-trigger' }, () => (fn as (e: unknown) => unknown)(e));
  }

  /** A user's edit of a range: writes opts.value as that user (if given) and returns the
   *  installable on-edit event { authMode, range, source, user, value?, oldValue? }. value and
   *  oldValue are given for a single cell only, as strings (a date as its serial number). */
  fireEdit(range: unknown, opts: EditOptions = {}): Record<string, unknown> {
    const r = rangeTarget(range);
    const sheet = r._sheet;
    const rect = r._rect;
    const single = rect.nr === 1 && rect.nc === 1;
    const user = opts.user ?? this.env.identity;
    const tz = sheet.book.timeZone;
    const before = single ? sheet.get(rect.r, rect.c) : undefined;
    if ('value' in opts) {
      this.env.runAs({ user, kind: 'direct' }, () => this.env.counter.uncounted(() => r.setValue(opts.value)));
    }
    const after = single ? sheet.get(rect.r, rect.c) : undefined;
    const e = this.env.object();
    e.authMode = AuthMode.FULL;
    e.range = Range._of(sheet, rect);
    e.source = spreadsheetView(sheet.book);
    e.user = User._of(this.env, user);
    if (single) {
      const value = eventText(after, tz);
      if (value !== undefined) e.value = value;
      const old = 'oldValue' in opts ? (opts.oldValue as Stored | undefined) : before;
      const oldText = eventText(old, tz);
      if (oldText !== undefined) e.oldValue = oldText;
    }
    return e;
  }

  /** Runs what an edit fires: the simple onEdit (AuthMode.LIMITED, as the editor) and every
   *  installable on-edit trigger of the document (FULL, as its owner). Failures are collected,
   *  not thrown: a trigger's error never reaches the person editing. */
  runEditTriggers(ctx: ScriptGlobals, event: Record<string, unknown>): TriggerOutcome[] {
    const out: TriggerOutcome[] = [];
    const editor = emailOfUser(event.user) ?? this.env.identity;
    const book = event.source ? spreadsheetModel(event.source) : this.env.active;
    if (typeof ctx.onEdit === 'function') {
      const e = this.copyEvent(event, { authMode: AuthMode.LIMITED });
      out.push(
        this.collect('onEdit', editor, 'simple', () =>
          this.env.runAs({ user: editor, authMode: 'LIMITED', kind: 'simple-trigger' }, () =>
            (ctx.onEdit as (e: unknown) => unknown)(e),
          ),
        ),
      );
    }
    for (const t of [...this.env.triggers.list]) {
      if (t.eventType !== 'ON_EDIT' || t.sourceId !== book?.id) continue;
      // Consumer accounts: another editor's identity is withheld from the owner's trigger.
      const hidden = editor !== t.owner && (this.env.consumer || domainOf(editor) !== domainOf(t.owner));
      const e = this.copyEvent(event, {
        authMode: AuthMode.FULL,
        triggerUid: t.uid,
        ...(hidden ? { user: User._of(this.env, '') } : {}),
      });
      out.push(
        this.collect(t.handler, t.owner, 'installable', () => this.runAsTrigger(ctx, t, e, hidden ? '' : editor)),
      );
    }
    return out;
  }

  /** fireEdit + runEditTriggers. */
  edit(ctx: ScriptGlobals, range: unknown, opts: EditOptions = {}): TriggerOutcome[] {
    return this.runEditTriggers(ctx, this.fireEdit(range, opts));
  }

  /** The event of a time-driven trigger at an instant (fields in UTC, as Apps Script gives). */
  clockEvent(at: Date = new Date(), triggerUid?: string): Record<string, unknown> {
    const e = this.env.object();
    e.authMode = AuthMode.FULL;
    e['day-of-month'] = at.getUTCDate();
    e['day-of-week'] = at.getUTCDay() === 0 ? 7 : at.getUTCDay();
    e.hour = at.getUTCHours();
    e.minute = at.getUTCMinutes();
    e.month = at.getUTCMonth() + 1;
    e.second = at.getUTCSeconds();
    e.timezone = 'UTC';
    e.year = at.getUTCFullYear();
    if (triggerUid) e.triggerUid = triggerUid;
    return e;
  }

  /** Runs one installed trigger as its owner, in its document (errors are thrown). */
  runTrigger(ctx: ScriptGlobals, trigger: unknown, event?: Record<string, unknown>): unknown {
    const t = this.triggerRecord(trigger);
    const e = event ?? (t.eventType === 'CLOCK' ? this.clockEvent(new Date(), t.uid) : this.openEvent('FULL'));
    if (!('triggerUid' in e)) e.triggerUid = t.uid;
    return this.runAsTrigger(ctx, t, e);
  }

  /** Runs every time-driven trigger of the current document, each as its owner. */
  runClockTriggers(ctx: ScriptGlobals, at: Date = new Date()): TriggerOutcome[] {
    const id = this.env.active?.id ?? null;
    return [...this.env.triggers.list]
      .filter((t) => t.eventType === 'CLOCK' && t.documentId === id)
      .map((t) =>
        this.collect(t.handler, t.owner, 'installable', () => this.runAsTrigger(ctx, t, this.clockEvent(at, t.uid))),
      );
  }

  private runAsTrigger(
    ctx: ScriptGlobals,
    t: TriggerRecord,
    e: Record<string, unknown>,
    activeEmail?: string,
  ): unknown {
    const fn = ctx[t.handler];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${t.handler}`);
    const active = this.env.active;
    const doc =
      (t.documentId && this.env.spreadsheets.get(t.documentId)) ||
      (t.sourceId && this.env.spreadsheets.get(t.sourceId)) ||
      active;
    this.env.active = doc;
    try {
      return this.env.runAs(
        {
          user: t.owner,
          hideEmail: activeEmail === '',
          authMode: 'FULL',
          kind: t.eventType === 'CLOCK' ? 'clock-trigger' : 'installable-trigger',
        },
        () => (fn as (e: unknown) => unknown)(e),
      );
    } finally {
      this.env.active = active;
    }
  }

  private triggerRecord(trigger: unknown): TriggerRecord {
    const t = unwrap(trigger);
    const uid = typeof t === 'string' ? t : t instanceof Trigger ? t._t.uid : (t as TriggerRecord | null)?.uid;
    const found = this.env.triggers.list.find((x) => x.uid === uid);
    if (!found) throw new Error(`fake: no trigger ${String(uid)}`);
    return found;
  }

  private copyEvent(event: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
    const e = this.env.object();
    Object.assign(e, event, extra);
    return e;
  }

  private collect(handler: string, user: string, kind: 'simple' | 'installable', fn: () => unknown): TriggerOutcome {
    try {
      return { handler, user, kind, result: fn() };
    } catch (error) {
      return { handler, user, kind, error };
    }
  }
}

function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

function emailOfUser(v: unknown): string | undefined {
  const u = unwrap(v);
  return u instanceof User ? u._email : undefined;
}

export function createFake(options: FakeOptions = {}): Fake {
  return new Fake(options);
}

// ---------- seeding and comparing, outside the counted surface ----------

/** A sheet holding exactly these rows (created, or emptied and refilled). Values are stored as
 *  given — strings stay strings, Dates stay Dates, '' and null are blank — unless
 *  `parse: true` asks for the setValues parsing. Formulas: seedFormula. The grid is at least
 *  1000 x 26, as a new sheet is. */
export function sheetFromRows(
  ss: unknown,
  name: string,
  rows: readonly (readonly unknown[])[],
  opts: { maxRows?: number; maxColumns?: number; index?: number; parse?: boolean } = {},
): Sheet {
  const book = spreadsheetModel(ss);
  const width = rows.reduce((n, r) => Math.max(n, r.length), 0);
  const maxRows = Math.max(opts.maxRows ?? 1000, rows.length, 1);
  const maxColumns = Math.max(opts.maxColumns ?? 26, width, 1);
  let sheet = book.sheetByName(name);
  if (!sheet) {
    sheet = book.addSheet(name, opts.index ?? book.sheets.length, maxRows, maxColumns);
  } else {
    sheet.values = [];
    sheet.formulas = [];
    sheet.layers.clear();
    sheet.merges = [];
    book.ensureCells(Math.max(0, maxRows * maxColumns - sheet.maxRows * sheet.maxColumns));
    sheet.maxRows = Math.max(sheet.maxRows, maxRows);
    sheet.maxColumns = Math.max(sheet.maxColumns, maxColumns);
  }
  const cx = sheet.parseContext();
  cx.textFormat = false;
  rows.forEach((row, r) => row.forEach((v, c) => sheet?.set(r, c, opts.parse ? parseWrite(v, cx) : seedValue(v))));
  return sheetView(sheet);
}

/** Puts a formula in a cell with the value getValues shows for it. */
export function seedFormula(sheet: unknown, a1: string, formula: string, value: unknown): void {
  const m = (unwrap(sheet) as { _m?: unknown } | null)?._m as ReturnType<SpreadsheetModel['sheetByName']>;
  if (!m) throw new Error('fake: expected a Sheet from the fake');
  const area = parseA1(a1, m.maxRows, m.maxColumns);
  if (!area) throw new Error(`fake: bad A1 ${a1}`);
  if (!formula.startsWith('=')) throw new Error('fake: a formula starts with =');
  for (let i = 0; i < area.numRows; i += 1) {
    for (let j = 0; j < area.numColumns; j += 1) {
      m.set(area.row - 1 + i, area.column - 1 + j, { value: seedValue(value).value, formula });
    }
  }
}

export interface SheetSnapshot {
  readonly values: unknown[][];
  readonly formulas: string[][];
  readonly maxRows: number;
  readonly maxColumns: number;
}

function readSheet(
  sheet: NonNullable<ReturnType<SpreadsheetModel['sheetByName']>>,
  what: 'values' | 'formulas' | 'display',
): unknown[][] {
  const rows = sheet.lastRow();
  const cols = sheet.lastColumn();
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r += 1) {
    const row: unknown[] = [];
    for (let c = 0; c < cols; c += 1) {
      if (what === 'formulas') row.push(sheet.formula(r, c) ?? '');
      else if (what === 'display') {
        row.push(
          displayOf(sheet.get(r, c), sheet.layer('numberFormat', r, c) as string | undefined, sheet.book.timeZone),
        );
      } else {
        const v = sheet.get(r, c);
        row.push(v === undefined ? '' : v instanceof Date ? new Date(v.getTime()) : v);
      }
    }
    out.push(row);
  }
  return out;
}

/** Every sheet's values and formulas (data range) and grid size, by name in sheet order: take
 *  one before and one after a run to prove a failed run left the spreadsheet as it was. */
export function snapshot(ss: unknown): Record<string, SheetSnapshot> {
  const book = spreadsheetModel(ss);
  const out: Record<string, SheetSnapshot> = {};
  for (const s of book.sheets) {
    out[s.name] = {
      values: readSheet(s, 'values'),
      formulas: readSheet(s, 'formulas') as string[][],
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
    };
  }
  return out;
}

/** A JSON round trip: objects from the script's realm become plain host objects for toEqual
 *  (Dates become ISO strings, as they would crossing google.script.run). */
export function plain<T = unknown>(x: unknown): T {
  return x === undefined ? (undefined as T) : (JSON.parse(JSON.stringify(x)) as T);
}
