import { getPreset, parsePolicy, PRESET_IDS, presetIds, describePolicy } from '../../src/policy';
import { policySchema } from '../../src/policy/schema';
import { PRESETS } from '../../src/policy/presets';
import { rulebookIds } from '../rulebook/ruleIds';

describe('presets as data', () => {
  test('all fifteen contract ids exist and each validates against the one schema', () => {
    expect([...presetIds()].sort()).toEqual([...PRESET_IDS].sort());
    expect(PRESETS).toHaveLength(15);
    for (const p of PRESETS) expect(policySchema.safeParse(p).success).toBe(true);
  });

  test('every rule id a preset cites exists in the rulebook', () => {
    const known = new Set(rulebookIds());
    const cited = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v === 'string' && /^[a-z-]+\/[A-Za-z0-9.-]+$/.test(v)) cited.add(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    PRESETS.forEach(walk);
    expect([...cited].filter((id) => !known.has(id))).toEqual([]);
  });

  test('a policy file overrides numbers and is validated by the same schema', () => {
    const r = parsePolicy({ preset: 'cross-customer', claim: { window: { days: 10 } }, warnDays: 2 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.policy.claim.window).toEqual({ days: 10 });
      expect(r.policy.claim.rule).toBe('cross-customer/R1');
      expect(r.policy.warnDays).toBe(2);
    }
  });

  test.each([
    [{ preset: 'nope' }, /未知预设/],
    [{ claim: {} }, /缺少 preset/],
    [{ preset: 'cross-customer', claim: { windw: 3 } }, /claim\.windw/],
    [{ preset: 'cross-customer', claim: { window: { days: -1 } } }, /claim\.window\.days/],
    [
      {
        preset: 'reception-rotation',
        deals: {
          byOther: [
            {
              when: 'always',
              performance: { owner: 0.7, closer: 0.7 },
              commission: 'owner',
              rule: 'reception-rotation/R2',
            },
          ],
        },
      },
      /deals\.byOther\.0\.performance（业绩）应为 .*owner \+ closer = 1/,
    ],
    ['not an object', /JSON 对象/],
  ])('a bad policy file is refused with one clear line: %j', (json, message) => {
    const r = parsePolicy(json);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.zh).toMatch(message);
      expect(r.error.zh).not.toMatch(/\n/);
      expect(r.error.en.length).toBeGreaterThan(5);
    }
  });

  test('describePolicy lists the numbers a manager may change', () => {
    const lines = describePolicy(getPreset('park-report')!, 'zh');
    expect(lines[0]).toContain('park-report');
    expect(lines[1]).toContain('3m');
    expect(describePolicy(getPreset('reception-rotation')!, 'en')[1]).toContain('70/30');
  });
});
