// Issue 15 point 1: every rule id in words, in both languages, with the numbers of the policy in force.
import { clauseIds, getPreset, parsePolicy, PRESET_IDS, ruleClause, type Policy } from '../../src/policy';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulebookIds } from '../rulebook/ruleIds';

const cross = getPreset('cross-customer')!;
const withOverride = (json: Record<string, unknown>): Policy => {
  const r = parsePolicy(json);
  if (!r.ok) throw new Error(r.error.en);
  return r.policy;
};

describe('issue 15.1: rule clauses', () => {
  test('every rulebook rule id has a clause in zh and in en, with every placeholder filled', () => {
    const missing: string[] = [];
    for (const id of rulebookIds()) {
      for (const lang of ['zh', 'en'] as const) {
        const text = ruleClause(id, cross, lang);
        if (!text || text.length < 8) missing.push(`${id} ${lang}`);
        else expect(text).not.toMatch(/[{}]|undefined|NaN|\[object/);
      }
    }
    expect(missing).toEqual([]);
  });

  test('every id of test/rulebook/rule-ids.json has a clause in both languages', () => {
    const ids = JSON.parse(readFileSync(join(__dirname, '..', 'rulebook', 'rule-ids.json'), 'utf8')) as string[];
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => !ruleClause(id, cross, 'zh') || !ruleClause(id, cross, 'en'))).toEqual([]);
  });

  test('no clause names a rule id that the rulebook does not have', () => {
    const known = new Set(rulebookIds());
    expect(clauseIds().filter((id) => !known.has(id))).toEqual([]);
  });

  test('every clause reads well under each preset as the policy in force', () => {
    for (const preset of PRESET_IDS) {
      const policy = getPreset(preset)!;
      for (const id of clauseIds()) expect(ruleClause(id, policy, 'zh')).not.toMatch(/[{}]|undefined|NaN/);
    }
  });

  test('cross-customer/R4.1: an override of 7 to 10 days reads "10 天" / "10 days"', () => {
    expect(ruleClause('cross-customer/R4.1', cross, 'zh')).toContain('7 天');
    const ten = withOverride({ preset: 'cross-customer', claim: { window: { days: 10 } } });
    expect(ruleClause('cross-customer/R4.1', ten, 'zh')).toContain('10 天');
    expect(ruleClause('cross-customer/R4.1', ten, 'zh')).not.toContain('7 天');
    expect(ruleClause('cross-customer/R4.1', ten, 'en')).toContain('10 days');
  });

  test('reception-rotation/R2: a changed split changes the clause', () => {
    const base = getPreset('reception-rotation')!;
    expect(ruleClause('reception-rotation/R2', base, 'zh')).toContain('原归属人 70%、成交人 30%');
    const changed: Policy = {
      ...base,
      deals: {
        ...base.deals,
        byOther: base.deals.byOther.map((r) =>
          r.rule === 'reception-rotation/R2'
            ? { ...r, performance: { owner: 0.6, closer: 0.4 }, commission: { owner: 0.6, closer: 0.4 } }
            : r,
        ),
      },
    };
    expect(ruleClause('reception-rotation/R2', changed, 'zh')).toContain('原归属人 60%、成交人 40%');
  });

  test("a rule of another preset keeps its own preset's numbers; common rules take the policy in force", () => {
    const ten = withOverride({ preset: 'cross-customer', claim: { window: { days: 10 } } });
    expect(ruleClause('marketing-center/R2', ten, 'zh')).toContain('7 天');
    expect(ruleClause('common/DEPARTED', getPreset('tools-filing')!, 'zh')).toContain('营销副总经理');
    expect(ruleClause('common/DEPARTED', cross, 'zh')).toContain('销售经理');
  });

  test('a window switched off reads as no limit; an unknown id has no clause', () => {
    const off = withOverride({ preset: 'cross-customer', claim: { window: null } });
    expect(ruleClause('cross-customer/R4.1', off, 'zh')).toContain('不限期');
    expect(ruleClause('nope/R1', cross, 'zh')).toBeNull();
  });
});
