// The state every fake service shares: who is at the keyboard and whose authority the script
// runs under, the authorization mode of the current execution, the call counter, the realm the
// script runs in, and the logs. Also `expose`, which turns a plain class instance into what the
// script sees: every method call counted and checked, unknown methods failing loudly.
import { CallCounter } from './counter';
import type { AuthModeName } from './enums';
import type { LockRegistry } from './lock';
import type { SpreadsheetModel } from './model';
import type { TriggerRegistry } from './script';
import type { UiRecords } from './ui';

/** Constructors of the realm the script runs in (node:vm context), so that `v instanceof Date`,
 *  `instanceof Array` and `instanceof Error` hold inside the script as they do in Apps Script. */
export interface Realm {
  readonly Date: DateConstructor;
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
  readonly Error: ErrorConstructor;
}

const HOST_REALM: Realm = { Date, Array, Object, Error };

/** What kind of execution is running: affects what Apps Script allows (getUi in a clock trigger). */
export type RunKind = 'direct' | 'simple-trigger' | 'installable-trigger' | 'clock-trigger';

export interface LogRecord {
  readonly level: 'Logger' | 'log' | 'info' | 'warn' | 'error' | 'debug';
  readonly text: string;
}

export const SCOPES = {
  sheets: 'https://www.googleapis.com/auth/spreadsheets',
  currentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

/** Which manifest scopes a call needs (any one of them). Only checked when the fake was given
 *  the manifest's `oauthScopes`; calls not listed need none. */
const SCOPE_RULES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^SpreadsheetApp\.(openById|openByUrl|create)$/, [SCOPES.sheets]],
  [
    /^SpreadsheetApp\.(getActive|getActiveSpreadsheet|getActiveSheet|getActiveRange)$/,
    [SCOPES.sheets, SCOPES.currentOnly],
  ],
  [/^Ui\.(showSidebar|showModalDialog|showModelessDialog|alert|prompt)$/, [SCOPES.containerUi]],
  [/^ScriptApp\.(newTrigger|getUserTriggers|getProjectTriggers|deleteTrigger)$/, [SCOPES.scriptApp]],
  [/^Session\.(getActiveUser|getEffectiveUser)$/, [SCOPES.email]],
];

/** AuthMode.NONE (onOpen before the add-on is enabled in the document), as Google's
 *  authorization table gives it: menus, Logger, Utilities and the user's locale, nothing else
 *  (no HtmlService, no properties, no document). getAuthorizationInfo stays allowed: it is how a
 *  script asks whether it may do more. */
const ALLOWED_IN_NONE =
  /^(SpreadsheetApp\.getUi|Ui\.(createAddonMenu|createMenu)|Menu\.\w+|Session\.getActiveUserLocale|Logger\.\w+|console\.\w+|Utilities\.\w+|ScriptApp\.getAuthorizationInfo|AuthorizationInfo\.\w+)$/;
/** AuthMode.LIMITED (simple triggers): the bound document yes; triggers, other files, dialogs no. */
const DENIED_IN_LIMITED =
  /^(ScriptApp\.(newTrigger|getUserTriggers|getProjectTriggers|deleteTrigger)|SpreadsheetApp\.(openById|openByUrl|create)|Ui\.(showSidebar|showModalDialog|showModelessDialog))$/;

/** Property names test tooling probes on any object; never report them as missing methods. */
const PROBED = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  'inspect',
  'toString',
  'valueOf',
  'length',
  'prototype',
  'hasOwnProperty',
  'isPrototypeOf',
  'toLocaleString',
]);

const targets = new WeakMap<object, object>();

/** The instance behind an exposed proxy (or the value itself). */
export function unwrap<T>(v: T): T {
  return (v !== null && typeof v === 'object' && targets.has(v) ? targets.get(v) : v) as T;
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export interface RunOptions {
  /** The person at the keyboard (Session.getActiveUser); '' for an anonymous user. */
  readonly user?: string;
  /** getActiveUser().getEmail() returns '' although the user is known (other domain, some triggers). */
  readonly hideEmail?: boolean;
  /** Whose authority the script runs under (Session.getEffectiveUser); defaults to user. */
  readonly effectiveUser?: string;
  readonly authMode?: AuthModeName;
  readonly kind?: RunKind;
}

export class Env {
  realm: Realm = HOST_REALM;
  readonly counter = new CallCounter();
  authMode: AuthModeName = 'FULL';
  runKind: RunKind = 'direct';
  /** Id of the current execution; locks are held by an execution and released when it ends. */
  execution = 1;
  private lastExecution = 1;
  identity: string;
  emailHidden = false;
  effective: string;
  readonly locale: string;
  readonly scriptTimeZone: string;
  /** The scopes the user granted (granular consent: possibly fewer than declared). */
  scopes: ReadonlySet<string> | null;
  /** The manifest's oauthScopes (what the consent screen asks for). */
  readonly declared: ReadonlySet<string> | null;
  readonly addon: boolean;
  /** Consumer accounts (gmail.com): another user's email is blank in installable triggers. */
  readonly consumer: boolean;
  /** Consent prompts requireScopes showed (the missing scopes of each). */
  readonly consentPrompts: string[][] = [];
  readonly logs: LogRecord[] = [];
  /** Everyone who ever acted in the document: they are its editors (they can open the add-on). */
  readonly knownUsers = new Set<string>();
  /** Formula text -> the value getValues shows for it (default '#NAME?': the fake has no engine). */
  readonly formulaResults = new Map<string, unknown>();
  /** HTML files of the project by name (`Sidebar` for Sidebar.html). */
  files: Record<string, string> = {};
  /** Every spreadsheet the fake knows (openById), and the one the script is bound to. */
  readonly spreadsheets = new Map<string, SpreadsheetModel>();
  active: SpreadsheetModel | null = null;
  // Registries owned by their services, set up by createFake.
  ui!: UiRecords;
  locks!: LockRegistry;
  triggers!: TriggerRegistry;
  private readonly endHooks: Array<(execution: number) => void> = [];

  constructor(opts: {
    user: string;
    locale: string;
    scriptTimeZone: string;
    scopes: readonly string[] | null;
    granted?: readonly string[] | null;
    addon: boolean;
    consumer?: boolean;
  }) {
    this.identity = opts.user;
    this.effective = opts.user;
    this.locale = opts.locale;
    this.scriptTimeZone = opts.scriptTimeZone;
    this.declared = opts.scopes ? new Set(opts.scopes) : null;
    this.scopes = opts.granted ? new Set(opts.granted) : this.declared;
    this.addon = opts.addon;
    this.consumer = opts.consumer ?? true;
    if (opts.user) this.knownUsers.add(opts.user);
  }

  // ---------- identity ----------

  /** What Session.getActiveUser().getEmail() returns. */
  activeEmail(): string {
    return this.emailHidden ? '' : this.identity;
  }

  setUser(user: string, opts: { hideEmail?: boolean; effectiveUser?: string } = {}): void {
    this.identity = user;
    this.emailHidden = Boolean(opts.hideEmail);
    this.effective = opts.effectiveUser ?? user;
    if (user) this.knownUsers.add(user);
    if (this.effective) this.knownUsers.add(this.effective);
  }

  // ---------- executions ----------

  onExecutionEnd(hook: (execution: number) => void): void {
    this.endHooks.push(hook);
  }

  /** Ends the current execution (Apps Script releases its locks) and starts the next one. */
  endExecution(): void {
    const ended = this.execution;
    for (const hook of this.endHooks) hook(ended);
    this.execution = ++this.lastExecution;
  }

  /** Runs fn as its own execution with the given user, authorization mode and kind, then
   *  restores the previous state (the current execution continues afterwards). */
  runAs<T>(opts: RunOptions, fn: () => T): T {
    const saved = {
      identity: this.identity,
      emailHidden: this.emailHidden,
      effective: this.effective,
      authMode: this.authMode,
      runKind: this.runKind,
      execution: this.execution,
    };
    if (opts.user !== undefined || opts.effectiveUser !== undefined) {
      this.setUser(opts.user ?? this.identity, { hideEmail: opts.hideEmail, effectiveUser: opts.effectiveUser });
    }
    this.authMode = opts.authMode ?? 'FULL';
    this.runKind = opts.kind ?? 'direct';
    this.execution = ++this.lastExecution;
    try {
      return fn();
    } finally {
      for (const hook of this.endHooks) hook(this.execution);
      Object.assign(this, saved);
    }
  }

  // ---------- realm ----------

  array<T>(): T[] {
    return new this.realm.Array() as T[];
  }

  date(ms: number): Date {
    return new this.realm.Date(ms);
  }

  object(): Record<string, unknown> {
    return new this.realm.Object() as Record<string, unknown>;
  }

  /** An Error of the script's realm, named like Apps Script's (`Exception: …`). */
  error(message: string): Error {
    const e = new this.realm.Error(message);
    e.name = 'Exception';
    return e;
  }

  toError(e: unknown): unknown {
    return typeof e === 'string' ? this.error(e) : e;
  }

  // ---------- calls ----------

  /** One service call: counted, checked against the authorization mode and the manifest's
   *  scopes, and failed on purpose when a failOn rule says so. */
  hit(name: string): void {
    const failure = this.counter.hit(name);
    this.checkAuth(name);
    this.checkScopes(name);
    if (failure) throw this.toError(failure.error);
  }

  private checkAuth(name: string): void {
    const mode = this.authMode;
    const denied =
      (mode === 'NONE' && !ALLOWED_IN_NONE.test(name)) ||
      ((mode === 'LIMITED' || mode === 'CUSTOM_FUNCTION') && DENIED_IN_LIMITED.test(name)) ||
      (mode === 'CUSTOM_FUNCTION' && name.startsWith('Ui.'));
    if (denied) throw this.error(`You do not have permission to call ${name} (AuthMode.${mode}).`);
    if (this.runKind === 'clock-trigger' && name === 'SpreadsheetApp.getUi') {
      throw this.error('Cannot call SpreadsheetApp.getUi() from this context.');
    }
  }

  /** Whether the user granted a scope (always true when the fake was given no scopes). */
  granted(scope: string): boolean {
    return !this.scopes || this.scopes.has(scope);
  }

  private checkScopes(name: string): void {
    if (!this.scopes) return;
    for (const [pattern, needed] of SCOPE_RULES) {
      if (!pattern.test(name)) continue;
      if (!needed.some((s) => this.scopes?.has(s))) {
        throw this.error(`You do not have permission to call ${name}. Required permissions: ${needed[0]}`);
      }
    }
  }

  /** What the script sees of a fake object: methods counted as `typeName.method` and checked
   *  through hit(); members starting with `_` are the fake's own; anything else the fake does
   *  not implement throws a clear error when called. */
  expose<T extends object>(target: T, typeName: string): T {
    const env = this;
    const proxy = new Proxy(target, {
      get(t, prop) {
        if (typeof prop === 'symbol') return Reflect.get(t, prop);
        const v: unknown = Reflect.get(t, prop);
        if (v === undefined && !(prop in t)) {
          if (/^[A-Z][A-Za-z]+$/.test(prop)) {
            throw env.error(`${typeName}.${prop} is not implemented by the fake Apps Script services (test/gas/fake).`);
          }
          if (PROBED.has(prop) || !/^[a-z]/.test(prop)) return undefined;
          return () => {
            throw env.error(
              `${typeName}.${prop}() is not implemented by the fake Apps Script services (test/gas/fake); ` +
                'add it there if the add-on needs it.',
            );
          };
        }
        if (typeof v !== 'function' || prop.startsWith('_') || PROBED.has(prop)) return v;
        const method = v as (...args: unknown[]) => unknown;
        const name = `${typeName}.${prop}`;
        return function exposed(...args: unknown[]) {
          env.hit(name);
          const result = method.apply(t, args);
          return result === t ? proxy : result; // chaining stays on the counted surface
        };
      },
    });
    targets.set(proxy, target);
    return proxy;
  }

  log(level: LogRecord['level'], text: string): void {
    this.logs.push({ level, text });
  }
}
