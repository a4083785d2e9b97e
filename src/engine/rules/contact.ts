// A call, visit, follow-up, appointment or viewing on the register.
import { M } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, conflict, isHeld, moveTo, ownsIt, recordFacts, through, type State } from '../state';
import type { EventRecord } from '../types';
import { claim, establish } from './establish';
import { visitAfterReport } from './filing';
import { forfeitedContact } from './forfeited';

export function onContact(ctx: Ctx, s: State, ev: EventRecord): void {
  recordFacts(s, ev);
  if (s.status === 'pending-visit' && s.pending) {
    if (ev.kind === 'visit' && visitAfterReport(ctx, s, ev)) return;
    if (s.status === 'pending-visit') {
      ctx.note(s.rules, [M.pendingVisit(s.owner.name ?? '', s.pending?.due ?? ev.day)]);
      return;
    }
  }
  if (!isHeld(s)) {
    // cross-customer R3 (decide/D5): a missed call-back's owner does not get the customer back.
    if (!forfeitedContact(ctx, s, ev)) establish(ctx, s, ev);
    return;
  }
  // A channel's customer is received by agents on the channel's behalf: their contacts count.
  if (ev.agent === null || ownsIt(s, ev.agent) || s.owner.kind === 'channel') {
    renew(ctx, s, ev);
    return;
  }
  // brokerage-viewing R1: the 12 months run from the latest viewing by anyone (decide/D10).
  if (ctx.policy.claim.othersRenew && ctx.policy.claim.by.includes(ev.kind) && !s.closed) {
    renew(ctx, s, ev);
    ctx.note(['common/INTERVENE', 'decide/D10'], [M.dutyHelp(ev.agent, s.owner.name ?? '', ev.day, ev.ref)]);
    return;
  }
  byOther(ctx, s, ev, ev.agent);
}

/** The owner's contacts of the day a reception was on, that may count as the call-back after it:
 *  with times on both rows only a later one; without, any of that day (decide/D4). */
function ownerAfter(ctx: Ctx, owner: string, ev: EventRecord): EventRecord | null {
  for (const e of ctx.events) {
    if (e === ev || e.day !== ev.day || e.agent !== owner || !CONTACT_KINDS.has(e.kind)) continue;
    if (e.minute === null || ev.minute === null || e.minute > ev.minute) return e;
  }
  return null;
}

const CONTACT_KINDS = new Set(['visit', 'call', 'followup', 'appointment', 'viewing']);

/** The owner's own contact keeps the claim alive (a window counted from the latest contact). */
export function renew(ctx: Ctx, s: State, ev: EventRecord): void {
  const { policy } = ctx;
  if (ev.agent === null) {
    ctx.note(s.rules, [M.did(null, ev.kind, ev.day, ev.ref), M.ownedBy(s.owner.name ?? '')]);
    return;
  }
  s.lastContact = ev.day;
  const kinds = policy.claim.renewBy;
  const renews = s.closed
    ? policy.closed.contactsRenew
    : policy.claim.from === 'contact' && (!kinds || kinds.includes(ev.kind));
  // Which decision says this contact renews: dafang's month after a deal (decide/D7), a month
  // renewed only by the original's visits (decide/D20).
  const decided = renews ? (s.closed ? ['decide/D7'] : kinds ? ['decide/D20'] : []) : [];
  const ff = s.firstFollowup;
  if (ff && !ff.done && ev.day > (ff.from ?? s.basis?.day ?? ev.day)) {
    ff.done = true;
    // A late first call-back inside the window clears the warning from its day (decide/D18).
    if (ev.day > ff.due) decided.push('decide/D18');
  }
  if (renews) {
    s.anchor = ev.day;
    if (!s.closed && s.visited && policy.claim.callWindow && s.span === policy.claim.callWindow) {
      // A call customer who visits is a visit customer from that visit: the first call-back is
      // due within its days, then the visit window runs (marketing-center R2, decide/D18).
      s.span = policy.claim.window;
      const first = policy.claim.firstFollowup;
      if (first && ev.kind === 'visit') {
        s.firstFollowup = { due: ev.day + first.days, rule: first.rule, done: false, from: ev.day };
        decided.push('decide/D18');
      }
    }
  }
  if (s.callback && ev.day <= s.callback.due) s.callback = null;
  if (s.status === 'warning')
    moveTo(ctx, s, ev.day, s.owner, s.closed ? policy.closed.status : 'protected', [s.windowRule, ...decided], ev.ref);
  const rules = renews ? [s.windowRule, ...decided] : s.rules;
  s.text = [...s.text.slice(0, 1), M.latest(ev.day, ev.ref)];
  ctx.note(rules, [M.did(ev.agent, ev.kind, ev.day, ev.ref)]);
}

/** Another agent's contact while the customer is held (common/INTERVENE and its exceptions). */
function byOther(ctx: Ctx, s: State, ev: EventRecord, agent: string): void {
  const { policy } = ctx;
  const owner = s.owner.name ?? '';
  const designation = policy.designation;
  if (designation?.mode === 'always' && ev.designated && ev.designated !== owner) {
    claim(
      ctx,
      s,
      ev,
      agentOwner(ev.designated),
      'designation',
      [designation.rule],
      [M.designated(ev.designated, ev.day, ev.ref)],
    );
    return;
  }
  if (designation && ev.designated === owner) {
    // The customer named their own agent: handed back (first-receptionist R3).
    ctx.note([designation.rule], [M.designated(owner, ev.day, ev.ref), M.dutyHelp(agent, owner, ev.day, ev.ref)]);
    return;
  }
  if (sameDayClaim(ctx, s, ev, agent)) return;
  const keeps = policy.claim.overlapKeeps;
  if (keeps && !s.overlap && !s.closed && s.agents.get(agent)?.contacts === 1) {
    s.overlap = true;
    s.rules = [...s.rules, keeps];
  }
  const takes = policy.claim.others === 'takeover' && policy.claim.by.includes(ev.kind) && ev.designated !== owner;
  if (takes && s.owner.kind === 'agent') {
    takeover(ctx, s, ev, agent);
    return;
  }
  if (policy.claim.others === 'forbidden') {
    const text = M.forbidden(agent, owner, ev.day, ev.ref);
    conflict(ctx, ev, 'forbidden-contact', [owner, agent], [policy.claim.othersRule], [text]);
    ctx.note([policy.claim.othersRule], [text]);
    return;
  }
  const cb = policy.claim.callback;
  if (cb && !s.closed && ev.kind === 'visit') {
    // Only an owner's contact after the reception is the call-back (cross-customer R3): with
    // times, one later that day; without, any that day (decide/D4). Later days come as rows.
    const after = ownerAfter(ctx, owner, ev);
    const rules = [policy.claim.othersRule, 'common/INTERVENE', 'common/ABSENT', cb.rule];
    const text = [M.dutyHelp(agent, owner, ev.day, ev.ref), M.callbackDue(owner, ev.day + cb.days)];
    const last = through(s);
    // R3's deadline outranks R4.1: a reception near the window's end holds the customer through it.
    if (after || (last !== null && ev.day + cb.days > last)) rules.push('decide/D4');
    if (after) text.push(M.sameDayCallback(owner, after.day, after.minute, after.ref));
    else if (!s.callback) s.callback = { due: ev.day + cb.days, ref: ev.ref, rule: cb.rule };
    ctx.note(rules, text);
    return;
  }
  const decided = s.closed && policy.closed.contactsRenew ? ['decide/D7'] : [];
  ctx.note([policy.claim.othersRule, 'common/INTERVENE', ...decided], [M.dutyHelp(agent, owner, ev.day, ev.ref)]);
}

/**
 * Two agents' first contacts on the claim's first day: different sites share the customer
 * (first-contact R3); otherwise, when the register cannot order them, a manager must rule.
 */
function sameDayClaim(ctx: Ctx, s: State, ev: EventRecord, agent: string): boolean {
  const { policy } = ctx;
  const basis = s.basis;
  if (!basis || s.how !== 'contact' || basis.day !== ev.day || s.closed || !policy.claim.by.includes(ev.kind))
    return false;
  if (ev.kind !== 'visit' && ev.kind !== 'call') return false;
  const owner = s.owner.name ?? '';
  if (policy.claim.sameDaySites && basis.site && ev.site && basis.site !== ev.site) {
    s.coOwners.push(agent);
    s.rules = [policy.claim.sameDaySites];
    s.text = [...s.text, M.sameDaySites(owner, agent, ev.day)];
    ctx.note(s.rules, [M.sameDaySites(owner, agent, ev.day)]);
    return true;
  }
  const ordered = basis.minute !== null && ev.minute !== null && basis.minute !== ev.minute;
  if (ordered || policy.claim.others === 'takeover') return false;
  const rules = ['common/CONFLICT', policy.claim.rule];
  const text = M.sameDay(owner, agent, ev.day);
  conflict(ctx, ev, 'same-day-claims', [owner, agent], rules, [text]);
  s.rules = rules;
  s.text = [...s.text, text];
  moveTo(ctx, s, ev.day, s.owner, 'disputed', rules, ev.ref);
  ctx.note(rules, [text]);
  return true;
}

/** walk-in-desk R2/R3: the receiving agent owns, unless R4 lets an owner off that day share. */
function takeover(ctx: Ctx, s: State, ev: EventRecord, agent: string): void {
  const { policy } = ctx;
  const owner = s.owner.name ?? '';
  const share = policy.claim.offDayShare;
  const off = !!share && ctx.staff.isOff(owner, ev.day);
  if (share && off) {
    const recent = trackedBefore(ctx, owner, ev, share.days);
    if (recent) {
      s.coOwners = [agent];
      s.rules = [share.rule, 'common/ABSENT', 'decide/D19'];
      s.text = [...s.text, M.offDayShare(owner, agent, ev.day, share.days)];
      ctx.note(s.rules, [
        M.offDayShare(owner, agent, ev.day, share.days),
        M.did(owner, recent.kind, recent.day, recent.ref),
      ]);
      return;
    }
  }
  const rules = off && share ? [policy.claim.othersRule, share.rule, 'decide/D19'] : [policy.claim.othersRule];
  claim(ctx, s, ev, agentOwner(agent), 'contact', rules, [M.takeover(agent, owner, ev.day, ev.ref)]);
}

/**
 * walk-in-desk R4 (decide/D19): the owner's own tracking in the visit's day and the N days
 * before it (V-N … V); when both rows have times, only one before the visit's time.
 */
export function trackedBefore(ctx: Ctx, owner: string, ev: EventRecord, days: number): EventRecord | null {
  for (const e of ctx.events) {
    if (e === ev || e.agent !== owner || !CONTACT_KINDS.has(e.kind) || e.day > ev.day || e.day < ev.day - days)
      continue;
    if (e.day === ev.day && e.minute !== null && ev.minute !== null && e.minute >= ev.minute) continue;
    return e;
  }
  return null;
}
