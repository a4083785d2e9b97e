// Every rule id of the rulebook is cited by at least one decision in the rule tests.
import { annotate, monthSummary } from '../../src/engine';
import type { EngineResult } from '../../src/engine/types';
import { dayOfIso } from '../../src/engine/calendar';
import { getPreset } from '../../src/policy';
import { readWorkbook } from '../../src/table';
import { run } from '../helpers/scenario';
import { EXTRA } from './extra';
import { OUTCOMES } from './outcomes';
import { rulebookIds } from './ruleIds';
import { CASES } from './table';
import { TABLE_CASES } from './tableCases';

function cited(result: EngineResult): string[] {
  return [
    ...result.customers.flatMap((c) => c.reason.rules),
    ...result.rows.flatMap((r) => r.reason.rules),
    ...result.deals.flatMap((d) => d.reason.rules),
    ...result.conflicts.flatMap((c) => c.reason.rules),
    ...result.changes.flatMap((c) => c.rules),
    // Decisions of the table layer (decide/D13) are cited on the issues the reader raises.
    ...result.issues.flatMap((i) => i.rules ?? []),
  ];
}

test('every rulebook rule id is cited by a scenario or an extra rule test', () => {
  const seen = new Set<string>();
  for (const c of [...CASES, ...EXTRA, ...OUTCOMES]) {
    const asOfs = new Set(c.checks.map((k) => k.asOf));
    for (const asOf of asOfs) {
      const result = run({ preset: c.preset, rows: c.rows, staff: c.staff, rulings: c.rulings }, asOf);
      for (const id of cited(result)) seen.add(id);
      const policy = getPreset(c.preset);
      if (policy)
        for (const a of monthSummary(result, policy, result.asOf).agents) for (const f of a.flags) seen.add(f.rule);
    }
  }
  for (const c of TABLE_CASES) {
    const asOf = dayOfIso(c.asOf)!;
    const policy = getPreset(c.preset)!;
    const { input } = readWorkbook(c.grids, { asOf });
    for (const id of cited(annotate(input, policy, asOf))) seen.add(id);
  }
  const missing = rulebookIds().filter((id) => !seen.has(id));
  expect(missing).toEqual([]);
});
