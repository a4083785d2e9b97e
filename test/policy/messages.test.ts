// Errors point 1: a bad policy file or bad stored settings are refused with one sentence in the
// user's language that names the setting, what it must be and what it is; never zod's own text.
import { parsePolicy } from '../../src/policy';
import { policySchema } from '../../src/policy/schema';
import { describeIssues } from '../../src/policy/messages';

const ZOD_TEXT = /Invalid input|Invalid option|Expected|expected|received|zod/;

function refused(json: unknown): { zh: string; en: string } {
  const r = parsePolicy(json);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('accepted');
  return r.error;
}

describe('errors point 1: policy issues in words, by path and kind', () => {
  test('a bad choice names the setting and its allowed values in each language', () => {
    const e = refused({ preset: 'cross-customer', claim: { from: 'visit' } });
    expect(e.zh).toBe('claim.from（保护期起算）应为 以下之一：claim、contact，现为 "visit"');
    expect(e.en).toBe('claim.from (protection counted from) must be one of claim, contact; it is "visit"');
  });

  test('a bad number says the range in Chinese in Chinese mode, never the English words', () => {
    const e = refused({ preset: 'cross-customer', claim: { window: { days: -1 } } });
    expect(e.zh).toBe('claim.window.days（保护期 › 天）应为 0 到 100000 的整数，现为 -1');
    expect(e.zh).not.toMatch(/whole|number|Invalid/);
    expect(e.en).toBe('claim.window.days (Protection › days) must be a whole number from 0 to 100000; it is -1');
  });

  test('a fraction, a split, a type, a rule id and a list position are each said in words', () => {
    expect(refused({ preset: 'cross-customer', owed: { rate: 2 } }).zh).toMatch(/owed\.rate（应付比例）应为 0 到 1/);
    const split = refused({
      preset: 'reception-rotation',
      deals: {
        byOther: [{ when: 'always', performance: { owner: 0.7, closer: 0.7 }, commission: 'owner', rule: 'x/R1' }],
      },
    });
    expect(split.zh).toMatch(/^deals\.byOther\.0\.performance（业绩）应为 .*owner \+ closer = 1/);
    expect(refused({ preset: 'cross-customer', claim: { by: 'visit' } }).en).toMatch(
      /claim\.by \(kinds that give an owner\) must be a list/,
    );
    expect(refused({ preset: 'cross-customer', claim: { rule: 'R1' } }).zh).toMatch(
      /claim\.rule 应为 规则编号（如 case-field\/R4），现为 "R1"/,
    );
    expect(refused({ preset: 'cross-customer', claim: { by: ['visit', 'walk'] } }).en).toMatch(
      /^claim\.by\.1 \(kinds that give an owner\) must be one of visit, call, /,
    );
  });

  test('many problems: three said, then how many more; never zod text, always one line', () => {
    const e = refused({
      preset: 'cross-customer',
      warnDays: -1,
      alertDays: 'x',
      claim: { from: 1, lapseTo: 2, others: 3 },
    });
    expect(e.zh).toMatch(/；另有 2 处$/);
    expect(e.en).toMatch(/; 2 more$/);
    for (const s of [e.zh, e.en]) {
      expect(s).not.toMatch(ZOD_TEXT);
      expect(s).not.toMatch(/\n/);
    }
  });

  test('every custom check of the schema has its words (no fallback to a generic sentence)', () => {
    // Break every value of a valid preset in turn: no issue may fall back to "a valid value".
    const base = JSON.parse(JSON.stringify(require('../../src/policy').getPreset('reception-rotation')));
    const walk = (v: unknown, path: (string | number)[]): (string | number)[][] =>
      v !== null && typeof v === 'object'
        ? Object.entries(v).flatMap(([k, x]) => walk(x, [...path, Array.isArray(v) ? Number(k) : k]))
        : [path];
    for (const path of walk(base, [])) {
      const copy = JSON.parse(JSON.stringify(base));
      let o = copy;
      for (const p of path.slice(0, -1)) o = o[p];
      o[path[path.length - 1]!] = Symbol.for('bad') as never;
      const r = policySchema.safeParse(copy);
      if (r.success) continue;
      for (const lang of ['zh', 'en'] as const) {
        const text = describeIssues(r.error, copy, lang);
        expect(text).not.toMatch(/有效的值|a valid value/);
        expect(text).not.toMatch(ZOD_TEXT);
      }
    }
  });
});
