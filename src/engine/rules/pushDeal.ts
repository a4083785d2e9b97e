// A credited deal joins the result's deals, with its category (developer-direct) and any fee
// owed (brokerage-viewing); the row being folded points at it.
import { withDecisions } from '../cite';
import { reason } from '../messages';
import type { Ctx } from '../context';
import type { State } from '../state';
import type { EventRecord } from '../types';
import { categoryOf } from './category';
import type { Decision } from './decision';

export function pushDeal(
  ctx: Ctx,
  s: State,
  ev: EventRecord,
  d: Decision,
  purchaseOf: EventRecord['ref'] | null,
  unverified = false,
): void {
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
    unverified,
    reason: reason(
      withDecisions(ctx.policy, [...d.rules, ...(category?.rules ?? [])]),
      category ? [...d.text, category.text] : d.text,
    ),
  });
  ctx.markDeal(ctx.deals.length - 1);
}
