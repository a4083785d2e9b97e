// Rulebook §10: "the engine cites decide/Dn beside that rule's id". Where a preset's data says a
// decision completes one of its rules (policy `decisions`), the decision is cited next to it.
import type { Policy } from '../policy/schema';

/** The rules with the decisions that complete them; the same list when the policy names none. */
export function withDecisions(policy: Policy, rules: readonly string[]): readonly string[] {
  const map = policy.decisions;
  let out: string[] | null = null;
  for (const r of rules) {
    const add = map[r];
    if (!add) continue;
    out ??= [...rules];
    for (const d of add) if (!out.includes(d)) out.push(d);
  }
  return out ?? rules;
}
