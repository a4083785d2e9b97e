// Rulebook §7: every scenario row is an acceptance test, named `<preset> #<n>`.
import { isoOfDay } from '../../src/engine/calendar';
import { monthSummary } from '../../src/engine';
import { getPreset } from '../../src/policy';
import { customer, day, dealsOf, REGISTER, run, view } from '../helpers/scenario';
import { EXTRA } from './extra';
import { OUTCOMES } from './outcomes';
import { CASES, type Check } from './table';

function verify(c: (typeof CASES)[number], check: Check): void {
  const result = run({ preset: c.preset, rows: c.rows, staff: c.staff, rulings: c.rulings }, check.asOf);
  const where = `${c.name}${check.asOf ? ` as of ${check.asOf}` : ''}`;
  if ('customer' in check) {
    const v = view(result, check.customer);
    const got: Record<string, unknown> = {};
    const want: Record<string, unknown> = {};
    for (const k of ['owner', 'ownerKind', 'status', 'through', 'label'] as const) {
      if (check[k] !== undefined) {
        got[k] = v[k];
        want[k] = check[k];
      }
    }
    expect({ where, ...got }).toEqual({ where, ...want });
    if (check.rule) expect({ where, rules: v.rules }).toEqual({ where, rules: expect.arrayContaining([check.rule]) });
  } else if ('deal' in check) {
    const deals = dealsOf(result, check.deal);
    expect({ where, count: deals.length > 0 }).toEqual({ where, count: true });
    const d = deals[deals.length - 1];
    if (check.performance)
      expect({ where, performance: d.performance }).toEqual({ where, performance: check.performance });
    if (check.commission) expect({ where, commission: d.commission }).toEqual({ where, commission: check.commission });
    if (check.category !== undefined)
      expect({ where, category: d.category }).toEqual({ where, category: check.category });
    if (check.owed !== undefined) expect({ where, owed: d.owed }).toEqual({ where, owed: check.owed });
    if (check.rule) expect({ where, rules: d.rules }).toEqual({ where, rules: expect.arrayContaining([check.rule]) });
  } else if ('conflict' in check) {
    const found = result.conflicts.filter((x) => x.kind === check.conflict);
    expect({ where, kinds: result.conflicts.map((x) => x.kind), found: found.length > 0 }).toEqual({
      where,
      kinds: expect.anything(),
      found: true,
    });
    if (check.rule)
      expect({ where, rules: found.flatMap((x) => x.reason.rules) }).toEqual({
        where,
        rules: expect.arrayContaining([check.rule]),
      });
    if (check.without)
      expect({ where, rules: found.flatMap((x) => x.reason.rules) }).toEqual({
        where,
        rules: expect.not.arrayContaining([check.without]),
      });
  } else if ('row' in check) {
    const rows = result.rows.filter((r) => r.ref.row === check.row && r.ref.sheet === (check.sheet ?? REGISTER));
    expect({ where, row: check.row, rules: rows.flatMap((r) => r.reason.rules) }).toEqual({
      where,
      row: check.row,
      rules: expect.arrayContaining([check.rule]),
    });
  } else if ('flag' in check) {
    const policy = getPreset(c.preset);
    if (!policy) throw new Error(c.preset);
    const summary = monthSummary(result, policy, day(`${check.month}-01`));
    const a = summary.agents.find((x) => x.agent === check.agent);
    expect({ where, flags: a?.flags.map((f) => f.rule) }).toEqual({ where, flags: [check.flag] });
  } else if ('noConflict' in check) {
    expect(result.conflicts.filter((x) => x.kind === check.noConflict)).toEqual([]);
  } else {
    const i = result.issues.find(
      (x) =>
        x.sheet === check.issue.sheet &&
        x.row === check.issue.row &&
        (!check.issue.level || x.level === check.issue.level),
    );
    expect({ where, issues: result.issues, found: !!i }).toEqual({ where, issues: expect.anything(), found: true });
  }
}

describe('rulebook §7 scenarios', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    for (const check of c.checks) verify(c, check);
  });

  test('there are 78 scenario rows', () => {
    expect(CASES).toHaveLength(78);
  });
});

describe('rule tests beyond the scenario rows', () => {
  test.each(EXTRA.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    for (const check of c.checks) verify(c, check);
  });
});

describe('deal and outcome decisions of rulebook §10', () => {
  test.each(OUTCOMES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    for (const check of c.checks) verify(c, check);
  });
});

// Keep helpers referenced for readers who extend the table.
void customer;
void isoOfDay;
