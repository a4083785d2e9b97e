// Issue 15 point 2: presets described by what they do, generated from their data.
import {
  businessKind,
  describeWhatItDoes,
  getPreset,
  parsePolicy,
  PRESET_IDS,
  presetsByKind,
  sourceNote,
} from '../../src/policy';
import { PRESETS } from '../../src/policy/presets';

const over = (json: Record<string, unknown>) => {
  const r = parsePolicy(json);
  if (!r.ok) throw new Error(r.error.en);
  return r.policy;
};

describe('issue 15.2: preset descriptions', () => {
  test('cross-customer reads by what it does', () => {
    const text = describeWhatItDoes(getPreset('cross-customer')!, 'zh');
    expect(text).toContain('7 天无跟进释放');
    expect(text).toContain('仅来电客户被他人成交：业绩与佣金双方平分');
    expect(text).not.toContain('交叉客户判定');
    expect(sourceNote(getPreset('cross-customer')!, 'zh')).toContain('交叉客户判定及分单制度');
  });

  test('changing a number in a policy changes the description', () => {
    expect(describeWhatItDoes(over({ preset: 'cross-customer', claim: { window: { days: 10 } } }), 'zh')).toContain(
      '10 天无跟进释放',
    );
    expect(
      describeWhatItDoes(over({ preset: 'marketing-center', claim: { callWindow: { days: 20 } } }), 'en'),
    ).toContain('call customers 20 days');
    const base = getPreset('reception-rotation')!;
    const split = {
      ...base,
      deals: {
        ...base.deals,
        byOther: base.deals.byOther.map((r) =>
          r.when === 'always'
            ? { ...r, performance: { owner: 0.6, closer: 0.4 }, commission: { owner: 0.6, closer: 0.4 } }
            : r,
        ),
      },
    };
    expect(describeWhatItDoes(base, 'zh')).toContain('原归属人 70%、成交人 30%');
    expect(describeWhatItDoes(split, 'zh')).toContain('原归属人 60%、成交人 40%');
    expect(describeWhatItDoes(over({ preset: 'brokerage-viewing', owed: { rate: 0.02 } }), 'zh')).toContain('2%');
  });

  test('every preset has a description in both languages and one kind of business; the groups cover all', () => {
    for (const id of PRESET_IDS) {
      const p = getPreset(id)!;
      expect(describeWhatItDoes(p, 'zh').length).toBeGreaterThan(6);
      expect(describeWhatItDoes(p, 'en').replace(/\([^)]*\)/g, '')).not.toMatch(/[\u4e00-\u9fff]{4,}/);
      expect(['new-home', 'channel', 'b2b']).toContain(businessKind(id));
    }
    expect(
      presetsByKind(PRESETS)
        .flatMap((g) => g.presets.map((p) => p.id))
        .sort(),
    ).toEqual([...PRESET_IDS].sort());
  });

  test('two presets that differ in data read differently', () => {
    const texts = new Set(PRESET_IDS.map((id) => describeWhatItDoes(getPreset(id)!, 'zh')));
    expect(texts.size).toBe(PRESET_IDS.length);
  });
});
