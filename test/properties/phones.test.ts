// Issue 12 point 2 as a property (fast-check): any way of writing a valid mainland number reads
// as the same digits, and no way of writing an invalid one reads as a number.
import fc from 'fast-check';
import { readPhone } from '../../src/table/phones';

const RUNS = Number(process.env.GUISHU_PROPERTY_RUNS ?? 300);
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));

const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([b, rest]) => `1${b}${rest}`);
// Area code (010, 02x with 8 digits; 0xxx with 7 or 8) and a subscriber number not starting with 0 or 1.
const landline = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('010', '020', '021', '022', '023', '024', '025', '027', '028', '029'),
      fc.integer({ min: 2, max: 9 }),
      digits(7),
    )
    .map(([a, b, r]) => `${a}${b}${r}`),
  fc
    .tuple(
      fc.integer({ min: 3, max: 9 }),
      digits(2),
      fc.integer({ min: 2, max: 9 }),
      fc.integer({ min: 6, max: 7 }).chain((n) => digits(n)),
    )
    .map(([a, b, c, r]) => `0${a}${b}${c}${r}`),
);

const SEPARATORS = ['', ' ', '-', '.', '\u3000', '－', '—', '  '];

/** The number cut into groups joined by separators, the area code perhaps in brackets. */
function grouped(national: string, seps: string[], cuts: number[], bracketArea: boolean): string {
  const areaLength = national.startsWith('0') ? (/^0(10|2\d)/.test(national) ? 3 : 4) : 3;
  const head = national.slice(0, areaLength);
  const tail = national.slice(areaLength);
  const parts: string[] = [];
  let at = 0;
  for (const c of cuts) {
    const to = Math.min(tail.length, at + c);
    if (to > at) parts.push(tail.slice(at, to));
    at = to;
  }
  if (at < tail.length) parts.push(tail.slice(at));
  let out = bracketArea ? `(${head})` : head;
  parts.forEach((p, i) => {
    out += (seps[i % seps.length] ?? '') + p;
  });
  return out;
}

const fullWidth = (s: string) =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

interface Style {
  seps: string[];
  cuts: number[];
  bracketArea: boolean;
  prefix: 'none' | '+86' | '(+86)' | '+86-' | '0086 ' | '86 ' | '+86 (0)';
  wide: boolean;
  extension: string | null;
}

const style: fc.Arbitrary<Style> = fc.record({
  seps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 1, maxLength: 3 }),
  cuts: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 4 }),
  bracketArea: fc.boolean(),
  prefix: fc.constantFrom('none', '+86', '(+86)', '+86-', '0086 ', '86 ', '+86 (0)'),
  wide: fc.boolean(),
  extension: fc.option(fc.constantFrom('转8001', ' 转 12', '分机 301', ' ext. 88', '#6', '-8001', ' - 301', '—12'), {
    freq: 3,
  }),
});

/** One way of writing a national number; null where the style does not apply to it. */
function write(national: string, s: Style): string | null {
  const isMobile = national.startsWith('1');
  const isLandline = national.startsWith('0') && national[1] !== '0';
  if (s.prefix === '86 ' && !(isMobile && national.length === 11)) return null;
  if (s.prefix !== 'none' && !isMobile && !isLandline) return null;
  if (s.prefix === '+86 (0)' && !isLandline) return null;
  if (s.extension !== null && isMobile) return null;
  const body = s.prefix !== 'none' && isLandline ? national.slice(1) : national;
  let text = grouped(body, s.seps, s.cuts, s.bracketArea && isLandline && s.prefix === 'none');
  if (s.prefix !== 'none')
    text = `${s.prefix}${s.prefix.endsWith(' ') || s.prefix.endsWith('-') || s.prefix.endsWith(')') ? '' : ' '}${text}`;
  if (s.extension !== null) text += s.extension;
  return s.wide ? fullWidth(text) : text;
}

describe('issue 12 point 2 (property): one number however it is written', () => {
  it('any formatting of a valid mobile or landline normalizes to the same digits', () => {
    fc.assert(
      fc.property(fc.oneof(mobile, landline), style, (national, s) => {
        const text = write(national, s);
        // Digits after a dash are more digits, not a way of writing this number: only 转, 分机, ext
        // and # set an extension apart whatever comes before them.
        fc.pre(text !== null && (s.extension === null || !/^\s*[-—]/.test(s.extension)));
        const read = readPhone(text);
        expect(read).toMatchObject({ ok: true, phone: national, local: false });
        if (s.extension !== null) expect(read).toMatchObject({ extension: s.extension.replace(/\D/g, '') });
      }),
      { numRuns: RUNS },
    );
  });

  // Not a mobile (wrong length, 10/11/12 prefix), not a landline (00…, too long or too short), not a local number.
  const invalid = fc.oneof(
    fc
      .tuple(fc.integer({ min: 3, max: 9 }), fc.constantFrom(8, 10, 11))
      .chain(([b, n]) => digits(n).map((r) => `1${b}${r}`)),
    digits(9).map((r) => `1${['0', '1', '2'][Number(r[0]) % 3]}${r}`),
    fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom(6, 7, 11, 12))
      .chain(([a, n]) => digits(n).map((r) => `0${a}${r}`)),
    fc.constantFrom(7, 8, 9, 10).chain((n) => digits(n).map((r) => `00${r}`)),
    fc
      .tuple(fc.integer({ min: 2, max: 9 }), fc.constantFrom(3, 4, 5, 8, 9, 10))
      .chain(([a, n]) => digits(n).map((r) => `${a}${r}`)),
  );

  // The one reading an invalid string may get: a dash that happens to fall right after a complete
  // landline sets the digits after it apart as an extension (0755-28880016-12). The number read is
  // then that landline, never the invalid digits, and the digits are all accounted for.
  it('no formatting turns an invalid number into a valid one', () => {
    fc.assert(
      fc.property(invalid, style, (national, s) => {
        const text = write(national, s);
        // Digits after a dash are more digits, not a way of writing this number: only 转, 分机, ext
        // and # set an extension apart whatever comes before them.
        fc.pre(text !== null && (s.extension === null || !/^\s*[-—]/.test(s.extension)));
        const read = readPhone(text);
        if (read?.ok && s.extension === null) {
          expect(read.phone).not.toBe(national);
          expect(read.phone).toMatch(/^0/);
          expect(`${read.phone}${read.extension}`).toBe(national.startsWith('0') ? national : `0${national}`);
          expect(/[-\uFF0D—–]\s*[\d\uFF10-\uFF19]+$/.test(text)).toBe(true);
        } else expect(read).toEqual({ ok: false, masked: false });
      }),
      { numRuns: RUNS },
    );
  });
});
