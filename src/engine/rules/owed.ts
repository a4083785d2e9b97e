// brokerage-viewing R1/R2: a buyer shown a unit who then buys privately from the owner, or
// through another agency, within the viewing's protection owes the brokerage its fee.
import { engineIssue, M } from '../messages';
import type { Ctx } from '../context';
import { isHeld, type State } from '../state';
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
  if (isHeld(s) && s.owner.kind === 'agent' && s.owner.name) {
    const agent = s.owner.name;
    const amount = price === null ? 0 : Math.round(price * owed.rate * 100) / 100;
    const text = [M.elsewhere(ev.source ?? '', ev.day, ev.ref), M.owed(agent, amount, owed.rate)];
    if (price === null) {
      ctx.issues.push(engineIssue(ev.ref, 'amount', 'note', M.t('他处成交缺少成交金额，应付金额按 0 计，请补录', 'a deal closed elsewhere has no amount; the sum owed is 0 until it is filled in')));
    }
    return { performance: { [agent]: 1 }, commission: { [agent]: 1 }, rules: [rule], text, owed: { agent, amount } };
  }
  const credit = ev.source ?? ctx.policy.house;
  return { performance: { [credit]: 1 }, commission: { [credit]: 1 }, rules: [rule], text: [M.elsewhere(ev.source ?? '', ev.day, ev.ref), M.nothingOwed], owed: null };
}
