// common/DEPARTED (widened): from the departure day all of a departed agent's customers wait at
// the manager (or the preset's target). A deal after that, a repeat purchase included, is not
// theirs: the agent serving the customer now is credited and owns. Past deals stay theirs.
import { M } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, hold, type State } from '../state';
import type { EventRecord } from '../types';
import type { Decision } from './decision';

/** The customer waits at the departure target because its owner left. */
export function leftBehind(ctx: Ctx, s: State): boolean {
  const { departed } = ctx.policy;
  return s.owner.kind === 'company' && s.owner.name === departed.to && s.rules.includes(departed.rule);
}

/** A departed owner's customer: the closer is credited and owns (common/DEPARTED). */
export function departedDeal(ctx: Ctx, s: State, ev: EventRecord, closer: string): Decision {
  const rules = [ctx.policy.departed.rule];
  const text = [...s.text.slice(-1), M.dealOwn(closer, ev.day, ev.ref)];
  hold(ctx, s, ev.day, agentOwner(closer), 'deal', ev, rules, text);
  return { performance: { [closer]: 1 }, commission: { [closer]: 1 }, rules, text };
}
