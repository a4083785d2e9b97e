// Apps Script enums are objects, not strings: `e.authMode === ScriptApp.AuthMode.NONE` holds,
// `e.authMode === 'NONE'` does not, while `String(e.authMode)` and `e.authMode == 'NONE'` give
// the name. The fake's enum values behave the same way so a string comparison bug shows.

export interface EnumValue {
  toString(): string;
  toJSON(): string;
  name(): string;
  ordinal(): number;
}

export type Enum<K extends string> = Readonly<Record<K, EnumValue>>;

export function makeEnum<K extends string>(type: string, names: readonly K[]): Enum<K> {
  const out = {} as Record<K, EnumValue>;
  names.forEach((name, i) => {
    const value = Object.create(null) as EnumValue;
    const hidden = (v: unknown) => ({ value: v, enumerable: false });
    Object.defineProperties(value, {
      toString: hidden(() => name),
      toJSON: hidden(() => name),
      name: hidden(() => name),
      ordinal: hidden(() => i),
      [Symbol.toStringTag]: hidden(`${type}.${name}`),
    });
    out[name] = Object.freeze(value);
  });
  return Object.freeze(out);
}

/** The name of an enum value, or of a string a careless caller passed instead. */
export function enumName(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

export const AUTH_MODES = ['NONE', 'LIMITED', 'FULL', 'CUSTOM_FUNCTION'] as const;
export type AuthModeName = (typeof AUTH_MODES)[number];
export const AuthMode = makeEnum('AuthMode', AUTH_MODES);

export const TriggerSource = makeEnum('TriggerSource', [
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
] as const);
export const EVENT_TYPES = ['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const;
export type EventTypeName = (typeof EVENT_TYPES)[number];
export const EventType = makeEnum('EventType', EVENT_TYPES);
export const WeekDay = makeEnum('Weekday', [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
] as const);
export const AuthorizationStatus = makeEnum('AuthorizationStatus', ['REQUIRED', 'NOT_REQUIRED'] as const);

export const ProtectionType = makeEnum('ProtectionType', ['RANGE', 'SHEET'] as const);

export const BUTTONS = ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const;
export type ButtonName = (typeof BUTTONS)[number];
export const Button = makeEnum('Button', BUTTONS);
export const BUTTON_SETS = ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const;
export type ButtonSetName = (typeof BUTTON_SETS)[number];
export const ButtonSet = makeEnum('ButtonSet', BUTTON_SETS);

export const SandboxMode = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT'] as const);
