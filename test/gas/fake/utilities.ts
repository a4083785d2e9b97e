// Utilities (formatDate, sleep, getUuid), Logger and console, plus the time-zone arithmetic the
// rest of the fake uses: wall-clock fields of an instant in an IANA zone come from
// Intl.DateTimeFormat, and the instant of a wall-clock time is found by correcting a UTC guess.
import { gunzipSync } from 'node:zlib';
import { isDate, unwrap, type Env } from './env';

// ---------- zones ----------

export interface Wall {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly weekday: number; // 0 = Sunday
  /** wall time minus UTC, in milliseconds */
  readonly offsetMs: number;
}

const FIXED_ZONE = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;
const formats = new Map<string, Intl.DateTimeFormat | null>();

function formatFor(tz: string): Intl.DateTimeFormat | null {
  if (!formats.has(tz)) {
    let f: Intl.DateTimeFormat | null = null;
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    formats.set(tz, f);
  }
  return formats.get(tz) ?? null;
}

/** An IANA zone Intl knows, or GMT±hh[:mm] as Java accepts. */
export function isValidTimeZone(tz: unknown): tz is string {
  return typeof tz === 'string' && (FIXED_ZONE.test(tz) || formatFor(tz) !== null);
}

function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  d.setUTCFullYear(year); // Date.UTC maps years 0-99 to 19xx
  return d.getTime();
}

function exactOffset(ms: number, f: Intl.DateTimeFormat): number {
  const base = Math.floor(ms / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(base))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const wall = utc(
    year,
    Number(parts.month),
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - base;
}

// Intl is slow per call: offsets are cached per zone and 15-minute bucket, when the offset is the
// same at both ends of the bucket (else computed exactly each time).
const BUCKET_MS = 15 * 60000;
const bucketOffsets = new Map<string, number | null>();

/** Wall time minus UTC at the instant ms, in milliseconds. Unknown zones count as GMT (Java's rule). */
export function offsetMs(ms: number, tz: string): number {
  const fixed = FIXED_ZONE.exec(tz);
  if (fixed) {
    if (!fixed[1]) return 0;
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    return (fixed[1] === '-' ? -minutes : minutes) * 60000;
  }
  const f = formatFor(tz);
  if (!f) return 0;
  const bucket = Math.floor(ms / BUCKET_MS);
  const key = `${tz}|${bucket}`;
  let cached = bucketOffsets.get(key);
  if (cached === undefined) {
    const start = exactOffset(bucket * BUCKET_MS, f);
    cached = start === exactOffset(bucket * BUCKET_MS + BUCKET_MS - 1000, f) ? start : null;
    if (bucketOffsets.size > 200000) bucketOffsets.clear();
    bucketOffsets.set(key, cached);
  }
  return cached ?? exactOffset(ms, f);
}

export function wallClock(ms: number, tz: string): Wall {
  const off = offsetMs(ms, tz);
  const d = new Date(ms + off);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMs: off,
  };
}

/** The instant at which the wall clock of tz shows the given time. */
export function zonedTime(
  tz: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const guess = utc(year, month, day, hour, minute, second, ms);
  const first = offsetMs(guess, tz);
  const t = guess - first;
  const again = offsetMs(t, tz);
  return again === first ? t : guess - again;
}

// ---------- Java SimpleDateFormat, as Utilities.formatDate reads its pattern ----------

/** English month and day names, as Java and Sheets spell them in date formats. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number): string => {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
};

function offsetText(off: number, style: 'Z' | 'X1' | 'X2' | 'X3' | 'z'): string {
  const minutes = Math.round(off / 60000);
  if (minutes === 0 && style.startsWith('X')) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'Z' || style === 'X2') return `${sign}${h}${m}`;
  if (style === 'X1') return m === '00' ? `${sign}${h}` : `${sign}${h}${m}`;
  if (style === 'z') return `GMT${sign}${h}:${m}`;
  return `${sign}${h}:${m}`;
}

/** Java's week year for the US locale (weeks start on Sunday; the week holding 1 January is
 *  week 1): `YYYY` on 29-31 December is often the next year — the classic formatDate bug. */
function weekYear(w: Wall): number {
  if (w.month !== 12) return w.year;
  const jan1 = new Date(Date.UTC(w.year + 1, 0, 1));
  const weekStart = Date.UTC(w.year + 1, 0, 1 - jan1.getUTCDay());
  return utc(w.year, w.month, w.day) >= weekStart ? w.year + 1 : w.year;
}

function dayOfYear(w: Wall): number {
  return Math.round((utc(w.year, w.month, w.day) - utc(w.year, 1, 1)) / 86400000) + 1;
}

function javaField(ch: string, n: number, w: Wall): string {
  switch (ch) {
    case 'G':
      return w.year > 0 ? 'AD' : 'BC';
    case 'y':
      return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
    case 'Y': {
      const y = weekYear(w);
      return n === 2 ? pad(y % 100, 2) : pad(y, n);
    }
    case 'M':
    case 'L':
      if (n >= 4) return MONTHS[w.month - 1];
      if (n === 3) return MONTHS[w.month - 1].slice(0, 3);
      return pad(w.month, n);
    case 'd':
      return pad(w.day, n);
    case 'D':
      return pad(dayOfYear(w), n);
    case 'E':
      return n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
    case 'u':
      return pad(w.weekday === 0 ? 7 : w.weekday, n);
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(w.hour, n);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, n);
    case 'K':
      return pad(w.hour % 12, n);
    case 'h':
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
    case 'm':
      return pad(w.minute, n);
    case 's':
      return pad(w.second, n);
    case 'S':
      return pad(w.millisecond, n);
    case 'Z':
      return offsetText(w.offsetMs, 'Z');
    case 'X':
      return offsetText(w.offsetMs, n === 1 ? 'X1' : n === 2 ? 'X2' : 'X3');
    case 'z':
      return offsetText(w.offsetMs, 'z');
    default:
      throw new Error(`Illegal pattern character '${ch}'`);
  }
}

/** Utilities.formatDate without the argument checks: a Java SimpleDateFormat pattern. */
export function formatJavaDate(ms: number, tz: string, pattern: string): string {
  const w = wallClock(ms, tz);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let literal = '';
      for (;;) {
        if (j >= pattern.length) throw new Error('Unterminated quote');
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            literal += "'";
            j += 2;
            continue;
          }
          break;
        }
        literal += pattern[j];
        j += 1;
      }
      out += literal;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let n = 1;
      while (pattern[i + n] === ch) n += 1;
      out += javaField(ch, n, w);
      i += n;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

// ---------- the services ----------

function typeNames(args: readonly unknown[]): string {
  return args
    .map((a) =>
      isDate(a)
        ? 'Date'
        : Array.isArray(a)
          ? 'Array'
          : a === null
            ? 'null'
            : typeof a === 'object'
              ? 'Object'
              : typeof a,
    )
    .map((t) => t[0].toUpperCase() + t.slice(1))
    .join(',');
}

export class Utilities {
  /** Total of the milliseconds scripts asked to sleep (sleep returns at once). */
  _slept = 0;
  private _uuids = 0;

  constructor(private readonly _env: Env) {}

  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw this._env.error(
        `The parameters (${typeNames([date, timeZone, format])}) don't match the method signature for Utilities.formatDate.`,
      );
    }
    const ms = date.getTime();
    if (Number.isNaN(ms)) throw this._env.error('Invalid argument: date');
    try {
      return formatJavaDate(ms, timeZone, format);
    } catch (e) {
      throw this._env.error(`Invalid argument: ${(e as Error).message}`);
    }
  }

  sleep(milliseconds: unknown): void {
    if (typeof milliseconds !== 'number' || !(milliseconds >= 0))
      throw this._env.error('Invalid argument: milliseconds');
    if (milliseconds > 300000) throw this._env.error('Invalid argument: milliseconds (at most 300000)');
    this._slept += milliseconds;
  }

  /**
   * "Decodes a base-64 encoded string into a UTF-8 byte array" (Class Utilities): Apps Script's
   * Byte[] is an array of Java bytes, numbers from -128 to 127.
   */
  base64Decode(encoded: unknown): number[] {
    if (typeof encoded !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 !== 0)
      throw this._env.error('Could not decode string.');
    return Array.from(Buffer.from(encoded, 'base64'), (b) => (b > 127 ? b - 256 : b));
  }

  /** newBlob(data: Byte[] | string, contentType?, name?) (Class Utilities). */
  newBlob(data: unknown, contentType?: unknown, name?: unknown): Blob {
    const bytes =
      typeof data === 'string'
        ? Buffer.from(data, 'utf8')
        : Array.isArray(data) && data.every((b) => Number.isInteger(b) && b >= -128 && b <= 127)
          ? Buffer.from(data.map((b: number) => b & 0xff))
          : null;
    if (bytes === null || (contentType !== undefined && typeof contentType !== 'string'))
      throw this._env.error(
        `The parameters (${typeNames([data, contentType])}) don't match the method signature for Utilities.newBlob.`,
      );
    return this._env.expose(
      new Blob(bytes, (contentType as string | undefined) ?? null, (name as string) ?? null),
      'Blob',
    );
  }

  /** "Uncompresses a Blob object and returns a Blob containing the uncompressed data" (ungzip). */
  ungzip(blob: unknown): Blob {
    const b = unwrap(blob);
    if (!(b instanceof Blob))
      throw this._env.error("The parameters don't match the method signature for Utilities.ungzip.");
    let out: Buffer;
    try {
      out = gunzipSync(b._bytes);
    } catch {
      throw this._env.error('Invalid argument: blob is not in gzip format');
    }
    return this._env.expose(new Blob(out, null, null), 'Blob');
  }

  /** Deterministic v4-shaped ids, so test output is stable. */
  getUuid(): string {
    this._uuids += 1;
    const hex = this._uuids.toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${hex}`;
  }
}

/** A Blob: bytes, a content type and a name (Class Blob). */
export class Blob {
  constructor(
    readonly _bytes: Buffer,
    private readonly _type: string | null,
    private readonly _name: string | null,
  ) {}
  getBytes(): number[] {
    return Array.from(this._bytes, (b) => (b > 127 ? b - 256 : b));
  }
  getDataAsString(charset?: unknown): string {
    if (charset !== undefined && !/^utf-?8$/i.test(String(charset))) throw new Error(`Unsupported charset ${charset}`);
    return this._bytes.toString('utf8');
  }
  getContentType(): string | null {
    return this._type;
  }
  getName(): string | null {
    return this._name;
  }
}

function render(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return 'undefined';
  if (isDate(v)) return v.toString();
  if (v !== null && typeof v === 'object') {
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

export class Logger {
  constructor(private readonly _env: Env) {}

  log(data?: unknown, ...values: unknown[]): Logger {
    let text = render(data);
    if (typeof data === 'string' && values.length) {
      let i = 0;
      text = data.replace(/%[sd]/g, (m) => (i < values.length ? render(values[i++]) : m));
    }
    this._env.log('Logger', text);
    return this;
  }

  getLog(): string {
    return this._env.logs
      .filter((l) => l.level === 'Logger')
      .map((l) => `${l.text}\n`)
      .join('');
  }

  clear(): void {
    const keep = this._env.logs.filter((l) => l.level !== 'Logger');
    this._env.logs.length = 0;
    this._env.logs.push(...keep);
  }
}

export class Console {
  constructor(private readonly _env: Env) {}

  private _write(level: 'log' | 'info' | 'warn' | 'error' | 'debug', args: unknown[]): void {
    this._env.log(level, args.map(render).join(' '));
  }

  log(...args: unknown[]): void {
    this._write('log', args);
  }
  info(...args: unknown[]): void {
    this._write('info', args);
  }
  warn(...args: unknown[]): void {
    this._write('warn', args);
  }
  error(...args: unknown[]): void {
    this._write('error', args);
  }
  debug(...args: unknown[]): void {
    this._write('debug', args);
  }
  time(label = 'default'): void {
    this._write('debug', [`${label}: timer started`]);
  }
  timeEnd(label = 'default'): void {
    this._write('debug', [`${label}: timer ended`]);
  }
}
