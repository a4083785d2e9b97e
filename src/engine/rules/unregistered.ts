// daily-chem-filing R1/R2 with decide/D8: where the preset requires a filing, an order on an
// unfiled customer is credited to its agent but protects nothing (①); a customer filed before
// whose protection lapsed stays ② for anyone else's order. The filer's own order after the lapse
// makes the customer ③ again for them, R3's clock running from it.
import { M } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, hold, moveTo, type State } from '../state';
import type { EventRecord } from '../types';
import type { Decision } from './decision';
import { pushDeal } from './pushDeal';

/** The agent whose filing the customer rests on, if any. */
function filerOf(s: State): string | null {
  const b = s.basis;
  return s.filed && b && (b.kind === 'filing' || b.kind === 'report') ? b.agent : null;
}

/**
 * A decision to close on (the filer's order, decide/D8), or null once the order is recorded
 * without protection (① or ②).
 */
export function unregisteredDeal(ctx: Ctx, s: State, ev: EventRecord): Decision | null {
  const { policy } = ctx;
  const credit = ev.agent ?? ev.source ?? policy.house;
  const filer = filerOf(s);
  if (filer !== null && ev.agent === filer) {
    // decide/D8: ③ 「三个月内至少有一笔订单回款」 fits again; ② 「未有订单回款」 no longer does.
    const rules = [policy.closed.rule, 'decide/D8'];
    const text = [M.filerOrder(filer, ev.day, ev.ref)];
    hold(ctx, s, ev.day, agentOwner(filer), 'filing', s.basis, rules, text);
    return { performance: { [filer]: 1 }, commission: { [filer]: 1 }, rules, text };
  }
  const required = [policy.claim.requireFiling ?? policy.closed.rule];
  // decide/D8: another agent's order counts as theirs; the customer stays ② until they file.
  const lapsed = s.filed ? [policy.filing.windowRule ?? policy.claim.windowRule, 'decide/D8'] : null;
  const rules = lapsed ?? required;
  const text = [M.dealOwn(credit, ev.day, ev.ref), lapsed ? M.lapsedFiling : M.unregistered];
  pushDeal(ctx, s, ev, { performance: { [credit]: 1 }, commission: { [credit]: 1 }, rules, text }, null);
  if (!lapsed && s.status !== 'unregistered') moveTo(ctx, s, ev.day, s.owner, 'unregistered', rules, ev.ref);
  s.rules = rules;
  s.text = text;
  ctx.note(rules, text);
  return null;
}
