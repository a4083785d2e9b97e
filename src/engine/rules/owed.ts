// brokerage-viewing R1/R2: a buyer shown a unit who then buys privately from the owner, or
// through another agency, within the viewing's protection owes the brokerage its fee.
import { endOf } from '../calendar';
import { engineIssue, M } from '../messages';
import type { Ctx } from '../context';
import type { State } from '../state';
import type { EventRecord } from '../types';
import type { Decision } from './decision';

const matches = (source: string | null, words: readonly string[]): boolean =>
  !!source && words.some((w) => source.includes(w));

/** A decision for a deal closed elsewhere, or null when the deal is an ordinary one. */
export function owedOf(ctx: Ctx, s: State, ev: EventRecord): Decision | null {
  const owed = ctx.policy.owed;
  if (!owed) return null;
  const privately = matches(ev.source, owed.sources);
  const elsewhere = matches(ev.source, owed.elsewhereSources);
  if (!privately && !elsewhere) return null;
  const rule = privately ? owed.rule : owed.elsewhereRule;
  const price = ev.amount ?? ev.totalPrice;
  const viewing = creditedViewing(ctx, ev, privately);
  if (viewing && viewing.agent) {
    const agent = viewing.agent;
    const amount = price === null ? 0 : Math.round(price * owed.rate * 100) / 100;
    const text = [M.elsewhere(ev.source ?? '', ev.day, ev.ref), M.owed(agent, amount, owed.rate)];
    if (price === null) {
      ctx.issues.push(engineIssue(ev.ref, 'amount', 'note', M.owedNoAmount));
    }
    text.push(M.owedViewing(privately, viewing.day, viewing.ref));
    return {
      performance: { [agent]: 1 },
      commission: { [agent]: 1 },
      rules: [rule, 'decide/D10'],
      text,
      owed: { agent, amount },
    };
  }
  const credit = ev.source ?? ctx.policy.house;
  return {
    performance: { [credit]: 1 },
    commission: { [credit]: 1 },
    rules: [rule],
    text: [M.elsewhere(ev.source ?? '', ev.day, ev.ref), M.nothingOwed],
    owed: null,
  };
}

/**
 * Whose viewing earns the fee (decide/D10). R1: the earliest viewing within the protection
 * before the deal (the introduction earns it; the protection runs from the latest viewing by
 * anyone). R2: the buyer's first viewing on the register, if within the protection. Where both
 * rows name the unit (房号), only viewings of the unit sold count.
 */
function creditedViewing(ctx: Ctx, deal: EventRecord, privately: boolean): EventRecord | null {
  const { by, window } = ctx.policy.claim;
  for (const e of ctx.events) {
    if (
      e.day > deal.day ||
      !e.agent ||
      !by.includes(e.kind) ||
      e.kind === 'deposit' ||
      e.kind === 'deal' ||
      e.kind === 'payment'
    )
      continue;
    if (e.unit && deal.unit && e.unit !== deal.unit) continue;
    const inTime = window === null || endOf(e.day, window) >= deal.day;
    if (privately && !inTime) continue;
    // R2: the buyer's first viewing earns the fee, unless its row says it was not their first.
    return inTime && (privately || e.first !== false) ? e : null;
  }
  return null;
}
