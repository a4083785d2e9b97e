// Invariants of the engine over random registers (fast-check), for every preset.
import fc from 'fast-check';
import { annotate } from '../../src/engine';
import type { EngineInput, EngineResult, EventRecord } from '../../src/engine/types';
import { getPreset, presetIds } from '../../src/policy';
import { day, input, run, type Row } from '../helpers/scenario';

const CODES = ['V', 'V', 'V', 'C', 'F', 'A', 'W', 'Dp', 'D', 'P', 'R', 'Rep'] as const;
const AGENTS = ['张三', '李四', '王五', null] as const;

const rowArb: fc.Arbitrary<Row> = fc
  .record({
    code: fc.constantFrom(...CODES),
    date: fc.integer({ min: 1, max: 60 }),
    agent: fc.constantFrom(...AGENTS),
    customer: fc.integer({ min: 1, max: 6 }),
    designated: fc.option(fc.constantFrom('张三', '李四', '王五'), { freq: 6 }),
    referrer: fc.option(fc.integer({ min: 1, max: 6 }), { freq: 6 }),
    relation: fc.option(fc.constantFrom('配偶', '兄弟', '同事', '子女'), { freq: 6 }),
    linked: fc.integer({ min: 1, max: 6 }),
    brief: fc.boolean(),
    site: fc.option(fc.constantFrom('市区', '工地'), { freq: 3 }),
    source: fc.option(fc.constantFrom('他司', '业主自行交易', '开发商关系', '外展'), { freq: 6 }),
    time: fc.option(fc.constantFrom('09:00', '14:30', '20:00'), { freq: 3 }),
    entered: fc.option(fc.integer({ min: 0, max: 15 }), { freq: 5 }),
    channel: fc.option(fc.constant('渠道A'), { freq: 4 }),
    noName: fc.boolean(),
    noPhone: fc.integer({ min: 0, max: 11 }),
  })
  .map((r) => {
    const date = `2026-${r.date <= 30 ? '10' : '11'}-${String(((r.date - 1) % 30) + 1).padStart(2, '0')}`;
    const entered = r.entered === null ? undefined : isoPlus(date, r.entered);
    return [
      r.code,
      date,
      r.agent,
      `C${r.customer}`,
      {
        designated: r.designated ?? undefined,
        referrer: r.referrer ? `C${r.referrer}` : undefined,
        relation: r.relation ?? undefined,
        linked: r.relation ? `C${r.linked}` : undefined,
        brief: r.brief,
        site: r.site ?? undefined,
        source: r.source ?? undefined,
        time: r.time ?? undefined,
        entered,
        channel: r.code === 'Rep' ? (r.channel ?? undefined) : undefined,
        name: r.noName && r.customer % 2 === 0 ? null : undefined,
        // Now and then a row without a phone (a weak row; on a deal row, decide/D22).
        noPhone: r.noPhone === 0 ? true : undefined,
        amount: 1_000_000,
      },
    ] as Row;
  });

function isoPlus(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const scenarioArb = fc.record({
  preset: fc.constantFrom(...presetIds()),
  rows: fc.array(rowArb, { minLength: 1, maxLength: 25 }),
  staff: fc.array(
    fc.tuple(
      fc.constantFrom('张三', '李四', '王五'),
      fc.constantFrom('rest', 'departed') as fc.Arbitrary<'rest' | 'departed'>,
      fc.integer({ min: 1, max: 60 }),
    ),
    { maxLength: 2 },
  ),
  rulings: fc.array(
    fc.tuple(
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 1, max: 6 }),
      fc.constantFrom('张三', '李四', '王五', '公海'),
      fc.constantFrom('经理分配', '投诉，非顾问原因，指定接待'),
    ),
    { maxLength: 2 },
  ),
  asOf: fc.integer({ min: 1, max: 120 }),
});

const dayN = (n: number) => day('2026-10-01') + n - 1;

type Generated = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(sc: Generated): { inp: EngineInput; asOf: number } {
  const inp = input({
    preset: sc.preset,
    rows: sc.rows,
    staff: sc.staff.map(([n, st, d]) => [n, st, isoPlus('2026-10-01', d - 1)]),
    rulings: sc.rulings.map(([d, c, o, why]) => [isoPlus('2026-10-01', d - 1), `C${c}`, o, why]),
  });
  return { inp, asOf: dayN(sc.asOf) };
}

const policyOf = (id: string) => {
  const p = getPreset(id);
  if (!p) throw new Error(id);
  return p;
};

/** Rows point at deals by index; compare deals through the row's reference instead. */
function canonical(r: EngineResult) {
  return { ...r, rows: r.rows.map((x) => ({ ...x, deal: x.deal === null ? null : r.deals[x.deal].ref })) };
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const RUNS = { numRuns: Number(process.env.GUISHU_PROPERTY_RUNS ?? 150) };

describe('engine invariants', () => {
  test('the result does not depend on row order', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 1e6 }), (sc, seed) => {
        const { inp, asOf } = build(sc);
        const policy = policyOf(sc.preset);
        const a = annotate(inp, policy, asOf);
        const b = annotate(
          {
            ...inp,
            events: shuffled(inp.events, seed),
            rulings: shuffled(inp.rulings, seed + 1),
            issues: shuffled(inp.issues, seed + 2),
          },
          policy,
          asOf,
        );
        expect(canonical(b)).toEqual(canonical(a));
      }),
      RUNS,
    );
  });

  test('channel-confirm R4: household ties written on several rows are judged the same whatever the row order (a case the property found)', () => {
    const rows: Row[] = [
      ['V', '2026-10-01', '王五', 'C1'],
      ['V', '2026-10-02', '张三', 'C1', { relation: '配偶', linked: 'C3' }],
      ['V', '2026-10-01', '张三', 'C2', { relation: '兄弟', linked: 'C3' }],
      ['R', '2026-10-02', '张三', 'C3', { relation: '配偶', linked: 'C4' }],
    ];
    const kinds = (rs: Row[]) =>
      run({ preset: 'channel-confirm', rows: rs }, '2026-10-03').conflicts.map((c) => c.kind);
    expect(kinds(rows)).toEqual(kinds([rows[2], rows[3], rows[0], rows[1]] as Row[]));
    expect(kinds([...rows].reverse())).toEqual(kinds(rows));
  });

  test('a referral cycle is judged the same whatever the row order (a case the property found)', () => {
    // C1 and C3 name each other as referrer on the same day: the customer folded first is the
    // one whose referrer goes uncredited, so the fold order must not follow the sheet.
    const rows: Row[] = [
      ['P', '2026-10-01', '张三', 'C1', { referrer: 'C3', amount: 1000000 }],
      ['V', '2026-10-01', '张三', 'C3', { referrer: 'C1', amount: 1000000 }],
    ];
    const policy = policyOf('dafang');
    const inp = input({ preset: 'dafang', rows });
    const forward = annotate(inp, policy, dayN(1));
    const backward = annotate({ ...inp, events: [...inp.events].reverse() }, policy, dayN(1));
    expect(canonical(backward)).toEqual(canonical(forward));
  });

  test('decide/D22: a weak deal lists the customers of its name in row order, whatever the row order (a case the property found)', () => {
    const weak = { noPhone: true, amount: 1000000 } as const;
    const rows: Row[] = [
      ['V', '2026-10-01', '张三', 'C2', weak],
      ['V', '2026-10-01', '张三', 'C2', weak],
      ['P', '2026-10-01', '张三', 'C2', weak],
      ['V', '2026-10-01', '张三', 'C1', weak],
    ];
    const policy = policyOf('park-report');
    const inp = input({ preset: 'park-report', rows });
    const forward = annotate(inp, policy, dayN(1));
    const shuffledBack = annotate({ ...inp, events: shuffled(inp.events, 3) }, policy, dayN(1));
    expect(canonical(shuffledBack)).toEqual(canonical(forward));
    const check = forward.conflicts.find((c) => c.kind === 'unverified-deal')!.reason.zh;
    expect(check).toMatch(/同名客户见 \(来访登记 第2行\)、\(来访登记 第3行\)/);
  });

  test('performance and commission shares of every deal each sum to 1', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { inp, asOf } = build(sc);
        for (const d of annotate(inp, policyOf(sc.preset), asOf).deals) {
          for (const shares of [d.performance, d.commission]) {
            const values = Object.values(shares);
            expect(values.length).toBeGreaterThan(0);
            for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
            expect(Math.abs(values.reduce((x, y) => x + y, 0) - 1)).toBeLessThan(1e-9);
          }
        }
      }),
      RUNS,
    );
  });

  test('every customer, row, deal, conflict and change cites at least one rule id', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { inp, asOf } = build(sc);
        const r = annotate(inp, policyOf(sc.preset), asOf);
        const bare = [
          ...r.customers.filter((c) => c.reason.rules.length === 0).map((c) => c.id),
          ...r.rows.filter((x) => x.reason.rules.length === 0).map((x) => `${x.ref.sheet}!${x.ref.row}`),
          ...r.deals.filter((d) => d.reason.rules.length === 0).map((d) => `deal ${d.ref.row}`),
          ...r.conflicts.filter((c) => c.reason.rules.length === 0).map((c) => `conflict ${c.ref.row}`),
          ...r.changes.filter((c) => c.rules.length === 0).map((c) => `change ${c.customerId}`),
        ];
        expect(bare).toEqual([]);
      }),
      RUNS,
    );
  });

  test('every customer and deal reason names an evidence row in both languages', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { inp, asOf } = build(sc);
        const r = annotate(inp, policyOf(sc.preset), asOf);
        const unnamed = [...r.customers.map((c) => c.reason), ...r.deals.map((d) => d.reason)].filter(
          (x) => !/第\d+行/.test(x.zh) || !/row \d+/.test(x.en),
        );
        expect(unnamed).toEqual([]);
      }),
      RUNS,
    );
  });

  test('every deal row appears in the deals exactly once or is listed as a duplicate (decide/D22, D23)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 24 }), (sc, copy) => {
        const { inp, asOf } = build(sc);
        // Copy one row to the end of the register now and then: a repeated row (decide/D23).
        const source = inp.events[copy % inp.events.length];
        const last = Math.max(...inp.events.filter((e) => e.ref.sheet === source.ref.sheet).map((e) => e.ref.row));
        const events =
          copy < 12 ? [...inp.events, { ...source, ref: { sheet: source.ref.sheet, row: last + 1 } }] : inp.events;
        const r = annotate({ ...inp, events }, policyOf(sc.preset), asOf);
        const key = (x: { sheet: string; row: number }) => `${x.sheet}!${x.row}`;
        const dealRows = events
          .filter((e) => e.day <= asOf && (e.kind === 'deposit' || e.kind === 'deal' || e.kind === 'payment'))
          .map((e) => key(e.ref))
          .sort();
        const listed = [...r.deals.map((d) => key(d.ref)), ...r.duplicates.map((d) => key(d.ref))].sort();
        expect(listed).toEqual(dealRows);
        // A copy points at a row that is counted.
        const counted = new Set(r.deals.map((d) => key(d.ref)));
        for (const d of r.duplicates) expect(counted.has(key(d.of))).toBe(true);
      }),
      RUNS,
    );
  });

  test('adding an unrelated customer changes no other result', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(rowArb, { minLength: 1, maxLength: 8 }), (sc, extraRows) => {
        const { inp, asOf } = build(sc);
        const policy = policyOf(sc.preset);
        // The newcomer has its own phones and names no one: C90+, no referrer, no link.
        const extra: EventRecord[] = input({
          preset: sc.preset,
          rows: extraRows.map(
            ([code, date, agent, c, o]) =>
              [
                code,
                date,
                agent,
                `C9${c.slice(1)}`,
                { ...o, referrer: undefined, linked: undefined, relation: undefined },
              ] as Row,
          ),
        }).events.map((e) => ({ ...e, ref: { sheet: '来访登记 新', row: e.ref.row } }));
        const a = canonical(annotate(inp, policy, asOf));
        const b = canonical(annotate({ ...inp, events: [...inp.events, ...extra] }, policy, asOf));
        const ids = new Set(a.customers.map((c) => c.id));
        expect(b.customers.filter((c) => ids.has(c.id))).toEqual(a.customers);
        expect(b.rows.filter((x) => x.ref.sheet !== '来访登记 新')).toEqual(a.rows);
        expect(b.deals.filter((d) => ids.has(d.customerId))).toEqual(a.deals);
        expect(b.conflicts.filter((c) => ids.has(c.customerId))).toEqual(a.conflicts);
      }),
      RUNS,
    );
  });
});
