// A deal closed by an agent other than the owner: the preset's ordered split rules
// (policy `deals.byOther`, each a named condition of dealConditions.ts), else the owner keeps all.
// Every such deal stands on 冲突 (common/CONFLICT).
import { M, type Text } from '../messages';
import type { Ctx } from '../context';
import { conflict, type State } from '../state';
import type { EventRecord } from '../types';
import { DEAL_CONDITION } from './dealConditions';
import type { Decision } from './decision';
import { formatShares, sharesOf } from './shares';

export function splitByOther(ctx: Ctx, s: State, ev: EventRecord, owner: string, closer: string): Decision {
  const { policy } = ctx;
  const facts = { s, deal: ev, owner, closer, staff: ctx.staff };
  const rule = policy.deals.byOther.find((r) => DEAL_CONDITION[r.when](facts));
  const parties = { owners: [owner, ...s.coOwners], closer, team: policy.team?.label ?? null };
  const performance = rule ? sharesOf(rule.performance, parties) : sharesOf('owner', parties);
  const commission = rule ? sharesOf(rule.commission, parties) : sharesOf('owner', parties);
  const rules = [
    rule ? rule.rule : policy.deals.defaultRule,
    ...((rule ? rule.cites : policy.deals.defaultCites) ?? []),
  ];
  // Rules that need the owner off that day rest on the staff sheet (common/ABSENT).
  if (rule && (rule.when === 'ownerOff' || rule.when === 'designatedAbsent')) rules.push('common/ABSENT');
  // decide/D21: a designated agent owns like a first receptionist, and the split rules apply to
  // them as to one (reception-rotation R2–R4).
  if (rule && s.how === 'designation' && rule.when !== 'designatedAbsent') rules.push('decide/D21');
  const text: Text[] = [M.dealByOther(closer, owner, ev.day, ev.ref)];
  const late = policy.deals.lateEvidence;
  const proof = late?.kind === 'late-proof';
  if (proof && late) text.push(M.proofInTime(owner, ev.day + late.days));
  conflict(
    ctx,
    ev,
    proof ? 'late-proof' : 'deal-by-other',
    [owner, closer],
    [...rules, 'common/CONFLICT'],
    [...text, M.shares(formatShares(performance), formatShares(commission))],
    proof && late ? ev.day + late.days : null,
  );
  return { performance, commission, rules, text };
}
