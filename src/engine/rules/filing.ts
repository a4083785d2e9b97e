// Reports and filings (报备 / 备案): first filed, first served; a report may await a visit;
// a channel's report must come half a day early, and may not cut into a held household.
import { endOf } from '../calendar';
import { relationIn } from '../identity';
import { M } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, conflict, hold, isHeld, moveTo, ownsIt, POOL, type State } from '../state';
import type { EventRecord, Owner } from '../types';
import { establish } from './establish';

export function filer(ev: EventRecord): Owner | null {
  if (ev.channel) return { kind: 'channel', name: ev.broker ? `${ev.channel}/${ev.broker}` : ev.channel };
  return ev.agent ? agentOwner(ev.agent) : null;
}

export function onFiling(ctx: Ctx, s: State, ev: EventRecord): void {
  const { policy } = ctx;
  const who = filer(ev);
  if (!who || who.name === null) {
    ctx.note([policy.filing.rejectRule], [M.noClaim(ev.kind, ev.day, ev.ref)]);
    return;
  }
  if (householdCut(ctx, s, ev, who.name)) return;
  if (isHeld(s)) {
    if (ownsIt(s, who.name) || s.owner.name === who.name) {
      ctx.note(s.rules, [M.filed(who.name, ev.day, ev.ref)]);
      return;
    }
    reject(ctx, s, ev, who.name, 'second-filing');
    return;
  }
  if (!policy.claim.by.includes(ev.kind)) {
    establish(ctx, s, ev);
    return;
  }
  const visitWithin = policy.filing.visitWithin;
  if (visitWithin) {
    const judged = ev.judgedDay ?? ev.day;
    const due = endOf(judged, visitWithin);
    const rules = [policy.filing.visitRule ?? policy.claim.rule];
    hold(ctx, s, ev.day, who, 'filing', ev, rules, [M.reportPending(who.name, ev.day, ev.ref, due)]);
    s.pending = { due, filing: ev, visited: false };
    moveTo(ctx, s, ev.day, who, 'pending-visit', rules, ev.ref);
    ctx.note(rules, [M.reportPending(who.name, ev.day, ev.ref, due)]);
    return;
  }
  const rules = [policy.filing.windowRule ?? policy.claim.rule];
  hold(ctx, s, ev.day, who, 'filing', ev, rules, [M.filed(who.name, ev.day, ev.ref)]);
  s.filed = true;
  s.span = policy.filing.window;
  s.windowRule = policy.filing.windowRule ?? policy.claim.windowRule;
  s.variant = 'filed';
  ctx.note(rules, [M.filed(who.name, ev.day, ev.ref)]);
}

function reject(ctx: Ctx, s: State, ev: EventRecord, who: string, kind: 'second-filing' | 'report-rejected'): void {
  const { policy } = ctx;
  const owner = s.owner.name ?? '';
  const rules = [policy.filing.rejectRule, 'common/CONFLICT'];
  const text = M.filingRejected(who, owner, ev.ref);
  conflict(ctx, ev, ev.channel ? 'report-rejected' : kind, [owner, who], rules, [text]);
  ctx.note(rules, [text]);
}

/** channel-confirm R4 (切客): a report on a member of a household the register already holds. */
function householdCut(ctx: Ctx, s: State, ev: EventRecord, who: string): boolean {
  const rule = ctx.policy.filing.householdRule;
  if (!rule || !ev.linkedPhone || !relationIn(ev.relation, ctx.policy.identity.household)) return false;
  const other = ctx.customerOf(ev.linkedPhone);
  const holder = other === ctx.customerId ? (isHeld(s) ? s.owner : null) : other ? ctx.ownerAt(other, ev.day) : null;
  if (!holder || holder.kind !== 'agent' || holder.name === null || holder.name === who) return false;
  const rules = [rule, 'common/CONFLICT'];
  const text = M.householdCut(who, holder.name, ev.ref);
  conflict(ctx, ev, 'household-cut', [holder.name, who], rules, [text]);
  ctx.note(rules, [text]);
  return true;
}

/**
 * A visit while a report awaits one. The reporter's visit (or a walk-in, park-report R4, or a
 * visit received by any agent for a channel) turns it into a held customer; a visit less than
 * half a day after a channel report voids the report (channel-confirm R1).
 * Returns true when it handled the visit.
 */
export function visitAfterReport(ctx: Ctx, s: State, ev: EventRecord): boolean {
  const { policy } = ctx;
  const pending = s.pending;
  if (!pending) return false;
  const report = pending.filing;
  const lead = policy.filing.leadMinutes;
  if (lead && !earlyEnough(report, ev, lead.minutes)) {
    const rules = [lead.rule, 'common/CONFLICT'];
    const text = M.leadTooShort(report.ref, lead.minutes);
    conflict(ctx, report, 'report-rejected', [ev.agent ?? '', s.owner.name ?? ''], rules, [text]);
    s.pending = null;
    moveTo(ctx, s, ev.day, POOL, 'released', rules, report.ref);
    establish(ctx, s, ev);
    return true;
  }
  // The reporter's visit, a walk-in (park-report R4), or another agent receiving on the
  // reporter's behalf (duty help; for a channel, the receptionist): the report is honoured.
  const reporter = s.owner.name ?? '';
  const byReporter = ev.agent === reporter;
  if (report.confirmed === false && policy.filing.confirmRule) {
    pending.visited = true;
    s.rules = [policy.filing.confirmRule];
    s.text = [M.reportPending(reporter, report.day, report.ref, pending.due), M.unconfirmed];
    ctx.note(s.rules, [M.unconfirmed]);
    return true;
  }
  const rules = [policy.filing.windowRule ?? policy.filing.visitRule ?? policy.claim.rule];
  if (ev.agent === null && policy.filing.walkInCounts) rules.push(policy.filing.walkInCounts);
  const text = [M.reportVisited(reporter, ev.day, ev.ref)];
  if (ev.agent === null) text.push(M.walkInCounts);
  else if (!byReporter && s.owner.kind === 'agent') text.push(M.dutyHelp(ev.agent, reporter, ev.day, ev.ref));
  const owner = s.owner;
  hold(ctx, s, ev.day, owner, 'filing', report, rules, text);
  s.span = policy.filing.window;
  s.windowRule = policy.filing.windowRule ?? policy.claim.windowRule;
  s.lastContact = ev.day;
  ctx.note(rules, text);
  return true;
}

/** channel-confirm R1: with times, at least N minutes earlier; with dates only, an earlier date. */
function earlyEnough(report: EventRecord, visit: EventRecord, minutes: number): boolean {
  if (report.minute !== null && visit.minute !== null) {
    return (visit.day - report.day) * 1440 + (visit.minute - report.minute) >= minutes;
  }
  return report.day < visit.day;
}
