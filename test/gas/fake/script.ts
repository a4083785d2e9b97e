// ScriptApp: enums, installable triggers and their builders. Triggers belong to the account
// that created them (the effective user) and to the document they were created in, and that
// account alone sees them. The Editor add-on rules are enforced (createFake({ addon: false })
// lifts the add-on ones):
//   - one trigger of each event type per user per document ("too many time-based triggers");
//   - time-driven triggers at most hourly: everyMinutes throws, everyHours takes 1, 2, 4, 6, 8, 12;
//   - at most 20 triggers per user per script.
import { unwrap, type Env } from './env';
import {
  AuthMode,
  AuthorizationStatus,
  EventType,
  TriggerSource,
  WeekDay,
  enumName,
  type EventTypeName,
} from './enums';
import { isValidTimeZone } from './utilities';

export interface ClockSchedule {
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
  afterMs?: number;
  at?: number;
}

export interface TriggerRecord {
  readonly uid: string;
  readonly handler: string;
  readonly eventType: EventTypeName;
  readonly source: 'CLOCK' | 'SPREADSHEETS';
  /** The spreadsheet id for spreadsheet triggers; null for time-driven ones. */
  readonly sourceId: string | null;
  /** Whose account the trigger runs as. */
  readonly owner: string;
  /** The document the trigger was created in (an add-on's triggers are per document). */
  readonly documentId: string | null;
  readonly schedule: Readonly<ClockSchedule> | null;
}

export const MAX_TRIGGERS_PER_USER = 20;

const LABELS: Record<EventTypeName, string> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form-submit',
  ON_EVENT_UPDATED: 'calendar',
};

export class TriggerRegistry {
  readonly list: TriggerRecord[] = [];
  private next = 1;

  constructor(private readonly env: Env) {}

  add(record: Omit<TriggerRecord, 'uid' | 'owner' | 'documentId'>): TriggerRecord {
    const env = this.env;
    const owner = env.effective;
    const documentId = env.active?.id ?? null;
    const mine = this.list.filter((t) => t.owner === owner);
    if (env.addon && mine.some((t) => t.documentId === documentId && t.eventType === record.eventType)) {
      throw env.error(
        `This add-on has created too many ${LABELS[record.eventType]} triggers in this document for this Google user account.`,
      );
    }
    if (mine.length >= MAX_TRIGGERS_PER_USER) {
      throw env.error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const full: TriggerRecord = { ...record, uid: String(1000 + this.next++), owner, documentId };
    this.list.push(full);
    return full;
  }

  remove(uid: string): void {
    const i = this.list.findIndex((t) => t.uid === uid);
    if (i >= 0) this.list.splice(i, 1);
  }

  /** What the current account sees (add-on: in the current document only). */
  visible(): TriggerRecord[] {
    const env = this.env;
    return this.list.filter(
      (t) => t.owner === env.effective && (!env.addon || t.documentId === (env.active?.id ?? null)),
    );
  }
}

export class Trigger {
  constructor(readonly _t: TriggerRecord) {}

  getHandlerFunction(): string {
    return this._t.handler;
  }
  getEventType(): unknown {
    return EventType[this._t.eventType];
  }
  getTriggerSource(): unknown {
    return TriggerSource[this._t.source];
  }
  getTriggerSourceId(): string | null {
    return this._t.sourceId;
  }
  getUniqueId(): string {
    return this._t.uid;
  }
  toString(): string {
    return 'Trigger';
  }
}

function triggerView(env: Env, t: TriggerRecord): Trigger {
  return env.expose(new Trigger(t), 'Trigger');
}

export class ClockTriggerBuilder {
  private readonly _s: ClockSchedule = {};

  constructor(
    private readonly _env: Env,
    private readonly _handler: string,
  ) {}

  private _int(v: unknown, min: number, max: number, what: string): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      throw this._env.error(`Invalid argument: ${what} must be an integer from ${min} to ${max}.`);
    }
    return v;
  }

  everyMinutes(n: unknown): ClockTriggerBuilder {
    if (this._env.addon) {
      throw this._env.error(
        'Add-ons can create time-driven triggers that run at most once per hour; everyMinutes is not allowed.',
      );
    }
    if (![1, 5, 10, 15, 30].includes(n as number))
      throw this._env.error('Invalid argument: minutes must be 1, 5, 10, 15 or 30.');
    this._s.everyHours = (n as number) / 60;
    return this;
  }
  everyHours(n: unknown): ClockTriggerBuilder {
    if (![1, 2, 4, 6, 8, 12].includes(n as number))
      throw this._env.error('Invalid argument: hours must be 1, 2, 4, 6, 8 or 12.');
    this._s.everyHours = n as number;
    return this;
  }
  everyDays(n: unknown): ClockTriggerBuilder {
    this._s.everyDays = this._int(n, 1, 365, 'days');
    return this;
  }
  everyWeeks(n: unknown): ClockTriggerBuilder {
    this._s.everyWeeks = this._int(n, 1, 52, 'weeks');
    return this;
  }
  onWeekDay(day: unknown): ClockTriggerBuilder {
    const name = enumName(day);
    if (!(name in WeekDay)) throw this._env.error('Invalid argument: day');
    this._s.onWeekDay = name;
    return this;
  }
  onMonthDay(day: unknown): ClockTriggerBuilder {
    this._s.onMonthDay = this._int(day, 1, 31, 'day');
    return this;
  }
  atHour(hour: unknown): ClockTriggerBuilder {
    this._s.atHour = this._int(hour, 0, 23, 'hour');
    return this;
  }
  nearMinute(minute: unknown): ClockTriggerBuilder {
    this._s.nearMinute = this._int(minute, 0, 59, 'minute');
    return this;
  }
  inTimezone(timezone: unknown): ClockTriggerBuilder {
    if (!isValidTimeZone(timezone) || /^(GMT|UTC)[+-]/i.test(timezone))
      throw this._env.error('Invalid argument: timezone');
    this._s.timeZone = timezone;
    return this;
  }
  after(durationMilliseconds: unknown): ClockTriggerBuilder {
    this._s.afterMs = this._int(durationMilliseconds, 0, Number.MAX_SAFE_INTEGER, 'durationMilliseconds');
    return this;
  }
  at(date: unknown): ClockTriggerBuilder {
    if (Object.prototype.toString.call(date) !== '[object Date]') throw this._env.error('Invalid argument: date');
    this._s.at = (date as Date).getTime();
    return this;
  }

  create(): Trigger {
    const s = this._s;
    const recurring = [s.everyHours, s.everyDays, s.everyWeeks, s.onWeekDay, s.onMonthDay].filter(
      (x) => x !== undefined,
    ).length;
    const once = [s.afterMs, s.at].filter((x) => x !== undefined).length;
    if (recurring + once === 0)
      throw this._env.error('The trigger has no schedule: call everyHours, everyDays, … before create().');
    if (once && recurring) throw this._env.error('A trigger runs either once (after/at) or on a schedule, not both.');
    if ((s.atHour !== undefined || s.nearMinute !== undefined) && s.everyHours !== undefined) {
      throw this._env.error('atHour and nearMinute need a daily, weekly or monthly schedule, not everyHours.');
    }
    if (s.afterMs !== undefined && this._env.addon && s.afterMs < 3600000) {
      throw this._env.error('Add-ons can create time-driven triggers that run at most once per hour.');
    }
    const t = this._env.triggers.add({
      handler: this._handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { ...s },
    });
    return triggerView(this._env, t);
  }

  toString(): string {
    return 'ClockTriggerBuilder';
  }
}

export class SpreadsheetTriggerBuilder {
  private _type: EventTypeName | null = null;

  constructor(
    private readonly _env: Env,
    private readonly _handler: string,
    private readonly _spreadsheetId: string,
  ) {}

  onOpen(): SpreadsheetTriggerBuilder {
    this._type = 'ON_OPEN';
    return this;
  }
  onEdit(): SpreadsheetTriggerBuilder {
    this._type = 'ON_EDIT';
    return this;
  }
  onChange(): SpreadsheetTriggerBuilder {
    this._type = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): SpreadsheetTriggerBuilder {
    this._type = 'ON_FORM_SUBMIT';
    return this;
  }

  create(): Trigger {
    if (!this._type) throw this._env.error('The trigger has no event: call onEdit(), onOpen(), … before create().');
    const t = this._env.triggers.add({
      handler: this._handler,
      eventType: this._type,
      source: 'SPREADSHEETS',
      sourceId: this._spreadsheetId,
      schedule: null,
    });
    return triggerView(this._env, t);
  }

  toString(): string {
    return 'SpreadsheetTriggerBuilder';
  }
}

export class TriggerBuilder {
  constructor(
    private readonly _env: Env,
    private readonly _handler: string,
  ) {}

  timeBased(): ClockTriggerBuilder {
    return this._env.expose(new ClockTriggerBuilder(this._env, this._handler), 'ClockTriggerBuilder');
  }

  forSpreadsheet(sheet: unknown): SpreadsheetTriggerBuilder {
    let id: string | undefined;
    if (typeof sheet === 'string') id = sheet;
    else {
      const m = (unwrap(sheet) as { _m?: { id?: unknown } } | null)?._m;
      if (m && typeof m.id === 'string') id = m.id;
    }
    if (!id || !this._env.spreadsheets.has(id)) throw this._env.error('Invalid argument: key');
    return this._env.expose(new SpreadsheetTriggerBuilder(this._env, this._handler, id), 'SpreadsheetTriggerBuilder');
  }

  toString(): string {
    return 'TriggerBuilder';
  }
}

export class AuthorizationInfo {
  constructor(
    private readonly _required: boolean,
    private readonly _authorized: string[],
  ) {}
  getAuthorizationStatus(): unknown {
    return this._required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }
  getAuthorizationUrl(): string | null {
    return this._required ? 'https://script.google.com/macros/auth?fake=1' : null;
  }
  /** The asked scopes (or, without a list, the declared ones) the user has granted. */
  getAuthorizedScopes(): string[] {
    return [...this._authorized];
  }
}

/** Thrown by requireScopes: Apps Script ends the execution and shows a consent prompt. */
export const CONSENT_PROMPT = Symbol('fake: consent prompt');

export class ScriptApp {
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;
  readonly EventType = EventType;
  readonly WeekDay = WeekDay;
  readonly AuthorizationStatus = AuthorizationStatus;
  /** Set by a test: the user has not yet authorized the add-on. */
  _authorizationRequired = false;

  constructor(private readonly _env: Env) {}

  newTrigger(functionName: unknown): TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '')
      throw this._env.error('Invalid argument: functionName');
    return this._env.expose(new TriggerBuilder(this._env, functionName), 'TriggerBuilder');
  }

  getProjectTriggers(): Trigger[] {
    const out = this._env.array<Trigger>();
    for (const t of this._env.triggers.visible()) out.push(triggerView(this._env, t));
    return out;
  }

  getUserTriggers(spreadsheet: unknown): Trigger[] {
    const m = (unwrap(spreadsheet) as { _m?: { id?: unknown } } | null)?._m;
    if (!m || typeof m.id !== 'string') throw this._env.error('Invalid argument: spreadsheet');
    const id = m.id;
    const out = this._env.array<Trigger>();
    for (const t of this._env.triggers.list) {
      if (t.owner === this._env.effective && (t.sourceId === id || t.documentId === id))
        out.push(triggerView(this._env, t));
    }
    return out;
  }

  deleteTrigger(trigger: unknown): void {
    const t = unwrap(trigger);
    if (!(t instanceof Trigger)) throw this._env.error('Invalid argument: trigger');
    if (t._t.owner !== this._env.effective || !this._env.triggers.list.includes(t._t)) {
      throw this._env.error('The trigger does not exist or belongs to another user.');
    }
    this._env.triggers.remove(t._t.uid);
  }

  getScriptId(): string {
    return 'fake-script-id';
  }

  /** getAuthorizationInfo(authMode, scopes?): REQUIRED when a listed scope (or, without a list,
   *  any declared scope) is not granted — granular consent. */
  getAuthorizationInfo(_authMode: unknown, scopes?: unknown): AuthorizationInfo {
    const asked = this._asked(scopes);
    const authorized = asked.filter((s) => this._env.granted(s));
    const required = this._authorizationRequired || authorized.length < asked.length;
    return this._env.expose(new AuthorizationInfo(required, authorized), 'AuthorizationInfo');
  }

  /** requireScopes(authMode, scopes): if any is not granted, ends the execution and shows the
   *  consent prompt for the missing ones (recorded in fake.consentPrompts). Interactive runs only. */
  requireScopes(_authMode: unknown, scopes: unknown): void {
    if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string'))
      throw this._env.error('Invalid argument: scopes');
    if (this._env.runKind === 'clock-trigger' || this._env.runKind === 'installable-trigger') {
      throw this._env.error('Authorization is required to perform that action.');
    }
    const missing = (scopes as string[]).filter((s) => !this._env.granted(s));
    if (missing.length === 0) return;
    this._env.consentPrompts.push(missing);
    const end = this._env.error('Authorization is required to perform that action.');
    (end as unknown as Record<symbol, boolean>)[CONSENT_PROMPT] = true;
    throw end;
  }

  private _asked(scopes: unknown): string[] {
    if (Array.isArray(scopes)) return scopes.map(String);
    return this._env.declared ? [...this._env.declared] : [];
  }

  toString(): string {
    return 'ScriptApp';
  }
}
