// common/RULING: a manager's ruling sets the owner from its date on; later rules keep running
// from the new owner. case-field R10b: a ruling that only designates who receives the customer.
import { M } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, hold, managerOwner, moveTo, POOL, type State } from '../state';
import type { EventRecord, Owner, RulingRecord } from '../types';

const POOL_WORDS = /^(公海|释放|公共|pool|released?)$/i;

export function rulingOwner(ctx: Ctx, name: string): Owner {
  if (POOL_WORDS.test(name)) return POOL;
  if (name === ctx.policy.departed.to || /^(公司|company)$/i.test(name)) return managerOwner(ctx.policy);
  return agentOwner(name);
}

export function onRuling(ctx: Ctx, s: State, r: RulingRecord): void {
  const { policy } = ctx;
  const complaint = policy.complaint;
  if (complaint && r.reason && complaint.standInWords.some((w) => r.reason?.includes(w))) {
    s.standIn = r.newOwner;
    const rules = ['common/RULING', complaint.standInRule];
    ctx.note(rules, [M.standIn(r.newOwner, r.day, r.ref)]);
    return;
  }
  const owner = rulingOwner(ctx, r.newOwner);
  const rules = ['common/RULING'];
  if (complaint && r.reason && complaint.reassignWords.some((w) => r.reason?.includes(w))) rules.push(complaint.reassignRule);
  const text = [M.ruling(r.newOwner, r.day, r.ref, r.reason)];
  if (owner.kind === 'pool' || owner.kind === 'company') {
    s.rules = rules;
    s.text = text;
    s.closed = false;
    s.purchase = null;
    moveTo(ctx, s, r.day, owner, owner.kind === 'pool' ? 'released' : 'company', rules, r.ref);
  } else {
    hold(ctx, s, r.day, owner, 'ruling', null as EventRecord | null, rules, text);
    s.lastContact = r.day;
  }
  ctx.note(rules, text);
}
