// A deposit, deal or order payment: which rule credits it (performance and commission) and who
// owns the customer afterwards. Each decision lives in its own file: stages of one purchase
// (stages.ts), fees owed for deals closed elsewhere (owed.ts), phone bookings (booking.ts),
// customers without the required filing (unregistered.ts), the project team (team.ts),
// departures (departedDeal.ts), a missed call-back's former owner (forfeited.ts), late evidence (lateEvidence.ts), channel customers
// (channelDeal.ts) and the split rules for deals by others (splitByOther.ts).
import { M } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, applyClosedWindow, hold, isHeld, moveTo, recordFacts, type State } from '../state';
import type { EventRecord, Owner } from '../types';
import { bookingConflict } from './booking';
import { channelDeal } from './channelDeal';
import type { Decision } from './decision';
import { departedDeal, leftBehind } from './departedDeal';
import { bookedDeal, byDesignation, byReferral } from './establish';
import { familyReclaims } from './familyDeal';
import { forfeitedDeal } from './forfeited';
import { visitAfterReport } from './filing';
import { lateEvidence } from './lateEvidence';
import { owedOf } from './owed';
import { pushDeal } from './pushDeal';
import { formatShares, sharesOf, topShare } from './shares';
import { splitByOther } from './splitByOther';
import { carryStage, isLaterStage, isOrder, stageOf } from './stages';
import { teamDeal } from './team';
import { unregisteredDeal } from './unregistered';

export type { Decision } from './decision';

export function onDeal(ctx: Ctx, s: State, ev: EventRecord): void {
  recordFacts(s, ev);
  // rulebook §5, decide/D11: a later stage of one purchase carries its split.
  if (isLaterStage(ctx, s, ev)) {
    carryStage(ctx, s, ev);
    return;
  }
  if (s.status === 'pending-visit' && s.pending) visitAfterReport(ctx, s, ev);
  const decision = isHeld(s) ? heldDeal(ctx, s, ev) : openDeal(ctx, s, ev);
  if (!decision) return;
  close(ctx, s, ev, decision, isOrder(ctx, ev) ? null : stageOf(ev));
}

/**
 * Nobody holds the customer: the closer owns under the preset's deal rule (`closed.rule`, e.g.
 * dafang R1), or whom the customer names (tools-filing R5) or was referred to (dafang R3).
 */
function openDeal(ctx: Ctx, s: State, ev: EventRecord): Decision | null {
  const { policy } = ctx;
  const owed = owedOf(ctx, s, ev);
  if (owed?.owed) return owed;
  if (owed) {
    // Bought elsewhere with nothing owed: recorded, but not a deal of ours to close on.
    pushDeal(ctx, s, ev, owed, null);
    ctx.note(owed.rules, owed.text);
    return null;
  }
  bookingConflict(ctx, s, ev);
  // decide/D7: a first deal at a visit booked by phone with another agent is the booking agent's.
  const booked = bookedDeal(ctx, s, ev);
  if (booked) return booked;
  if (policy.claim.requireFiling !== null) return unregisteredDeal(ctx, s, ev);
  if (ev.agent && leftBehind(ctx, s)) return departedDeal(ctx, s, ev, ev.agent);
  // cross-customer R3 (decide/D5): the owner who missed the call-back closes all the same.
  const forfeited = forfeitedDeal(ctx, s, ev, ev.agent ?? '');
  if (forfeited) return forfeited;
  // decide/D15: a household member tied to the first agent's family before the month lapsed.
  if (familyReclaims(ctx, s, ev)) return heldDeal(ctx, s, ev);
  if (ev.agent && (byDesignation(ctx, s, ev) || byReferral(ctx, s, ev))) {
    // The customer named an agent (tools-filing R5) or was referred (dafang R3): theirs.
    const owner = s.owner.name ?? ev.agent;
    const rules = [...s.rules];
    const text = [...s.text];
    if (owner === ev.agent) return { performance: { [owner]: 1 }, commission: { [owner]: 1 }, rules, text };
    const d = byOther(ctx, s, ev, owner, ev.agent);
    return { ...d, rules: [...rules, ...d.rules], text: [...text, ...d.text] };
  }
  const credit = ev.agent ?? ev.source ?? policy.house;
  const rules = [policy.closed.rule];
  const text = [M.dealOwn(credit, ev.day, ev.ref)];
  if (ev.agent === null) {
    // A deal nobody can be credited with goes to its 来源 or the house; it makes no owner.
    pushDeal(ctx, s, ev, { performance: { [credit]: 1 }, commission: { [credit]: 1 }, rules, text }, null);
    ctx.note(rules, text);
    return null;
  }
  hold(ctx, s, ev.day, agentOwner(credit), 'deal', ev, rules, text);
  return { performance: { [credit]: 1 }, commission: { [credit]: 1 }, rules, text };
}

/**
 * The customer is held: a fee owed (brokerage-viewing R1/R2), the team (deal-attribution R7), a
 * channel (decide/D3), the owner's own deal (`closed.rule`, or the rule that made them the owner),
 * else a deal by another agent (late evidence, then the preset's split rules).
 */
function heldDeal(ctx: Ctx, s: State, ev: EventRecord): Decision {
  const { policy } = ctx;
  const owner = s.owner.name ?? policy.house;
  const owed = owedOf(ctx, s, ev);
  if (owed) return owed;
  const team = teamDeal(ctx, s, ev);
  if (team) return team;
  // decide/D3: a channel's customer is credited to the agent who received the channel's visit.
  if (s.owner.kind === 'channel') return channelDeal(ctx, s, ev);
  const closer = ev.agent;
  if (closer === null || closer === owner || s.coOwners.includes(closer) || s.owner.kind !== 'agent') {
    const owners = [owner, ...s.coOwners];
    const shares = sharesOf('owner', { owners, closer, team: null });
    // The credit cites the rule that made them the owner when it was not a first contact: a
    // designation (walk-in-desk R5), a referral, a ruling, a shared claim (issue 12 point 11).
    const byBasis = s.coOwners.length > 0 || s.how === 'designation' || s.how === 'referral' || s.how === 'ruling';
    const rules = byBasis && s.rules.length ? [...s.rules] : [policy.closed.rule];
    return { performance: shares, commission: shares, rules, text: [M.dealOwn(owners.join('、'), ev.day, ev.ref)] };
  }
  return byOther(ctx, s, ev, owner, closer);
}

/** A deal closed by an agent other than the owner: late evidence first, then the split rules. */
function byOther(ctx: Ctx, s: State, ev: EventRecord, owner: string, closer: string): Decision {
  return (
    lateEvidence(ctx, s, ev, owner, closer, (other) => splitByOther(ctx, s, ev, other, closer)) ??
    splitByOther(ctx, s, ev, owner, closer)
  );
}

/** Credit the deal, then the owner is whoever got the larger performance share (ties: the owner). */
function close(ctx: Ctx, s: State, ev: EventRecord, d: Decision, stage: number | null): void {
  const { policy } = ctx;
  if (s.closed && policy.closed.repeatRule) d = { ...d, rules: [...d.rules, policy.closed.repeatRule] };
  pushDeal(ctx, s, ev, d, null);
  s.closed = true;
  s.purchase =
    stage === null
      ? null
      : { ref: ev.ref, stage, unit: ev.unit, performance: d.performance, commission: d.commission, rules: d.rules };
  // The largest performance share owns afterwards, if it is one of the agents at the table; a
  // team or a channel keeps the customer (deal-attribution R7, decide/D3).
  const top = topShare(d.performance, s.owner.name);
  const agents = new Set([ev.agent, s.owner.name, ...s.coOwners]);
  const keeps =
    top === null || top === s.owner.name || s.owner.kind === 'team' || s.owner.kind === 'channel' || !agents.has(top);
  const owner: Owner = keeps ? s.owner : agentOwner(top);
  if (owner !== s.owner) s.coOwners = [];
  s.anchor = ev.day;
  s.callback = null;
  s.firstFollowup = null;
  s.pending = null;
  applyClosedWindow(policy, s);
  s.rules = d.rules;
  s.text = d.text;
  moveTo(ctx, s, ev.day, owner, policy.closed.status, d.rules, ev.ref);
  ctx.note(d.rules, [...d.text, M.dealShares(formatShares(d.performance), formatShares(d.commission))]);
}
