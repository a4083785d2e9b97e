// cross-customer R4.2 and first-receptionist R4: rows entered (entry stamp or 录入时间) after the
// deal day + N do not count against the closer. The customer's earlier rows are refolded without
// them and the deal is judged on that; the case stands on 冲突 (`late-evidence`).
import { M } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, conflict, hold, isHeld, type State } from '../state';
import type { EventRecord } from '../types';
import type { Decision } from './decision';

/**
 * The decision when the owner's claim rests on late evidence, or null when it does not.
 * `split` judges the deal for another owner the timely register shows.
 */
export function lateEvidence(
  ctx: Ctx,
  s: State,
  ev: EventRecord,
  owner: string,
  closer: string,
  split: (other: string) => Decision,
): Decision | null {
  const late = ctx.policy.deals.lateEvidence;
  if (!late) return null;
  const deadline = ev.day + late.days;
  const timely = ctx.refold(ev, deadline);
  if (!timely || (timely.owner.kind === 'agent' && timely.owner.name === owner)) return null;
  // The owner's proof came after the deadline: judge the deal as if it were not there.
  const text = M.lateEvidence(owner, deadline);
  // The owner's rows were dated in time but entered too late: the entry time decided (decide/D12).
  const rules = [late.rule, 'decide/D12'];
  conflict(ctx, ev, 'late-evidence', [owner, closer], rules, [text], deadline);
  const other = isHeld(timely) && timely.owner.kind === 'agent' ? timely.owner.name : null;
  if (other && other !== closer) {
    hold(ctx, s, timely.anchor, agentOwner(other), timely.how ?? 'contact', timely.basis, rules, [text]);
    return split(other);
  }
  hold(ctx, s, ev.day, agentOwner(closer), 'deal', ev, rules, [text]);
  return {
    performance: { [closer]: 1 },
    commission: { [closer]: 1 },
    rules,
    text: [text, M.dealOwn(closer, ev.day, ev.ref)],
  };
}
