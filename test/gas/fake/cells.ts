// What a cell holds, how a written value lands in it, and how it is displayed.
//
// THE WRITE MODEL. Range.setValues / setValue / appendRow parse a string the way the Sheets UI
// parses typed input (Apps Script does the same), so a script that means to write text must say
// so. For a string s written to a cell:
//   - the cell's number format is plain text ('@')  -> stored verbatim as text, nothing parsed;
//   - s starts with an apostrophe                   -> text s.slice(1) ("'=x" is the text '=x');
//   - s starts with '=' (and is longer than '=')    -> a formula; its value is what a test preset
//     for that formula text (setFormulaResult / seedFormula), else the result of plain
//     arithmetic ('=1+2' -> 3), else '#NAME?' (the fake has no formula engine);
//   - s is a number ('123', '-5', '1.5e3', '1,234', ' 42 ')  -> the number (leading zeros and
//     phone formatting are lost: '0755' -> 755, '13800000001' -> 13800000001);
//     '70%' -> 0.7 (format '0%'), '$5' / '¥5' -> 5 (currency format);
//   - s is TRUE / FALSE (any case)                  -> the boolean;
//   - s is a date 'yyyy-M-d' or 'yyyy/M/d' (optionally ' H:mm[:ss]'), or 'M/d/yyyy' in an
//     en_US spreadsheet -> a Date at that wall-clock time in the spreadsheet's zone, with a date
//     format; 'H:mm[:ss]' -> a time (a Date on 1899-12-30);
//   - s starts with '+' or '-' and is more than that sign -> a formula `=${s}`: '-2+3' becomes
//     =-2+3 (value 1), '+86 138 0000 0000' becomes =+86 138… (value '#ERROR!', a parse error),
//     '-张三' becomes a formula whose value is '#NAME?'; a lone '-' or '+' stays text;
//   - s starts with '@' and the rest has digits, operators or parentheses ('@SUM(A1)') -> a
//     formula `=${rest}`; '@张三' (a mention) stays text;
//   - anything else -> text, as written.
// Numbers, booleans and Dates are stored as they are; null / undefined / '' clear the cell;
// NaN, Infinity, invalid Dates, objects and arrays throw (misuse shows); a string over 50,000
// characters throws like Sheets. Leading '＝', '＋', '－', '＠' (full-width) are not parsed.
// A format set by parsing (a date, a percent) sticks to the cell, as in Sheets.
import { DAYS, isValidTimeZone, MONTHS, wallClock, zonedTime } from './utilities';

/** A stored cell value. Dates are the fake's own (host) Date objects, copied on every read. */
export type Stored = string | number | boolean | Date;

export interface Written {
  readonly value: Stored | undefined; // undefined: blank
  readonly formula?: string;
  /** The number format parsing gives the cell (date, percent, currency) unless it has one. */
  readonly autoFormat?: string;
}

export interface ParseContext {
  readonly timeZone: string;
  readonly locale: string;
  /** The cell's number format is plain text ('@'): strings are stored verbatim. */
  readonly textFormat: boolean;
  /** The value a test preset for this formula text (setFormulaResult / seedFormula). */
  preset(formula: string): Stored | undefined;
  fail(message: string): never;
}

export const MAX_CELL_CHARS = 50000;
export const BLANK: Written = Object.freeze({ value: undefined });

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?[\d.,]+(?:[eE][+-]?\d+)?)\s?%$/;
const CURRENCY = /^([+-]?)([$¥￥])\s?([\d.,]+)$/;
const YMD = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const NAME_LIKE = /^[+\-@]\s*[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*\s*(\(.*\))?\s*$/;

function numberOf(text: string): number | undefined {
  if (!/\d/.test(text) || !NUMBER.test(text)) return undefined;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateOf(text: string, cx: ParseContext): Written | undefined {
  let m = YMD.exec(text);
  let y: number, mo: number, d: number;
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if (cx.locale.startsWith('en_US') && (m = MDY.exec(text))) {
    [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    const t = TIME.exec(text);
    if (!t) return undefined;
    const [h, mi, s] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return undefined;
    return { value: new Date(zonedTime(zone(cx), 1899, 12, 30, h, mi, s)), autoFormat: 'h:mm:ss' };
  }
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return undefined;
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const hasTime = m[4] !== undefined;
  return {
    value: new Date(zonedTime(zone(cx), y, mo, d, h, mi, s)),
    autoFormat: hasTime ? 'yyyy-mm-dd h:mm:ss' : 'yyyy-mm-dd',
  };
}

function zone(cx: ParseContext): string {
  return isValidTimeZone(cx.timeZone) ? cx.timeZone : 'UTC';
}

/** '-2+3' -> 1; undefined when the text is not plain arithmetic; '#DIV/0!' on division by zero. */
export function arithmetic(src: string): number | string | undefined {
  const tokens = src.match(/\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+|[-+*/^()]|\S/g);
  if (!tokens || !tokens.length) return undefined;
  let i = 0;
  let divZero = false;
  const peek = () => tokens[i];
  const expr = (): number | undefined => {
    let v = term();
    while (v !== undefined && (peek() === '+' || peek() === '-')) {
      const op = tokens[i++];
      const r = term();
      if (r === undefined) return undefined;
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  const term = (): number | undefined => {
    let v = unary();
    while (v !== undefined && (peek() === '*' || peek() === '/')) {
      const op = tokens[i++];
      const r = unary();
      if (r === undefined) return undefined;
      if (op === '/' && r === 0) divZero = true;
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  const unary = (): number | undefined => {
    if (peek() === '-' || peek() === '+') {
      const op = tokens[i++];
      const v = unary();
      return v === undefined ? undefined : op === '-' ? -v : v;
    }
    return power();
  };
  const power = (): number | undefined => {
    const base = primary();
    if (base !== undefined && peek() === '^') {
      i += 1;
      const e = unary();
      return e === undefined ? undefined : base ** e;
    }
    return base;
  };
  const primary = (): number | undefined => {
    const t = tokens[i];
    if (t === undefined) return undefined;
    if (t === '(') {
      i += 1;
      const v = expr();
      if (tokens[i] !== ')') return undefined;
      i += 1;
      return v;
    }
    if (/^(\d|\.\d)/.test(t)) {
      i += 1;
      return Number(t);
    }
    return undefined;
  };
  const v = expr();
  if (v === undefined || i !== tokens.length) return undefined;
  if (divZero) return '#DIV/0!';
  return Number.isFinite(v) ? v : '#NUM!';
}

/** The value shown for a formula: the test's preset, else plain arithmetic, else '#NAME?'. */
export function formulaValue(formula: string, cx: Pick<ParseContext, 'preset'>): Stored {
  const preset = cx.preset(formula);
  if (preset !== undefined) return preset;
  const v = arithmetic(formula.slice(1));
  return v === undefined ? '#NAME?' : v;
}

/** The value of a formula typed with a leading + - @: arithmetic, a name, or a parse error. */
function signedFormulaValue(s: string, formula: string, cx: ParseContext): Stored {
  const preset = cx.preset(formula);
  if (preset !== undefined) return preset;
  const v = arithmetic(s.startsWith('@') ? s.slice(1) : s);
  if (v !== undefined) return v;
  return NAME_LIKE.test(s) ? '#NAME?' : '#ERROR!';
}

function parseString(s: string, cx: ParseContext): Written {
  if (s.length > MAX_CELL_CHARS) {
    cx.fail(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  }
  if (s === '') return BLANK;
  if (cx.textFormat) return { value: s };
  const first = s[0];
  if (first === "'") return s.length > 1 ? { value: s.slice(1) } : BLANK;
  if (first === '=' && s.length > 1) return { value: formulaValue(s, cx), formula: s };
  const t = s.trim();
  const n = numberOf(t);
  if (n !== undefined) return { value: n };
  const pct = PERCENT.exec(t);
  if (pct) {
    const v = numberOf(pct[1]);
    if (v !== undefined) return { value: v / 100, autoFormat: pct[1].includes('.') ? '0.00%' : '0%' };
  }
  const cur = CURRENCY.exec(t);
  if (cur) {
    const v = numberOf(cur[3]);
    if (v !== undefined) return { value: cur[1] === '-' ? -v : v, autoFormat: `"${cur[2]}"#,##0.00` };
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const date = dateOf(t, cx);
  if (date) return date;
  if ((first === '+' || first === '-') && s.length > 1) {
    const formula = `=${s}`;
    return { value: signedFormulaValue(s, formula, cx), formula };
  }
  if (first === '@' && /[\d()+\-*/^&=<>:,."]/.test(s.slice(1))) {
    const formula = `=${s.slice(1)}`;
    return { value: signedFormulaValue(s, formula, cx), formula };
  }
  return { value: s };
}

function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** How a value written by a script lands in a cell (see THE WRITE MODEL above). */
export function parseWrite(v: unknown, cx: ParseContext): Written {
  if (v === null || v === undefined) return BLANK;
  switch (typeof v) {
    case 'string':
      return parseString(v, cx);
    case 'number':
      if (!Number.isFinite(v)) cx.fail(`Cannot write ${String(v)} to a cell (the fake refuses NaN and Infinity).`);
      return { value: v };
    case 'boolean':
      return { value: v };
    default:
      break;
  }
  if (isDateObject(v)) {
    const ms = v.getTime();
    if (Number.isNaN(ms)) cx.fail('Cannot write an invalid Date to a cell.');
    return { value: new Date(ms) };
  }
  return cx.fail(
    `Cannot write ${Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`} to a cell: ` +
      'a cell takes a string, number, boolean or Date.',
  );
}

/** A formula written with setFormula/setFormulas (no parsing beyond that). */
export function formulaWrite(f: unknown, cx: ParseContext): Written {
  if (f === null || f === undefined || f === '') return BLANK;
  if (typeof f !== 'string') return cx.fail('A formula must be a string.');
  if (!f.startsWith('=')) return parseWrite(f, cx);
  return { value: formulaValue(f, cx), formula: f };
}

// ---------- display ----------

/** What getDisplayValues shows for a number without a format (Sheets' "Automatic"). */
export function automaticNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return n.toFixed(0);
  if (Math.abs(n) >= 1e15 || (n !== 0 && Math.abs(n) < 1e-9)) {
    // 110101199003071234 -> '1.10101E+17', as Sheets shows a long ID number typed as digits.
    const [mantissa, exponent] = n.toExponential(5).split('e');
    const m = mantissa.replace(/\.?0+$/, '');
    return `${m}E${exponent.startsWith('-') ? exponent : `+${exponent.replace('+', '')}`}`;
  }
  return String(Number(n.toPrecision(10)));
}

function isoWall(ms: number, tz: string): string {
  const w = wallClock(ms, tz);
  const p2 = (n: number) => String(n).padStart(2, '0');
  if (w.year === 1899 && w.month === 12 && w.day === 30) return `${w.hour}:${p2(w.minute)}:${p2(w.second)}`;
  const date = `${w.year}-${p2(w.month)}-${p2(w.day)}`;
  return w.hour || w.minute || w.second ? `${date} ${w.hour}:${p2(w.minute)}:${p2(w.second)}` : date;
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A Sheets date-time format ('yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'hh:mm') applied to an instant. */
function formatSheetsDate(ms: number, format: string, tz: string): string {
  const w = wallClock(ms, tz);
  const tokens: string[] = [];
  const re = /"[^"]*"|\\.|y+|m+|d+|h+|s+|am\/pm|a\/p|[^"\\ymdhs]+/gi;
  for (const m of format.match(re) ?? []) tokens.push(m);
  const kinds = tokens.map((t) => t[0].toLowerCase());
  const p = (n: number, width: number) => String(n).padStart(width, '0');
  let out = '';
  tokens.forEach((t, i) => {
    const k = kinds[i];
    const n = t.length;
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (k === 'y') out += n <= 2 ? p(w.year % 100, 2) : String(w.year);
    else if (k === 'd') out += n >= 4 ? DAYS[w.weekday] : n === 3 ? DAYS[w.weekday].slice(0, 3) : p(w.day, n);
    else if (k === 'h') out += p(/am\/pm|a\/p/i.test(format) ? w.hour % 12 || 12 : w.hour, n);
    else if (k === 's') out += p(w.second, n);
    else if (k === 'm') {
      const prev = kinds
        .slice(0, i)
        .reverse()
        .find((x) => 'ymdhs'.includes(x));
      const next = kinds.slice(i + 1).find((x) => 'ymdhs'.includes(x));
      if (prev === 'h' || next === 's') out += p(w.minute, n);
      else out += n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1].slice(0, 3) : p(w.month, n);
    } else if (/^am\/pm$/i.test(t)) out += w.hour < 12 ? 'AM' : 'PM';
    else if (/^a\/p$/i.test(t)) out += w.hour < 12 ? 'A' : 'P';
    else out += t;
  });
  return out;
}

function isDateFormat(format: string): boolean {
  return /[ydhs]/i.test(format.replace(/"[^"]*"/g, '')) || /^[^0#]*m[^0#]*$/i.test(format.replace(/"[^"]*"/g, ''));
}

/** A numeric format ('0', '0.00', '#,##0', '0%', '"¥"#,##0.00') applied to a number. */
function formatNumber(n: number, format: string): string {
  const m = /^((?:"[^"]*"|[^0#.,%])*)([0#.,]+)(%?)((?:"[^"]*"|[^0#])*)$/.exec(format);
  if (!m) return automaticNumber(n);
  const lit = (s: string) => s.replace(/"([^"]*)"/g, '$1');
  const core = m[2];
  const decimals = core.includes('.') ? core.split('.')[1].replace(/,/g, '').length : 0;
  const value = m[3] ? n * 100 : n;
  let text = Math.abs(value).toFixed(decimals);
  if (core.includes(',')) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  return `${value < 0 ? '-' : ''}${lit(m[1])}${text}${m[3]}${lit(m[4])}`;
}

/** What getDisplayValues shows for a stored value under a number format (undefined: automatic). */
export function displayOf(v: Stored | undefined, format: string | undefined, tz: string): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const zoneId = isValidTimeZone(tz) ? tz : 'UTC';
  const useFormat = format && format !== '@' && format !== 'General';
  if (v instanceof Date) {
    if (useFormat && isDateFormat(format)) return formatSheetsDate(v.getTime(), format, zoneId);
    return isoWall(v.getTime(), zoneId);
  }
  if (!useFormat) return automaticNumber(v);
  if (isDateFormat(format)) {
    // A number under a date format is a serial day count from 1899-12-30 (wall time).
    const wallMs = SERIAL_EPOCH + v * 86400000;
    return formatSheetsDate(wallMs, format, 'UTC');
  }
  return formatNumber(v, format);
}

/** Serial day number of a Date as Sheets keeps it (edit events report dates this way). */
export function serialOf(d: Date, tz: string): number {
  const w = wallClock(d.getTime(), isValidTimeZone(tz) ? tz : 'UTC');
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return (wall - SERIAL_EPOCH) / 86400000;
}
