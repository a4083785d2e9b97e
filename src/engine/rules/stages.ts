// Rulebook §5 and decide/D11: the stages of one purchase (定金 < 认购 < 签约 < 全款) are one deal.
// A later stage carries the first stage's split whatever happened to the claim in between, and
// 月结 counts the purchase once; a stage at or before the last one, or another 房号 where the
// sheet keeps one, starts a new purchase. In the filing presets each 回款 is its own order.
import { M } from '../messages';
import type { Ctx } from '../context';
import { isHeld, type State } from '../state';
import type { DealStage, EventRecord } from '../types';
import { pushDeal } from './pushDeal';

const STAGE: Record<DealStage, number> = { deposit: 1, subscription: 2, contract: 3, full: 4, payment: 5 };

/** The row's stage number; a row without one reads by its kind. */
export function stageOf(ev: EventRecord): number {
  if (ev.stage) return STAGE[ev.stage];
  return ev.kind === 'deposit' ? 1 : ev.kind === 'payment' ? 5 : 3;
}

/** An order payment that is its own order, not a purchase's last stage (daily-chem, tools-filing). */
export function isOrder(ctx: Ctx, ev: EventRecord): boolean {
  return ev.kind === 'payment' && ctx.policy.closed.paymentsAreOrders;
}

/** decide/D11: is this row a later stage of the open purchase? */
export function isLaterStage(ctx: Ctx, s: State, ev: EventRecord): boolean {
  const p = s.purchase;
  if (!p || isOrder(ctx, ev) || stageOf(ev) <= p.stage) return false;
  // Another unit is another purchase (where the sheet keeps 房号).
  return !(p.unit && ev.unit && p.unit !== ev.unit);
}

/**
 * decide/D11 (§5 deal stages): the later stage carries the purchase's split, whoever holds the
 * customer now; a release or a departure since then affects only later purchases.
 */
export function carryStage(ctx: Ctx, s: State, ev: EventRecord): void {
  const p = s.purchase;
  if (!p) return;
  p.stage = stageOf(ev);
  if (isHeld(s)) s.anchor = ev.day;
  const rules = isHeld(s) ? [...p.rules] : [...p.rules, 'decide/D11'];
  const text = [M.stageOf(p.ref)];
  pushDeal(ctx, s, ev, { performance: p.performance, commission: p.commission, rules, text }, p.ref);
  ctx.note(rules, text);
}
