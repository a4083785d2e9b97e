// Rule clauses for the pages (issue 15): each rule id an answer cites, in words, with the numbers
// of the policy in force. The pages show them under each id (expandable), as text.
import { clauseIds, ruleClause, type Policy } from '../policy';
import type { Lang } from './i18n';

const ID = /\b(?:common|decide|[a-z]+(?:-[a-z]+)*)\/[A-Za-z0-9.-]+/g;

/** The clauses of every known rule id found in `text` (an answer's JSON, or a list of ids). */
export function clausesOf(text: string, policy: Policy, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.match(ID) ?? []) {
    const id = m.replace(/[.]+$/, '');
    if (out[id] !== undefined || !clauseIds().includes(id)) continue;
    out[id] = ruleClause(id, policy, lang) ?? '';
  }
  return out;
}
