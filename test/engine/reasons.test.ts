// Issue 12 point 11: reasons say the policy's own numbers and words, and every credit cites the
// rule that decided it. Each test overrides a preset (as a --policy file would) and reads the reason.
import { parsePolicy, type Policy } from '../../src/policy';
import { dealsOf, run, view, type Row } from '../helpers/scenario';

function policy(json: Record<string, unknown>): Policy {
  const parsed = parsePolicy(json);
  if (!parsed.ok) throw new Error(parsed.error.en);
  return parsed.policy;
}

const reasonsOf = (r: ReturnType<typeof run>) => [
  ...r.rows.map((x) => x.reason),
  ...r.customers.map((x) => x.reason),
  ...r.deals.map((x) => x.reason),
  ...r.conflicts.map((x) => x.reason),
];
const zhOf = (r: ReturnType<typeof run>) =>
  reasonsOf(r)
    .map((x) => x.zh)
    .join('\n');
const enOf = (r: ReturnType<typeof run>) =>
  reasonsOf(r)
    .map((x) => x.en)
    .join('\n');

describe('issue 12 point 11: the policy’s own numbers', () => {
  test('channel-confirm R1: an overridden leadMinutes is said in hours, never 半天', () => {
    const rows: Row[] = [
      ['Rep', '11-10', null, 'C1', { channel: '渠道A', time: '09:00' }],
      ['V', '11-10', '张三', 'C1', { time: '12:00' }],
    ];
    const p = policy({
      preset: 'channel-confirm',
      filing: { leadMinutes: { minutes: 240, rule: 'channel-confirm/R1' } },
    });
    const r = run({ preset: 'channel-confirm', rows, policy: p }, '11-10');
    expect(zhOf(r)).toContain('距到访不足 4 小时');
    expect(enOf(r)).toContain('less than 4 hours');
    expect(zhOf(r)).not.toContain('半天');
  });

  test('channel-confirm R1: the preset’s 720 minutes read as 12 小时', () => {
    const rows: Row[] = [
      ['Rep', '11-10', null, 'C1', { channel: '渠道A', time: '20:00' }],
      ['V', '11-11', '张三', 'C1', { time: '07:00' }],
    ];
    const r = run({ preset: 'channel-confirm', rows }, '11-11');
    expect(zhOf(r)).toContain('距到访不足 12 小时');
  });

  test('walk-in-desk R4: an overridden day count is said, never 三日内', () => {
    const rows: Row[] = [
      ['V', '11-01', '张三', 'C1'],
      ['F', '11-05', '张三', 'C1'],
      ['V', '11-10', '李四', 'C1'],
    ];
    const p = policy({ preset: 'walk-in-desk', claim: { offDayShare: { days: 5, rule: 'walk-in-desk/R4' } } });
    const r = run({ preset: 'walk-in-desk', rows, staff: [['张三', 'rest', '11-10']], policy: p }, '11-10');
    expect(view(r, 'C1').owner).toBe('张三');
    expect(zhOf(r)).toContain('休息且 5 日内有跟进');
    expect(zhOf(r)).not.toContain('三日内');
    expect(enOf(r)).toContain('in the 5 days before');
  });

  test('brokerage-viewing R1: the rate is the policy’s, written as a manager writes it', () => {
    const rows: Row[] = [
      ['W', '2026-01-10', '张三', 'C1'],
      ['D', '2026-11-01', null, 'C1', { source: '他司', amount: 2_000_000 }],
    ];
    const p = policy({ preset: 'brokerage-viewing', owed: { rate: 0.07 } });
    const r = run({ preset: 'brokerage-viewing', rows, policy: p });
    expect(dealsOf(r, 'C1')[0].owed).toEqual({ agent: '张三', amount: 140_000 });
    expect(zhOf(r)).toContain('（7%）');
  });
});

describe('issue 12 point 11: the policy’s own words', () => {
  test('deal-attribution R7: the team’s source words come from the policy', () => {
    const rows: Row[] = [
      ['V', '11-01', '李四', 'C7', { source: '物业关系' }],
      ['D', '11-01', '李四', 'C7'],
    ];
    const p = policy({
      preset: 'deal-attribution',
      team: { sources: ['物业关系'], label: '项目全体', rule: 'deal-attribution/R7' },
    });
    const r = run({ preset: 'deal-attribution', rows, policy: p });
    expect(dealsOf(r, 'C7')[0].performance).toEqual({ 项目全体: 1 });
    expect(zhOf(r)).toContain('经物业关系首访即成交');
    expect(zhOf(r)).not.toContain('开发商');
  });

  test('case-field R10a: the complaint words come from the policy', () => {
    const rows: Row[] = [['V', '11-01', '张三', 'C1']];
    const p = policy({ preset: 'case-field', complaint: { reassignWords: ['客诉'] } });
    const byWord = run(
      { preset: 'case-field', rows, rulings: [['11-05', 'C1', '李四', '客诉，改派']], policy: p },
      '11-06',
    );
    expect(view(byWord, 'C1').rules).toContain('case-field/R10a');
    // 投诉 is no longer the policy's word: a plain ruling.
    const old = run(
      { preset: 'case-field', rows, rulings: [['11-05', 'C1', '李四', '投诉，改派']], policy: p },
      '11-06',
    );
    expect(view(old, 'C1').rules).not.toContain('case-field/R10a');
    expect(view(old, 'C1').owner).toBe('李四');
  });

  test('developer-direct R3: the discount words come from the policy', () => {
    const rows: Row[] = [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-10', '张三', 'C1', { source: '甲方特价' }],
    ];
    const p = policy({ preset: 'developer-direct', category: { discountWords: ['特价'] } });
    expect(dealsOf(run({ preset: 'developer-direct', rows, policy: p }), 'C1')[0].rules).toContain(
      'developer-direct/R3',
    );
    expect(dealsOf(run({ preset: 'developer-direct', rows }), 'C1')[0].rules).not.toContain('developer-direct/R3');
  });
});

describe('issue 12 point 11: every credit cites the rule that decided it', () => {
  test('walk-in-desk R5: a deal by the agent the customer named cites R5, not R2', () => {
    const rows: Row[] = [
      ['V', '11-01', '李四', 'C2', { designated: '张三' }],
      ['D', '11-03', '张三', 'C2'],
    ];
    const d = dealsOf(run({ preset: 'walk-in-desk', rows }), 'C2')[0];
    expect(d.performance).toEqual({ 张三: 1 });
    expect(d.rules).toContain('walk-in-desk/R5');
    expect(d.rules).not.toContain('walk-in-desk/R2');
  });

  test('walk-in-desk R2: a deal by the receiving agent cites the preset’s own deal rule', () => {
    const rows: Row[] = [
      ['V', '11-01', '张三', 'C1'],
      ['D', '11-03', '张三', 'C1'],
    ];
    expect(dealsOf(run({ preset: 'walk-in-desk', rows }), 'C1')[0].rules).toContain('walk-in-desk/R2');
  });

  test('dafang R3: a deal by the referred customer’s agent cites the referral', () => {
    const rows: Row[] = [
      ['D', '11-01', '张三', 'C1'],
      ['V', '11-10', '张三', 'C2', { referrer: 'C1' }],
      ['D', '11-12', '张三', 'C2'],
    ];
    expect(dealsOf(run({ preset: 'dafang', rows }), 'C2')[0].rules).toContain('dafang/R3');
  });
});
