// A deposit, deal or order payment: who is credited (performance and commission), who owns
// the customer afterwards, and what a manager must see on 冲突.
import { M, reason, type Text } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, applyClosedWindow, conflict, hold, isHeld, moveTo, recordFacts, type State } from '../state';
import type { DealStage, EventRecord, Owner, Shares } from '../types';
import { DEAL_CONDITION } from './dealConditions';
import { categoryOf } from './category';
import { owedOf } from './owed';
import { formatShares, sharesOf, topShare } from './shares';
import { visitAfterReport } from './filing';
import { bookedDeal, byDesignation, byReferral } from './establish';

const STAGE: Record<DealStage, number> = { deposit: 1, subscription: 2, contract: 3, full: 4, payment: 5 };

function stageOf(ev: EventRecord): number {
  if (ev.stage) return STAGE[ev.stage];
  return ev.kind === 'deposit' ? 1 : ev.kind === 'payment' ? 5 : 3;
}

export interface Decision {
  performance: Shares;
  commission: Shares;
  rules: string[];
  text: Text[];
  owed?: { agent: string; amount: number } | null;
}

export function onDeal(ctx: Ctx, s: State, ev: EventRecord): void {
  const { policy } = ctx;
  recordFacts(s, ev);
  const isOrder = ev.kind === 'payment' && policy.closed.paymentsAreOrders;
  const stage = stageOf(ev);
  // Stages of one purchase share the first stage's split (rulebook §5).
  if (!isOrder && s.purchase && stage > s.purchase.stage && isHeld(s)) {
    const p = s.purchase;
    p.stage = stage;
    s.anchor = ev.day;
    const text = [M.stageOf(p.ref)];
    pushDeal(ctx, s, ev, { performance: p.performance, commission: p.commission, rules: [...p.rules], text }, p.ref);
    ctx.note(p.rules, text);
    return;
  }
  if (s.status === 'pending-visit' && s.pending) visitAfterReport(ctx, s, ev);
  const decision = isHeld(s) ? heldDeal(ctx, s, ev) : unownedDeal(ctx, s, ev);
  if (!decision) return;
  close(ctx, s, ev, decision, isOrder ? null : stage);
}

/** Nobody holds the customer: the closer (or whom the customer names or was referred to) owns. */
function unownedDeal(ctx: Ctx, s: State, ev: EventRecord): Decision | null {
  const { policy } = ctx;
  const owed = owedOf(ctx, s, ev);
  if (owed && owed.owed) return owed;
  if (owed) {
    // Bought elsewhere with nothing owed: recorded, but not a deal of ours to close on.
    pushDeal(ctx, s, ev, owed, null);
    ctx.note(owed.rules, owed.text);
    return null;
  }
  const booking = policy.claim.booking;
  if (booking && s.bookedBy && ev.agent && s.bookedBy.agent !== ev.agent) {
    const text = M.bookingConflict(s.bookedBy.agent, ev.agent);
    conflict(ctx, ev, 'forbidden-contact', [s.bookedBy.agent, ev.agent], [booking, 'decide/D7'], [text]);
    const booked = bookedDeal(ctx, s, ev);
    if (booked) return booked;
  }
  const unregistered = policy.claim.requireFiling !== null;
  if (!unregistered && ev.agent && (byDesignation(ctx, s, ev) || byReferral(ctx, s, ev))) {
    // The customer named an agent (tools-filing R5) or was referred (dafang R3): theirs.
    const owner = s.owner.name ?? ev.agent;
    const rules = [...s.rules];
    const text = [...s.text];
    if (owner === ev.agent) return { performance: { [owner]: 1 }, commission: { [owner]: 1 }, rules, text };
    const d = byOther(ctx, s, ev, owner, ev.agent);
    return { ...d, rules: [...rules, ...d.rules], text: [...text, ...d.text] };
  }
  const credit = ev.agent ?? ev.source ?? policy.house;
  const rules = [unregistered ? (policy.claim.requireFiling ?? policy.closed.rule) : policy.closed.rule];
  const text = [M.dealOwn(credit, ev.day, ev.ref)];
  if (unregistered) {
    // daily-chem-filing ①: the order is credited, but nothing protects an unfiled customer.
    // A customer filed before whose protection lapsed stays ② (registered, unprotected).
    const lapsed = s.filed ? (policy.filing.windowRule ?? policy.claim.windowRule) : null;
    const d: Decision = { performance: { [credit]: 1 }, commission: { [credit]: 1 }, rules: lapsed ? [lapsed] : rules, text: [...text, lapsed ? M.lapsedFiling : M.unregistered] };
    pushDeal(ctx, s, ev, d, null);
    if (!lapsed && s.status !== 'unregistered') moveTo(ctx, s, ev.day, s.owner, 'unregistered', rules, ev.ref);
    s.rules = rules;
    s.text = d.text;
    ctx.note(rules, d.text);
    return null;
  }
  if (ev.agent === null) {
    const d: Decision = { performance: { [credit]: 1 }, commission: { [credit]: 1 }, rules, text };
    pushDeal(ctx, s, ev, d, null);
    ctx.note(rules, text);
    return null;
  }
  hold(ctx, s, ev.day, agentOwner(credit), 'deal', ev, rules, text);
  return { performance: { [credit]: 1 }, commission: { [credit]: 1 }, rules, text };
}

function heldDeal(ctx: Ctx, s: State, ev: EventRecord): Decision {
  const { policy } = ctx;
  const owner = s.owner.name ?? policy.house;
  const owed = owedOf(ctx, s, ev);
  if (owed) return owed;
  const team = policy.team;
  if (team && s.basis && s.basis.day === ev.day && s.basis.source && team.sources.some((w) => s.basis?.source?.includes(w))) {
    const text = [M.team(team.label, s.basis.ref)];
    moveTo(ctx, s, ev.day, { kind: 'team', name: team.label }, s.status ?? 'protected', [team.rule], ev.ref);
    return { performance: { [team.label]: 1 }, commission: { [team.label]: 1 }, rules: [team.rule], text };
  }
  const closer = ev.agent;
  const left = s.owner.kind === 'agent' ? ctx.staff.departedOn(owner) : null;
  if (closer !== null && closer !== owner && left !== null && left <= ev.day) {
    // A departed agent earns no new deals: whoever serves the customer now is credited.
    const rules = [policy.departed.rule];
    const text = [M.departed(owner, left, policy.departed.to), M.dealOwn(closer, ev.day, ev.ref)];
    hold(ctx, s, ev.day, agentOwner(closer), 'deal', ev, rules, text);
    return { performance: { [closer]: 1 }, commission: { [closer]: 1 }, rules, text };
  }
  if (closer === null || closer === owner || s.coOwners.includes(closer) || s.owner.kind !== 'agent') {
    const owners = [owner, ...s.coOwners];
    const shares = sharesOf('owner', { owners, closer, team: null });
    const rules = s.coOwners.length ? [...s.rules] : [policy.closed.rule];
    return { performance: shares, commission: shares, rules, text: [M.dealOwn(owners.join('、'), ev.day, ev.ref)] };
  }
  return byOther(ctx, s, ev, owner, closer);
}

/** A deal closed by an agent other than the owner: late evidence, then the preset's split rules. */
function byOther(ctx: Ctx, s: State, ev: EventRecord, owner: string, closer: string): Decision {
  const { policy } = ctx;
  const late = policy.deals.lateEvidence;
  if (late) {
    const deadline = ev.day + late.days;
    const timely = ctx.refold(ev, deadline);
    if (timely && !(timely.owner.kind === 'agent' && timely.owner.name === owner)) {
      // The owner's proof came after the deadline: judge the deal as if it were not there.
      const text = M.lateEvidence(owner, deadline);
      const rules = [late.rule];
      conflict(ctx, ev, 'late-evidence', [owner, closer], rules, [text], deadline);
      const other = isHeld(timely) && timely.owner.kind === 'agent' ? timely.owner.name : null;
      if (other && other !== closer) {
        hold(ctx, s, timely.anchor, agentOwner(other), timely.how ?? 'contact', timely.basis, rules, [text]);
        return byOtherSplit(ctx, s, ev, other, closer);
      }
      hold(ctx, s, ev.day, agentOwner(closer), 'deal', ev, rules, [text]);
      return { performance: { [closer]: 1 }, commission: { [closer]: 1 }, rules, text: [text, M.dealOwn(closer, ev.day, ev.ref)] };
    }
  }
  return byOtherSplit(ctx, s, ev, owner, closer);
}

function byOtherSplit(ctx: Ctx, s: State, ev: EventRecord, owner: string, closer: string): Decision {
  const { policy } = ctx;
  const facts = { s, deal: ev, owner, closer, staff: ctx.staff };
  const rule = policy.deals.byOther.find((r) => DEAL_CONDITION[r.when](facts));
  const parties = { owners: [owner, ...s.coOwners], closer, team: policy.team?.label ?? null };
  const performance = rule ? sharesOf(rule.performance, parties) : sharesOf('owner', parties);
  const commission = rule ? sharesOf(rule.commission, parties) : sharesOf('owner', parties);
  const rules = [rule ? rule.rule : policy.deals.defaultRule, ...((rule ? rule.cites : policy.deals.defaultCites) ?? [])];
  // Rules that need the owner off that day rest on the staff sheet (common/ABSENT).
  if (rule && (rule.when === 'ownerOff' || rule.when === 'designatedAbsent')) rules.push('common/ABSENT');
  const text: Text[] = [M.dealByOther(closer, owner, ev.day, ev.ref)];
  const late = policy.deals.lateEvidence;
  const proof = late?.kind === 'late-proof';
  if (proof && late) text.push(M.proofInTime(owner, ev.day + late.days));
  conflict(ctx, ev, proof ? 'late-proof' : 'deal-by-other', [owner, closer], [...rules, 'common/CONFLICT'],
    [...text, M.shares(formatShares(performance), formatShares(commission))], proof && late ? ev.day + late.days : null);
  return { performance, commission, rules, text };
}

/** Credit the deal, then the owner is whoever got the larger performance share (ties: the owner). */
function close(ctx: Ctx, s: State, ev: EventRecord, d: Decision, stage: number | null): void {
  const { policy } = ctx;
  if (s.closed && policy.closed.repeatRule) d = { ...d, rules: [...d.rules, policy.closed.repeatRule] };
  pushDeal(ctx, s, ev, d, null);
  s.closed = true;
  s.purchase = stage === null ? null : { ref: ev.ref, stage, performance: d.performance, commission: d.commission, rules: d.rules };
  // The largest performance share owns afterwards, if it is one of the agents at the table.
  const top = topShare(d.performance, s.owner.name);
  const agents = new Set([ev.agent, s.owner.name, ...s.coOwners]);
  const owner: Owner = top === null || top === s.owner.name || s.owner.kind === 'team' || !agents.has(top) ? s.owner : agentOwner(top);
  if (owner !== s.owner) s.coOwners = [];
  s.anchor = ev.day;
  s.callback = null;
  s.firstFollowup = null;
  s.pending = null;
  applyClosedWindow(policy, s);
  s.rules = d.rules;
  s.text = d.text;
  moveTo(ctx, s, ev.day, owner, policy.closed.status, d.rules, ev.ref);
  ctx.note(d.rules, [...d.text, M.t(`业绩 ${formatShares(d.performance)}；佣金 ${formatShares(d.commission)}`, `performance ${formatShares(d.performance)}; commission ${formatShares(d.commission)}`)]);
}

function pushDeal(ctx: Ctx, s: State, ev: EventRecord, d: Decision, purchaseOf: EventRecord['ref'] | null): void {
  const category = categoryOf(ctx, s, ev);
  const owed = d.owed ?? null;
  ctx.deals.push({
    ref: ev.ref,
    day: ev.day,
    customerId: ctx.customerId,
    closer: ev.agent,
    performance: d.performance,
    commission: d.commission,
    category: category?.category ?? null,
    owed,
    purchaseOf,
    reason: reason([...d.rules, ...(category?.rules ?? [])], category ? [...d.text, category.text] : d.text),
  });
  ctx.markDeal(ctx.deals.length - 1);
}
