// An event on a customer nobody holds: who, if anyone, gets the claim.
// Order: designation (the customer names an agent), referral (the old customer's agent),
// then the policy's claim events; calls may go to the manager; a walk-in may go to the house.
import { endOf } from '../calendar';
import { relationIn } from '../identity';
import { engineIssue, M, type Text } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, hold, managerOwner, moveTo, type State } from '../state';
import type { Day, EventRecord, Owner } from '../types';
import type { Decision } from './deal';

export function establish(ctx: Ctx, s: State, ev: EventRecord): boolean {
  const { policy } = ctx;
  const designated = byDesignation(ctx, s, ev);
  if (designated) return true;
  const referred = byReferral(ctx, s, ev);
  if (referred) return true;
  if (policy.claim.requireFiling && ev.kind !== 'filing' && ev.kind !== 'report') {
    const text = [M.did(ev.agent, ev.kind, ev.day, ev.ref), M.unregistered];
    if (s.status !== 'unregistered') {
      s.rules = [policy.claim.requireFiling];
      moveTo(ctx, s, ev.day, s.owner, 'unregistered', s.rules, ev.ref);
    }
    s.text = text;
    ctx.note(s.rules, text);
    return false;
  }
  if (ev.agent === null) return walkIn(ctx, s, ev);
  if (familyKept(ctx, s, ev)) return true;
  if (ev.kind === 'call' && policy.claim.callsToManager) {
    return toHouse(
      ctx,
      s,
      ev,
      managerOwner(policy),
      policy.claim.callsToManager,
      M.callToManager(ev.day, ev.ref, policy.company),
    );
  }
  if (!policy.claim.by.includes(ev.kind)) {
    noteBooking(ctx, s, ev);
    const text = [M.noClaim(ev.kind, ev.day, ev.ref)];
    if (s.status === null) {
      // decide/D24: seen, never owned; counted apart from a claim that lapsed.
      s.rules = [policy.claim.rule, 'decide/D24'];
      s.text = text;
      moveTo(ctx, s, ev.day, s.owner, 'unowned', s.rules, ev.ref);
    }
    ctx.note([policy.claim.rule], text);
    return false;
  }
  claim(
    ctx,
    s,
    ev,
    agentOwner(ev.agent),
    'contact',
    [policy.claim.rule],
    [M.firstContact(ev.agent, ev.kind, ev.day, ev.ref)],
  );
  return true;
}

/** Hold for the agent and start the policy's first-follow-up clock (marketing-center R2). */
export function claim(
  ctx: Ctx,
  s: State,
  ev: EventRecord,
  owner: Owner,
  how: NonNullable<State['how']>,
  rules: string[],
  text: Text[],
): void {
  const { sourceRule, callerRule } = ctx.policy.claim;
  if (sourceRule && ev.source && sourceRule.sources.some((w) => ev.source?.includes(w)))
    rules = [...rules, sourceRule.rule];
  if (callerRule && how === 'contact' && ev.kind === 'visit' && calledBefore(s, ev.agent))
    rules = [...rules, callerRule];
  hold(ctx, s, ev.day, owner, how, ev, rules, text);
  const ff = ctx.policy.claim.firstFollowup;
  if (ff && ev.kind === 'visit') s.firstFollowup = { due: ev.day + ff.days, rule: ff.rule, done: false };
  ctx.note(rules, text);
}

/**
 * deal-attribution R2 (decide/D15): a household member received by another agent after the
 * first agent's month lapsed is still the first agent's family case, judged by R2 at the deal:
 * the first agent holds again and the receiving agent is the second receptionist.
 */
function familyKept(ctx: Ctx, s: State, ev: EventRecord): boolean {
  const rule = ctx.policy.claim.familyKeeps;
  const first = s.lapsedFrom;
  if (!rule || !first || !ev.agent || ev.agent === first || !ev.phone || s.status !== 'released' || s.closed)
    return false;
  const phones = s.agents.get(first)?.phones;
  if (!phones || phones.size === 0 || phones.has(ev.phone)) return false;
  const text = M.familyKept(ev.agent, ev.day, first);
  claim(ctx, s, ev, agentOwner(first), 'contact', [rule, 'decide/D15'], [text]);
  return true;
}

/** Another agent took this customer's call before (walk-in-desk R6/R7). */
function calledBefore(s: State, other: string | null): boolean {
  for (const [agent, a] of s.agents) if (agent !== other && a.contacts > a.visits) return true;
  return false;
}

export function byDesignation(ctx: Ctx, s: State, ev: EventRecord): boolean {
  const d = ctx.policy.designation;
  if (!d || !ev.designated) return false;
  const took = s.agents.get(ev.designated);
  const rules = d.callerRule && took && took.contacts > took.visits ? [d.rule, d.callerRule] : [d.rule];
  claim(ctx, s, ev, agentOwner(ev.designated), 'designation', rules, [M.designated(ev.designated, ev.day, ev.ref)]);
  return true;
}

/** first-contact R2 (referrer on the first row) or case-field R9 (the old customer came along). */
export function byReferral(ctx: Ctx, s: State, ev: EventRecord): boolean {
  const ref = ctx.policy.referral;
  if (!ref) return false;
  // deal-attribution R4: a relative or colleague linked to a buyer (not merged as family).
  const relative =
    !ev.referrer &&
    ref.relativeRule &&
    ev.linkedPhone &&
    ev.relation &&
    !relationIn(ev.relation, ctx.policy.identity.relations);
  const key = ev.referrer ?? (relative ? ev.linkedPhone : null);
  if (!key) return false;
  const rule = ev.referrer ? ref.rule : (ref.relativeRule ?? ref.rule);
  const other = ctx.customerOf(key);
  if (other === null || other === ctx.customerId) {
    if (ev.referrer) {
      const text = M.referrerUnmatched(ev.referrer);
      ctx.issues.push(engineIssue(ev.ref, 'referrer', 'note', text));
    }
    return false;
  }
  const counts =
    ref.mode === 'first-row' ? s.status === null || s.basis === null : ev.accompanied || ctx.hasRowOn(other, ev.day);
  const owner = counts ? ctx.ownerAt(other, ev.day, ref.buyersOnly) : null;
  const name = ctx.displayName(other);
  if (!owner || owner.kind !== 'agent' || owner.name === null) {
    if (!counts) ctx.note([rule], [M.referralNotCounted(name)]);
    return false;
  }
  const text =
    ref.mode === 'first-row'
      ? M.referred(owner.name, name, ev.day, ev.ref)
      : M.cameAlong(owner.name, name, ev.day, ev.ref);
  claim(ctx, s, ev, owner, 'referral', [rule], [text]);
  return true;
}

/** A visit with no agent: the house's customer where the policy says so (park-report R2). */
function walkIn(ctx: Ctx, s: State, ev: EventRecord): boolean {
  const to = ctx.policy.claim.walkInTo;
  if (!to || ev.kind !== 'visit') {
    // decide/D24: a walk-in nobody received leaves the customer unowned (in the pool).
    const rules = s.status === null ? [ctx.policy.claim.rule, 'decide/D24'] : [ctx.policy.claim.rule];
    ctx.note(rules, [M.noClaim(ev.kind, ev.day, ev.ref)]);
    if (s.status === null) moveTo(ctx, s, ev.day, s.owner, 'unowned', rules, ev.ref);
    return false;
  }
  return toHouse(ctx, s, ev, { kind: 'company', name: to.label }, to.rule, M.walkInTo(to.label, ev.day, ev.ref));
}

/** The house takes the customer (the manager to assign, or the company itself): no window runs. */
function toHouse(ctx: Ctx, s: State, ev: EventRecord, house: Owner, rule: string, text: Text): true {
  s.rules = [rule];
  s.text = [text];
  s.basis = ev;
  s.how = 'company';
  moveTo(ctx, s, ev.day, house, 'company', s.rules, ev.ref);
  ctx.note(s.rules, s.text);
  return true;
}

/** dafang R10: a customer who booked by phone with an agent is to be received by that agent. */
function noteBooking(ctx: Ctx, s: State, ev: EventRecord): void {
  if (
    ctx.policy.claim.booking &&
    ev.agent &&
    (ev.kind === 'call' || ev.kind === 'appointment') &&
    !bookingLive(ctx, s, ev.day)
  ) {
    s.bookedBy = { agent: ev.agent, ref: ev.ref, day: ev.day };
  }
}

/** A booking lasts as a claim does under R4: through the after-deal window from its day (decide/D7). */
function bookingLive(ctx: Ctx, s: State, day: Day): boolean {
  const b = s.bookedBy;
  const span = ctx.policy.closed.window ?? ctx.policy.claim.window;
  return !!b && (span === null || endOf(b.day, span) >= day);
}

/**
 * dafang R10 (decide/D7): a first deal made at a visit the customer booked by phone with another
 * agent is the booking agent's: 100%, or R6's split when the staff sheet has them resting that
 * day. Null when no live booking names another agent.
 */
export function bookedDeal(ctx: Ctx, s: State, ev: EventRecord): Decision | null {
  const { policy } = ctx;
  const b = s.bookedBy;
  if (!policy.claim.booking || !b || !ev.agent || b.agent === ev.agent || !bookingLive(ctx, s, ev.day)) return null;
  const booked = b.agent;
  const resting = policy.deals.byOther.find((r) => r.when === 'ownerOff');
  const off = !!resting && ctx.staff.isOff(booked, ev.day);
  const rules =
    off && resting
      ? [policy.claim.booking, 'decide/D7', resting.rule, 'common/ABSENT']
      : [policy.claim.booking, 'decide/D7'];
  const kind = ctx.events.find((e) => e.ref === b.ref)?.kind ?? 'call';
  const text = [M.did(booked, kind, b.day, b.ref), M.bookingConflict(booked, ev.agent)];
  hold(ctx, s, ev.day, agentOwner(booked), 'deal', ev, rules, text);
  const shares = off ? { [booked]: 0.5, [ev.agent]: 0.5 } : { [booked]: 1 };
  return { performance: shares, commission: shares, rules, text };
}
