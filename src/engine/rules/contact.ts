// A call, visit, follow-up, appointment or viewing on the register.
import { M } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, conflict, isHeld, moveTo, ownsIt, recordFacts, type State } from '../state';
import type { EventRecord } from '../types';
import { claim, establish } from './establish';
import { visitAfterReport } from './filing';

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
    establish(ctx, s, ev);
    return;
  }
  // A channel's customer is received by agents on the channel's behalf: their contacts count.
  if (ev.agent === null || ownsIt(s, ev.agent) || s.owner.kind === 'channel') {
    renew(ctx, s, ev);
    return;
  }
  byOther(ctx, s, ev, ev.agent);
}

/** The owner's own contact keeps the claim alive (a window counted from the latest contact). */
export function renew(ctx: Ctx, s: State, ev: EventRecord): void {
  const { policy } = ctx;
  if (ev.agent === null) {
    ctx.note(s.rules, [M.did(null, ev.kind, ev.day, ev.ref), M.ownedBy(s.owner.name ?? '')]);
    return;
  }
  s.lastContact = ev.day;
  const renews = s.closed ? policy.closed.contactsRenew : policy.claim.from === 'contact';
  if (renews) {
    s.anchor = ev.day;
    if (!s.closed && s.visited && policy.claim.callWindow && s.span === policy.claim.callWindow) s.span = policy.claim.window;
  }
  if (s.callback && ev.day <= s.callback.due) s.callback = null;
  if (s.firstFollowup && ev.day > (s.basis?.day ?? ev.day)) s.firstFollowup.done = true;
  if (s.status === 'warning') moveTo(ctx, s, ev.day, s.owner, s.closed ? policy.closed.status : 'protected', [s.windowRule], ev.ref);
  const rules = renews ? [s.windowRule] : s.rules;
  s.text = [...s.text.slice(0, 1), M.latest(ev.day, ev.ref)];
  ctx.note(rules, [M.did(ev.agent, ev.kind, ev.day, ev.ref)]);
}

/** Another agent's contact while the customer is held (common/INTERVENE and its exceptions). */
function byOther(ctx: Ctx, s: State, ev: EventRecord, agent: string): void {
  const { policy } = ctx;
  const owner = s.owner.name ?? '';
  const designation = policy.designation;
  if (designation?.mode === 'always' && ev.designated && ev.designated !== owner) {
    claim(ctx, s, ev, agentOwner(ev.designated), 'designation', [designation.rule], [M.designated(ev.designated, ev.day, ev.ref)]);
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
    const ownerToday = s.owner.name !== null && s.agents.get(s.owner.name)?.contactDays.has(ev.day);
    if (!ownerToday && !s.callback) s.callback = { due: ev.day + cb.days, ref: ev.ref, rule: cb.rule };
    ctx.note([policy.claim.othersRule, 'common/INTERVENE', 'common/ABSENT', cb.rule], [M.dutyHelp(agent, owner, ev.day, ev.ref), M.callbackDue(owner, ev.day + cb.days)]);
    return;
  }
  ctx.note([policy.claim.othersRule, 'common/INTERVENE'], [M.dutyHelp(agent, owner, ev.day, ev.ref)]);
}

/**
 * Two agents' first contacts on the claim's first day: different sites share the customer
 * (first-contact R3); otherwise, when the register cannot order them, a manager must rule.
 */
function sameDayClaim(ctx: Ctx, s: State, ev: EventRecord, agent: string): boolean {
  const { policy } = ctx;
  const basis = s.basis;
  if (!basis || s.how !== 'contact' || basis.day !== ev.day || s.closed || !policy.claim.by.includes(ev.kind)) return false;
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
  if (share && ctx.staff.isOff(owner, ev.day)) {
    const last = s.agents.get(owner)?.contactDays;
    const recent = last ? [...last].some((day) => day < ev.day && day >= ev.day - share.days) : false;
    if (recent) {
      s.coOwners = [agent];
      s.rules = [share.rule, 'common/ABSENT'];
      s.text = [...s.text, M.offDayShare(owner, agent, ev.day, share.days)];
      ctx.note(s.rules, [M.offDayShare(owner, agent, ev.day, share.days)]);
      return;
    }
  }
  claim(ctx, s, ev, agentOwner(agent), 'contact', [policy.claim.othersRule], [M.takeover(agent, owner, ev.day, ev.ref)]);
}
