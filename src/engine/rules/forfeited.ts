// cross-customer R3 (decide/D5): an owner who missed the call-back after another agent's
// reception loses the customer to the manager, 「该客户的归属权没收并另行安排」 (000 交叉 3). Until the
// manager rules or another agent takes the customer, the former owner's own contacts do not give
// it back. A deal the former owner closes meanwhile is never dropped: no rule gives the purchase
// to anyone else, so it is counted for them, and it stands on 冲突 for the manager to rule
// (common/CONFLICT).
import { M } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, conflict, hold, type State } from '../state';
import type { EventRecord } from '../types';
import type { Decision } from './decision';

/** The customer waits at the manager because `agent` missed the call-back. */
export function forfeitedBy(s: State, agent: string | null): boolean {
  return agent !== null && s.forfeited?.agent === agent && s.owner.kind === 'company' && s.status === 'company';
}

/** The former owner's contact: recorded, the customer stays with the manager. True when handled. */
export function forfeitedContact(ctx: Ctx, s: State, ev: EventRecord): boolean {
  const f = s.forfeited;
  if (!f || !forfeitedBy(s, ev.agent)) return false;
  const rules = [f.rule, 'decide/D5'];
  const label = s.owner.name ?? ctx.policy.company;
  ctx.note(rules, [
    M.did(ev.agent, ev.kind, ev.day, ev.ref),
    M.forfeited(f.agent, f.due, f.ref, label),
    M.forfeitedContact,
  ]);
  return true;
}

/** The former owner's deal: counted for them, cited with the reception row, listed on 冲突. */
export function forfeitedDeal(ctx: Ctx, s: State, ev: EventRecord, closer: string): Decision | null {
  const f = s.forfeited;
  if (!f || !forfeitedBy(s, closer)) return null;
  const label = s.owner.name ?? ctx.policy.company;
  const why = M.forfeited(f.agent, f.due, f.ref, label);
  const text = [why, M.dealOwn(closer, ev.day, ev.ref), M.forfeitedDeal(closer)];
  conflict(ctx, ev, 'deal-by-other', [closer], [f.rule, 'decide/D5', 'common/CONFLICT'], text);
  const rules = [ctx.policy.closed.rule, f.rule, 'decide/D5', 'common/CONFLICT'];
  hold(ctx, s, ev.day, agentOwner(closer), 'deal', ev, rules, text);
  return { performance: { [closer]: 1 }, commission: { [closer]: 1 }, rules, text };
}
