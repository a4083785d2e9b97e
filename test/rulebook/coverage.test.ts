// Every rule id of the rulebook is cited by at least one decision in the rule tests.
import { monthSummary } from '../../src/engine';
import type { EngineResult } from '../../src/engine/types';
import { getPreset } from '../../src/policy';
import { run } from '../helpers/scenario';
import { EXTRA } from './extra';
import { rulebookIds } from './ruleIds';
import { CASES } from './table';

function cited(result: EngineResult): string[] {
  return [
    ...result.customers.flatMap((c) => c.reason.rules),
    ...result.rows.flatMap((r) => r.reason.rules),
    ...result.deals.flatMap((d) => d.reason.rules),
    ...result.conflicts.flatMap((c) => c.reason.rules),
    ...result.changes.flatMap((c) => c.rules),
  ];
}

test('every rulebook rule id is cited by a scenario or an extra rule test', () => {
  const seen = new Set<string>();
  for (const c of [...CASES, ...EXTRA]) {
    const asOfs = new Set(c.checks.map((k) => k.asOf));
    for (const asOf of asOfs) {
      const result = run({ preset: c.preset, rows: c.rows, staff: c.staff, rulings: c.rulings }, asOf);
      for (const id of cited(result)) seen.add(id);
      const policy = getPreset(c.preset);
      if (policy) for (const a of monthSummary(result, policy, result.asOf).agents) for (const f of a.flags) seen.add(f.rule);
    }
  }
  const missing = rulebookIds().filter((id) => !seen.has(id));
  expect(missing).toEqual([]);
});
