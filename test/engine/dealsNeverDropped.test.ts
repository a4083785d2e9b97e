// Issue 12 point 9, decide/D22 and decide/D23: no deal is ever dropped or paid unseen, and a
// purchase never pays twice on 月结.
import { annotate, dealTally, monthSummary, tallyText } from '../../src/engine';
import { getPreset } from '../../src/policy';
import { day, input, REGISTER, run, type Row } from '../helpers/scenario';

const policy = (id: string) => {
  const p = getPreset(id);
  if (!p) throw new Error(id);
  return p;
};

describe('decide/D22: a deal row the engine cannot tie to a customer', () => {
  // 王先生 has no phone on the deal row: its own customer, closed, 100% to 李四.
  const rows: Row[] = [
    ['V', '11-08', '张三', 'C1', { name: '王先生' }],
    ['D', '11-10', '李四', 'C9', { name: '王先生', noPhone: true }],
  ];
  const result = run({ preset: 'cross-customer', rows }, '11-10');
  const deal = result.deals.find((d) => d.ref.row === 3);

  test('decide/D22: counts 100% for its agent, marked unverified', () => {
    expect(deal).toBeDefined();
    expect(deal?.performance).toEqual({ 李四: 1 });
    expect(deal?.commission).toEqual({ 李四: 1 });
    expect(deal?.unverified).toBe(true);
    expect(deal?.reason.rules).toEqual(expect.arrayContaining(['common/ID-VALID', 'decide/D22']));
  });

  test('decide/D22: its own customer c-name-<sheet>-<row>, closed; the namesake keeps its owner', () => {
    const own = result.customers.find((c) => c.id === `c-name-${REGISTER}-3`);
    expect(own?.status).toBe('closed');
    expect(own?.protectedThrough).toBeNull();
    expect(own?.reason.zh).not.toContain('无保护期限');
    expect(deal?.customerId).toBe(`c-name-${REGISTER}-3`);
    const namesake = result.customers.find((c) => c.phones.length > 0);
    expect(namesake?.owner.name).toBe('张三');
  });

  test('decide/D22: on 冲突 naming the customer of that name, and on 问题', () => {
    const c = result.conflicts.find((x) => x.kind === 'unverified-deal');
    expect(c?.reason.zh).toContain(`${REGISTER} 第2行`);
    expect(c?.reason.en).toContain('row 2');
    expect(result.issues.some((i) => i.row === 3 && i.level === 'weak' && i.message.includes('待核实'))).toBe(true);
  });

  test('decide/D22: the summary says how many deals await a check; 月结 counts and flags it', () => {
    const tally = dealTally(result);
    expect(tally).toMatchObject({ deals: 1, unverified: 1 });
    expect(tallyText(tally).zh).toBe('成交 1 笔，其中 1 笔待核实');
    expect(tallyText(tally).en).toBe('Deals: 1, 1 of them to verify');
    const month = monthSummary(result, policy('cross-customer'), day('11-01'));
    const li = month.agents.find((a) => a.agent === '李四');
    expect(li).toMatchObject({ deals: 1, unverified: 1, performance: 1, commission: 1 });
    expect(li?.flags.map((f) => f.rule)).toEqual(['decide/D22']);
  });
});

describe('decide/D23: a repeated deal row', () => {
  const rows: Row[] = [
    ['V', '11-01', '张三', 'C1'],
    ['D', '11-05', '张三', 'C1', { amount: 500_000 }],
    ['D', '11-05', '张三', 'C1', { amount: 500_000 }],
    // Differs in the amount: a separate order.
    ['D', '11-05', '张三', 'C1', { amount: 20_000 }],
  ];
  const result = run({ preset: 'dafang', rows }, '11-30');

  test('decide/D23: listed with the row it repeats and counted once', () => {
    expect(result.deals.map((d) => d.ref.row)).toEqual([3, 5]);
    expect(result.duplicates).toEqual([
      { ref: { sheet: REGISTER, row: 4 }, of: { sheet: REGISTER, row: 3 }, customerId: 'c-13800000001' },
    ]);
    const row = result.rows.find((r) => r.ref.row === 4);
    expect(row?.reason.rules).toEqual(['decide/D23']);
    expect(row?.deal).toBeNull();
    expect(result.issues.some((i) => i.row === 4 && i.message.includes('第3行'))).toBe(true);
  });

  test('decide/D23: 月结 pays the purchase once', () => {
    const month = monthSummary(result, policy('dafang'), day('11-01'));
    expect(month.agents.find((a) => a.agent === '张三')).toMatchObject({ deals: 2, performance: 2 });
    expect(tallyText(dealTally(result)).zh).toBe('成交 2 笔，另有 1 行重复登记，未重复计入');
  });

  test('decide/D23: the earliest row is the one counted, whatever the rows’ order', () => {
    const given = input({ preset: 'dafang', rows });
    const reversed = annotate({ ...given, events: [...given.events].reverse() }, policy('dafang'), day('11-30'));
    expect(reversed.duplicates.map((d) => [d.ref.row, d.of.row])).toEqual([[4, 3]]);
    expect(reversed.deals.map((d) => d.ref.row)).toEqual([3, 5]);
  });

  test('decide/D23: rows differing in time are separate deals', () => {
    const timed = run(
      {
        preset: 'dafang',
        rows: [
          rows[0],
          ['D', '11-05', '张三', 'C1', { amount: 1, time: '10:00' }],
          ['D', '11-05', '张三', 'C1', { amount: 1, time: '15:00' }],
        ],
      },
      '11-30',
    );
    expect(timed.deals).toHaveLength(2);
    expect(timed.duplicates).toEqual([]);
  });
});
