// Reports and filings (报备 / 备案): first filed, first served; a report may await a visit;
// a channel's report must come half a day early, and may not cut into a held household.
import { endOf } from '../calendar';
import { backdated, enteredOn, enteredText } from '../entry';
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
      if (!corrects(ctx, s, ev)) ctx.note(s.rules, [M.filed(who.name, ev.day, ev.ref)]);
      return;
    }
    if (!enteredEarlier(ctx, s, ev, who.name)) {
      reject(ctx, s, ev, who.name, 'second-filing');
      return;
    }
  } else if (recentlySeen(ctx, s, ev, who.name)) {
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
  const text = [M.filingRejected(who, owner, ev.ref)];
  // A back-dated filing is rejected all the same: the holder's was on the register first (§3).
  if (backdated(ev)) text.push(enteredText(ev));
  conflict(ctx, ev, ev.channel ? 'report-rejected' : kind, [owner, who], rules, text);
  ctx.note(rules, text);
}

/**
 * A correction replaces what it corrects (docs/engine.md, "Re-entered filings"): the same filer's
 * later row for a report still awaiting its signed slip (channel-confirm R5, 可以延后补签) brings
 * the signature; the report keeps its own date, so who was first does not change. Returns true
 * when the row corrected the report.
 */
function corrects(ctx: Ctx, s: State, ev: EventRecord): boolean {
  const pending = s.pending;
  const rule = ctx.policy.filing.confirmRule;
  if (!rule || !pending || pending.filing.confirmed !== false || ev.confirmed !== true) return false;
  pending.filing = { ...pending.filing, confirmed: true };
  ctx.note([rule], [M.slipSigned(ev.ref, pending.filing.ref)]);
  if (pending.visit) visitAfterReport(ctx, s, pending.visit);
  return true;
}

/**
 * First filed, first served, by entry time (rulebook §3, §8): the holder's claim rests on a
 * filing dated earlier but entered after this one. The back-dated filing never beats an honest
 * earlier one: it is rejected, and this filing is judged as if it had come first. Returns true
 * when this filing takes over.
 */
function enteredEarlier(ctx: Ctx, s: State, ev: EventRecord, who: string): boolean {
  const basis = s.basis;
  if (s.how !== 'filing' || s.closed || !basis || (basis.kind !== 'filing' && basis.kind !== 'report')) return false;
  if (!backdated(basis) || enteredOn(basis) <= enteredOn(ev)) return false;
  const holder = s.owner.name ?? '';
  // A holder who has met the customer since rests on that contact, not on the filing alone.
  if (s.agents.get(holder)?.contacts) return false;
  // The entry days decided who was first, not the dates (decide/D12).
  const rules = [ctx.policy.filing.rejectRule, 'decide/D12', 'common/CONFLICT'];
  const text = [M.filingRejected(holder, who, basis.ref), enteredText(basis), M.filingEnteredFirst(who, ev.day)];
  conflict(ctx, basis, basis.channel ? 'report-rejected' : 'second-filing', [who, holder], rules, text);
  ctx.note(rules, text);
  return true;
}

/**
 * channel-confirm R2 (decide/D2): a report on a customer the register shows a call or visit of,
 * by anyone, within the days before it is rejected even when no claim holds any more.
 */
function recentlySeen(ctx: Ctx, s: State, ev: EventRecord, who: string): boolean {
  const judge = ctx.policy.filing.judgeAnyRow;
  const last = s.lastSeen;
  if (!judge || !last || ev.day - last.day > judge.days) return false;
  const rules = [judge.rule, 'decide/D2', 'common/CONFLICT'];
  const text = M.reportSeenBefore(who, ev.ref, last, judge.days);
  conflict(ctx, ev, 'report-rejected', [last.agent ?? '', who], rules, [text]);
  ctx.note(rules, [text]);
  return true;
}

/**
 * channel-confirm R4 (切客): a report on a member of a household the register already holds.
 * The tie counts from either side: the relation and linked phone on the report's row, or on a
 * row of the held customer naming the report's phone.
 */
function householdCut(ctx: Ctx, s: State, ev: EventRecord, who: string): boolean {
  const rule = ctx.policy.filing.householdRule;
  if (!rule) return false;
  const household = ctx.policy.identity.household;
  const holderOf = (other: string | null): Owner | null =>
    other === ctx.customerId
      ? isHeld(s) && newPhone(ctx, ev)
        ? s.owner
        : null
      : other
        ? ctx.ownerAt(other, ev.day)
        : null;
  let holder: Owner | null = null;
  if (ev.linkedPhone && relationIn(ev.relation, household)) holder = holderOf(ctx.customerOf(ev.linkedPhone));
  // Any household member held by another agent cuts, whichever side wrote the tie.
  if ((!holder || holder.kind !== 'agent' || holder.name === who) && ev.phone) {
    for (const link of ctx.linksTo(ev.phone)) {
      if (link === ev || link.day > ev.day || !relationIn(link.relation, household) || !link.phone) continue;
      const h = holderOf(ctx.customerOf(link.phone));
      if (h && h.kind === 'agent' && h.name !== who) {
        holder = h;
        break;
      }
    }
  }
  if (!holder || holder.kind !== 'agent' || holder.name === null || holder.name === who) return false;
  const rules = [rule, 'common/CONFLICT'];
  const text = M.householdCut(who, holder.name, ev.ref);
  conflict(ctx, ev, 'household-cut', [holder.name, who], rules, [text]);
  ctx.note(rules, [text]);
  return true;
}

/** The report is on a phone this customer's earlier rows did not use: another household member. */
function newPhone(ctx: Ctx, ev: EventRecord): boolean {
  if (!ev.phone) return false;
  for (const e of ctx.events) {
    if (e === ev) return true;
    if (e.phone === ev.phone) return false;
  }
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
    // Cite what decided: the entry day (decide/D12), or dates without a time (decide/D1).
    const rules = [lead.rule, ...leadCites(report, ev, lead.minutes), 'common/CONFLICT'];
    const text = [M.leadTooShort(report.ref, lead.minutes), ...(backdated(report) ? [enteredText(report)] : [])];
    conflict(ctx, report, 'report-rejected', [ev.agent ?? '', s.owner.name ?? ''], rules, text);
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
    pending.visit = ev;
    s.rules = [policy.filing.confirmRule];
    s.text = [M.reportPending(reporter, report.day, report.ref, pending.due), M.unconfirmed];
    ctx.note(s.rules, [M.unconfirmed]);
    return true;
  }
  const rules = [policy.filing.windowRule ?? policy.filing.visitRule ?? policy.claim.rule];
  if (ev.agent === null && policy.filing.walkInCounts) rules.push(policy.filing.walkInCounts);
  const text = [M.reportVisited(reporter, ev.day, ev.ref)];
  if (lead) {
    const cites = leadCites(report, ev, lead.minutes);
    rules.push(...cites);
    // Judged on the day the report was entered: the reason says so (decide/D12).
    if (cites.includes('decide/D12')) text.push(enteredText(report));
  }
  if (ev.agent === null) text.push(M.walkInCounts);
  else if (!byReporter && s.owner.kind === 'agent') {
    // park-report R4/R5 (decide/D16): another agent bringing a reported customer is the reporter's
    // visit; the bringer is duty help, and the case stands on 冲突 (撞单).
    const help = M.dutyHelp(ev.agent, reporter, ev.day, ev.ref);
    text.push(help);
    rules.push('common/INTERVENE', 'decide/D16');
    conflict(
      ctx,
      ev,
      'reported-visit',
      [reporter, ev.agent],
      [...rules, 'common/CONFLICT'],
      [M.reportVisited(reporter, ev.day, ev.ref), help],
    );
  }
  const owner = s.owner;
  hold(ctx, s, ev.day, owner, 'filing', report, rules, text);
  s.span = policy.filing.window;
  s.windowRule = policy.filing.windowRule ?? policy.claim.windowRule;
  s.lastContact = ev.day;
  ctx.note(rules, text);
  return true;
}

/** A row without a time: half a day is read on dates (decide/D1). */
function untimed(report: EventRecord, visit: EventRecord): boolean {
  return report.minute === null || visit.minute === null;
}

/** The lead judged on the report's own date and time, as if it had been entered that day. */
function earlyOnItsDate(report: EventRecord, visit: EventRecord, minutes: number): boolean {
  if (untimed(report, visit)) return report.day < visit.day;
  return (visit.day - report.day) * 1440 + ((visit.minute ?? 0) - (report.minute ?? 0)) >= minutes;
}

/**
 * The decision that settled channel-confirm R1's judgment, to cite beside it: decide/D12 when the
 * report's entry day decided (a back-dated report judged on the day it reached the register, which
 * its own date would have passed), decide/D1 when a row without a time was judged on dates, none
 * when both times were there and the lead in hours decided.
 */
export function leadCites(report: EventRecord, visit: EventRecord, minutes: number): string[] {
  if (backdated(report) && earlyOnItsDate(report, visit, minutes)) return ['decide/D12'];
  return untimed(report, visit) ? ['decide/D1'] : [];
}

/**
 * channel-confirm R1: with times, at least N minutes earlier; with dates only, an earlier date
 * (decide/D1). A report entered after its date counts from its entry day (rulebook §3, §8).
 */
export function earlyEnough(report: EventRecord, visit: EventRecord, minutes: number): boolean {
  if (backdated(report)) return enteredOn(report) < visit.day;
  return earlyOnItsDate(report, visit, minutes);
}
