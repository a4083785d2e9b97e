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
      /** An extension written after the number (转8001, ext 8001, 分机8001, or -8001 after a complete landline): kept apart, never part of `phone`. */
      readonly extension?: string;
    }
  | { readonly ok: false; readonly masked: boolean };

// Issue 12 point 2, one rule: every way a mainland number is written reads as the same digits.
// The cell is made half-width, notes in brackets and an extension are set apart, every separator
// (spaces, dashes of any width, dots, brackets) goes, and then a country code is recognised:
// +86 / 0086 always, a bare 86 only before an 11-digit mobile. What is left must be a mobile
// (1[3-9] and 9 digits), a landline with its area code (010 / 02x and 8 digits, 0[3-9]xx and 7–8), or a local number.
const MOBILE = /^1[3-9]\d{9}$/;
// 010 and 02x carry 8-digit numbers, 0[3-9]xx 7 or 8; an area code never starts 00 (a country code).
const LANDLINE = /^0(?:10|2\d)\d{8}$|^0[3-9]\d{2}\d{7,8}$/;
const LOCAL = /^[2-9]\d{6,7}$/;
const SPLIT = /[/,;|、\n\r]|或|\bor\b/i;
const HAS_DIGIT = /\d/;
const WORD_NOTE = /[([【][^\d)\]】]*[)\]】]/g; // '(微信同号)', '【本人】': no digits inside
const EXTENSION = /(?:转|分机|ext\.?|extension|#)\s*(\d{1,6})\s*$/i;
// A trailing dash group (0755-28880016-8001): an extension only after a complete landline.
const DASH_EXTENSION = /\d\s*[-—–‐‑‒−﹣]\s*(\d{1,6})\s*$/;
const MASK = /[*xX×]/;
const SEPARATORS = /[\s\u200b\-().·—–_‐‑‒−﹣~]/g;
const COUNTRY = /^(?:\+|00)86/;
const DIGITS = /^\d+$/;

const BAD: PhoneRead = { ok: false, masked: false };
const MASKED: PhoneRead = { ok: false, masked: true };

function classify(digits: string, intl: boolean, multiple: boolean, extension: string | null): PhoneRead {
  let d = digits;
  if (intl) {
    // +86 21 6234 5678, +86 10 …: the area code loses its 0 after the country code.
    if (!d.startsWith('0') && !MOBILE.test(d)) d = `0${d}`;
  } else if (d.length === 13 && d.startsWith('861')) d = d.slice(2);
  const local = !MOBILE.test(d) && !LANDLINE.test(d);
  if (local && !LOCAL.test(d)) return BAD;
  // A mobile has no extension: digits after 转 on a mobile are not one.
  if (extension !== null && !local && d.startsWith('1')) return BAD;
  const read = { ok: true as const, phone: d, local, multiple };
  return extension === null ? read : { ...read, extension };
}

function fromNumber(n: number): PhoneRead {
  if (!Number.isFinite(n) || n <= 0) return BAD;
  const whole = Math.round(n);
  if (Math.abs(n - whole) > 1e-6) return BAD;
  let digits = numberText(whole);
  // A landline typed as a number loses its leading 0 (021… -> 21…).
  if (digits.length >= 9 && digits.length <= 11 && !digits.startsWith('1')) digits = `0${digits}`;
  return classify(digits, false, false, null);
}

function fromText(raw: string): PhoneRead {
  // Most cells are a bare mobile: the cell's own string, with no copies made.
  if (MOBILE.test(raw)) return { ok: true, phone: raw, local: false, multiple: false };
  const s = halfWidth(raw).trim();
  const parts = s.split(SPLIT).filter((p) => HAS_DIGIT.test(p));
  const first = parts[0];
  if (first === undefined) return BAD;
  let p = first.replace(WORD_NOTE, '').trim();
  const ext = EXTENSION.exec(p);
  if (ext) p = p.slice(0, ext.index).trim();
  if (MASK.test(p)) return MASKED;
  const multiple = parts.length > 1;
  const whole = number(p, multiple, ext?.[1] ?? null);
  return whole.ok || ext ? whole : (dashExtension(p, multiple) ?? whole);
}

/** The digits of one number as written (separators gone, country code recognised), classified. */
function number(p: string, multiple: boolean, extension: string | null): PhoneRead {
  let q = p.replace(SEPARATORS, '');
  const intl = COUNTRY.test(q);
  if (intl) q = q.replace(COUNTRY, '');
  if (!DIGITS.test(q)) return BAD;
  return classify(q, intl, multiple, extension);
}

/**
 * `0755-28880016-8001`: digits after a last dash are an extension when the digits with them are
 * no number and the digits before the dash are already a complete landline (area code and 7–8
 * digits), as Chinese office registers write a switchboard extension. Never after a mobile, a
 * local number or an incomplete one, so no way of writing an invalid number reads as a number:
 * at most as a landline with an extension set apart.
 */
function dashExtension(p: string, multiple: boolean): PhoneRead | null {
  const dash = DASH_EXTENSION.exec(p);
  if (!dash || dash[1] === undefined) return null;
  const read = number(p.slice(0, dash.index + 1), multiple, dash[1]);
  return read.ok && LANDLINE.test(read.phone) ? read : null;
}

/** A phone cell; null when blank (or `无`, `-`, `未留`). */
export function readPhone(v: unknown): PhoneRead | null {
  if (typeof v === 'number') return fromNumber(v);
  if (isBlankCell(v)) return null;
  if (typeof v !== 'string') return BAD;
  if (isPlaceholder(v.trim())) return null;
  return fromText(v);
}

const EMBEDDED = /[+(]*\d[\d\s\-().]{9,}\d/g;
const EMBEDDED_MOBILE = /(?:^|\D)(1[3-9]\d{9})(?!\d)/;
const SPACE_RUNS = /\s+/g;

/**
 * A mobile number written inside a name cell (`王先生 13800138000`, `王先生 139-2222-0013`), read
 * by the same rule as a phone cell, and the name without it.
 */
export function mobileInText(text: string): { phone: string; rest: string } | null {
  const s = halfWidth(text);
  EMBEDDED.lastIndex = 0;
  for (let m = EMBEDDED.exec(s); m !== null; m = EMBEDDED.exec(s)) {
    const read = fromText(m[0]);
    if (!read.ok || read.local || !MOBILE.test(read.phone)) continue;
    const rest = s.replace(m[0], ' ').replace(SPACE_RUNS, ' ').trim();
    return { phone: read.phone, rest };
  }
  // Two numbers run together with a space between: the first bare mobile.
  const m = EMBEDDED_MOBILE.exec(s);
  if (!m || m[1] === undefined) return null;
  return { phone: m[1], rest: s.replace(m[1], '').replace(SPACE_RUNS, ' ').trim() };
}
