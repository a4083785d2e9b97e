// Shared by the rule-function tests: a preset with overrides, as a --policy file gives it.
import { parsePolicy, type Policy } from '../../../src/policy';

export function policy(json: Record<string, unknown>): Policy {
  const parsed = parsePolicy(json);
  if (!parsed.ok) throw new Error(parsed.error.en);
  return parsed.policy;
}
