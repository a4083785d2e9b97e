// Phone cells -> the normalized number of rulebook §2.1: digits only, mainland mobiles without
// the country code, landlines with their area code.
import { halfWidth, isBlankCell, isPlaceholder, numberText } from './text';

export type PhoneRead =
  | {
      readonly ok: true;
      readonly phone: string;
      /** A 7–8 digit number without area code: kept, but worth a note. */
      readonly local: boolean;
      /** The cell held more than one number; this is the first. */
      readonly multiple: boolean;
    }
  | { readonly ok: false; readonly masked: boolean };

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{9,11}$/;
const LOCAL = /^[2-9]\d{6,7}$/;
const SPLIT = /[/,;|、\n\r]|或|\bor\b/i;
const HAS_DIGIT = /\d/;
const WORD_NOTE = /[(\[【][^\d)\]】]*[)\]】]/g; // '(微信同号)', '【本人】': no digits inside
const MASK = /[*xX×]/;
const INTL = /^(?:\+|00)\s*86/;
const SEPARATORS = /[\s\-().·—–_]/g;
const DIGITS = /^\d+$/;

const BAD: PhoneRead = { ok: false, masked: false };
const MASKED: PhoneRead = { ok: false, masked: true };

function classify(digits: string, intl: boolean, multiple: boolean): PhoneRead {
  let d = digits;
  if (intl) {
    // +86 21 6234 5678: the area code loses its 0 after the country code.
    if (!d.startsWith('1') && !d.startsWith('0')) d = `0${d}`;
  } else if (d.length === 13 && d.startsWith('861')) d = d.slice(2);
  if (MOBILE.test(d) || LANDLINE.test(d)) return { ok: true, phone: d, local: false, multiple };
  if (LOCAL.test(d)) return { ok: true, phone: d, local: true, multiple };
  return BAD;
}

function fromNumber(n: number): PhoneRead {
  if (!Number.isFinite(n) || n <= 0) return BAD;
  const whole = Math.round(n);
  if (Math.abs(n - whole) > 1e-6) return BAD;
  let digits = numberText(whole);
  // A landline typed as a number loses its leading 0 (021… -> 21…).
  if (digits.length >= 9 && digits.length <= 11 && !digits.startsWith('1')) digits = `0${digits}`;
  return classify(digits, false, false);
}

function fromText(raw: string): PhoneRead {
  // Most cells are a bare mobile: the cell's own string, with no copies made.
  if (MOBILE.test(raw)) return { ok: true, phone: raw, local: false, multiple: false };
  const s = halfWidth(raw).trim();
  const parts = s.split(SPLIT).filter((p) => HAS_DIGIT.test(p));
  const first = parts[0];
  if (first === undefined) return BAD;
  let p = first.replace(WORD_NOTE, '').trim();
  if (MASK.test(p)) return MASKED;
  const intl = INTL.test(p);
  if (intl) p = p.replace(INTL, '');
  p = p.replace(SEPARATORS, '');
  if (p.startsWith('+') || !DIGITS.test(p)) return BAD;
  return classify(p, intl, parts.length > 1);
}

/** A phone cell; null when blank (or `无`, `-`, `未留`). */
export function readPhone(v: unknown): PhoneRead | null {
  if (typeof v === 'number') return fromNumber(v);
  if (isBlankCell(v)) return null;
  if (typeof v !== 'string') return BAD;
  if (isPlaceholder(v.trim())) return null;
  return fromText(v);
}

const EMBEDDED_MOBILE = /(?:^|\D)(1[3-9]\d{9})(?!\d)/;
const SPACE_RUNS = /\s+/g;

/** A mobile number written inside a name cell (`王先生 13800138000`), and the name without it. */
export function mobileInText(text: string): { phone: string; rest: string } | null {
  const s = halfWidth(text);
  const m = EMBEDDED_MOBILE.exec(s);
  if (!m || m[1] === undefined) return null;
  const rest = s.replace(m[1], '').replace(SPACE_RUNS, ' ').trim();
  return { phone: m[1], rest };
}
