// The one fold: a customer's timeline, event by event, consulting the policy.
// Same events in, same state out, whatever order the rows had on the sheet.
import type { Ctx } from './context';
import { backdated, enteredText } from './entry';
import { engineIssue, M } from './messages';
import { advance } from './rules/advance';
import { onContact } from './rules/contact';
import { onDeal } from './rules/deal';
import { onFiling } from './rules/filing';
import { onRuling } from './rules/ruling';
import { weakDeal } from './rules/weakDeal';
import { initialState, isHeld, moveTo, through, type State } from './state';
import type { Day, EventRecord, RulingRecord, SourceRef } from './types';

/** A ruling on a customer's timeline, beside its events (which are items as they are). */
export interface RulingItem {
  readonly kind: 'ruling';
  readonly ruling: RulingRecord;
  readonly day: Day;
  readonly ref: SourceRef;
}

export type Item = EventRecord | RulingItem;

export const isEvent = (i: Item): i is EventRecord => i.kind !== 'ruling';

/** The first event's value of a field that has one (a customer's first phone or name). */
export function firstOf(items: readonly Item[], field: 'phone' | 'name'): string | null {
  for (const i of items) if (i.kind !== 'ruling' && i[field]) return i[field];
  return null;
}

const PRIORITY: Record<string, number> = {
  report: 1,
  filing: 1,
  confirm: 1,
  call: 2,
  visit: 2,
  viewing: 2,
  appointment: 2,
  followup: 2,
  deposit: 3,
  deal: 3,
  payment: 3,
};

/** Timeline order: day, then rulings, filings, contacts, deals; then time; then sheet and row. */
export function compareItems(a: Item, b: Item): number {
  const ka = a.kind === 'ruling' ? 0 : (PRIORITY[a.kind] ?? 2);
  const kb = b.kind === 'ruling' ? 0 : (PRIORITY[b.kind] ?? 2);
  const ma = a.kind === 'ruling' ? -1 : (a.minute ?? -1);
  const mb = b.kind === 'ruling' ? -1 : (b.minute ?? -1);
  const ra = a.ref;
  const rb = b.ref;
  return (
    a.day - b.day ||
    ka - kb ||
    ma - mb ||
    (ra.sheet < rb.sheet ? -1 : ra.sheet > rb.sheet ? 1 : 0) ||
    ra.row - rb.row ||
    a.kind.localeCompare(b.kind)
  );
}

/** A row without a usable identity neither makes nor blocks a claim (common/ID-VALID). */
export function weakRule(ctx: Ctx, ev: EventRecord): string | null {
  if (!ev.phone) return 'common/ID-VALID';
  if (!ev.name && ctx.policy.identity.weakWithoutName && ev.kind !== 'payment')
    return ctx.policy.identity.weakWithoutName;
  return null;
}

/** What the fold hands over for each event: the state right after it, and the row's note. */
export type RowSink = (ev: EventRecord, s: Readonly<State>, note: ReturnType<Ctx['takeNote']>) => void;

/** Runs the fold over timeline items; `row` receives each event's state right after it. */
export function runFold(ctx: Ctx, items: readonly Item[], row: RowSink, s: State = initialState()): State {
  const firstPhone = firstOf(items, 'phone');
  const firstName = firstOf(items, 'name');
  for (const ev of items) {
    advance(ctx, s, ev.day);
    if (ev.kind === 'ruling') {
      onRuling(ctx, s, ev.ruling);
      continue;
    }
    const weak = weakRule(ctx, ev);
    if (weak && (ev.kind === 'deposit' || ev.kind === 'deal' || ev.kind === 'payment')) {
      weakDeal(ctx, s, ev, weak);
    } else if (weak) {
      ctx.note([weak], [M.weak(ev.ref)]);
      ctx.issues.push(
        engineIssue(ev.ref, ev.phone ? 'name' : 'phone', 'weak', ev.phone ? M.weakNoName(weak) : M.weakNoPhone(weak)),
      );
    } else if (ev.kind === 'report' || ev.kind === 'filing') {
      onFiling(ctx, s, ev);
    } else if (ev.kind === 'confirm') {
      ctx.note(ctx.policy.category ? [ctx.policy.category.rule] : [ctx.policy.claim.rule], [
        M.did(ev.agent, ev.kind, ev.day, ev.ref),
      ]);
    } else if (ev.kind === 'deposit' || ev.kind === 'deal' || ev.kind === 'payment') {
      onDeal(ctx, s, ev);
    } else {
      onContact(ctx, s, ev);
    }
    // A back-dated row counts from its date (decide/D12); the reason says when it was entered.
    if (backdated(ev)) ctx.note(['decide/D12'], [enteredText(ev)]);
    // A family member's row: the link that made it this customer is part of the reason.
    if (ev.phone && firstPhone && ev.phone !== firstPhone) ctx.note([ctx.policy.identity.familyRule], []);
    // The same phone under another name is still the same customer.
    else if (ev.phone && ev.name && firstName && ev.name !== firstName) ctx.note(['common/ID-PHONE'], []);
    row(ev, s, ctx.takeNote());
  }
  return s;
}

/** The standing on the as-of day: lapses up to it, then warnings (rulebook §5 `warning`). */
export function settle(ctx: Ctx, s: State, asOf: Day): void {
  advance(ctx, s, asOf);
  if (!isHeld(s) || s.status !== 'protected') return;
  const last = through(s);
  const warn = ctx.policy.warnDays;
  if (last !== null && warn > 0 && last - asOf < warn) {
    moveTo(ctx, s, Math.max(s.anchor, last - warn + 1), s.owner, 'warning', [s.windowRule], null);
    return;
  }
  const ff = s.firstFollowup;
  if (ff && !ff.done && ff.due < asOf) {
    s.rules = [...s.rules, ff.rule];
    s.text = [...s.text, M.firstFollowupMissed(ff.due)];
    moveTo(ctx, s, ff.due + 1, s.owner, 'warning', [ff.rule], null);
  }
}
