// deal-attribution R2 (decide/D15) from the open-deal path: a household member whose family tie
// showed while the first agent still held the family, closing after that claim lapsed, is still
// the first agent's family case. The window lapsing between the member's visit and their deal
// does not hand the deal to the closer.
import { M } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, type State } from '../state';
import type { EventRecord } from '../types';
import { DEAL_CONDITION } from './dealConditions';
import { claim } from './establish';

/**
 * The customer is open at a deal by `ev.agent`, and the agent whose claim lapsed last received
 * another member of the family. When R2 would give that first agent the deal (the member named
 * them, or the link was on the member's first row), the first agent holds again so the deal is
 * judged as a deal by another agent on their family case; returns whether it did.
 */
export function familyReclaims(ctx: Ctx, s: State, ev: EventRecord): boolean {
  const rule = ctx.policy.claim.familyKeeps;
  const first = s.lapsedFrom;
  const closer = ev.agent;
  if (!rule || !first || !closer || closer === first || s.status !== 'released' || s.closed) return false;
  const facts = { s, deal: ev, owner: first, closer, staff: ctx.staff };
  if (!DEAL_CONDITION.familyDesignated(facts) && !DEAL_CONDITION.familyLinkedFirst(facts)) return false;
  const text = M.familyDealKept(closer, ev.day, first);
  claim(ctx, s, ev, agentOwner(first), 'contact', [rule, 'decide/D15'], [text]);
  return true;
}
