// deal-attribution R7: a first visit through the developer or builder (the policy's
// `team.sources`) closed on the spot credits the whole project team.
import { M } from '../messages';
import type { Ctx } from '../context';
import { moveTo, type State } from '../state';
import type { EventRecord } from '../types';
import type { Decision } from './decision';

/** The team's decision, or null when the claim's first visit was not through those sources that day. */
export function teamDeal(ctx: Ctx, s: State, ev: EventRecord): Decision | null {
  const team = ctx.policy.team;
  const basis = s.basis;
  if (!team || !basis || basis.day !== ev.day || !basis.source) return null;
  const source = basis.source;
  if (!team.sources.some((w) => source.includes(w))) return null;
  const text = [M.team(team.label, basis.ref, source)];
  moveTo(ctx, s, ev.day, { kind: 'team', name: team.label }, s.status ?? 'protected', [team.rule], ev.ref);
  return { performance: { [team.label]: 1 }, commission: { [team.label]: 1 }, rules: [team.rule], text };
}
