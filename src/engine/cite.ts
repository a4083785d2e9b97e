// Rulebook §10: "the engine cites decide/Dn beside that rule's id". Where a preset's data says a
// decision completes one of its rules (policy `decisions`), the decision is cited next to it.
import type { Policy } from '../policy/schema';

// Asked for every row: whether a policy names any decision is worked out once per policy.
const NAMES_ANY = new WeakMap<object, boolean>();

/** The rules with the decisions that complete them; the same list when the policy names none. */
export function withDecisions(policy: Policy, rules: readonly string[]): readonly string[] {
  const map = policy.decisions;
  let any = NAMES_ANY.get(map);
  if (any === undefined) NAMES_ANY.set(map, (any = Object.keys(map).length > 0));
  if (!any) return rules;
  let out: string[] | null = null;
  for (const r of rules) {
    const add = map[r];
    if (!add) continue;
    out ??= [...rules];
    for (const d of add) if (!out.includes(d)) out.push(d);
  }
  return out ?? rules;
}
