// common/RULING: a manager's ruling sets the owner from its date on; later rules keep running
// from the new owner. case-field R10b: a ruling that only designates who receives the customer.
import { M, type Text } from '../messages';
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
  if (complaint && r.reason && complaint.reassignWords.some((w) => r.reason?.includes(w)))
    rules.push(complaint.reassignRule);
  const text = [M.ruling(r.newOwner, r.day, r.ref, r.reason)];
  if (owner.kind === 'pool' || owner.kind === 'company') {
    s.rules = rules;
    s.text = text;
    // A purchase already begun keeps its split (decide/D11); only later purchases are new.
    s.closed = false;
    moveTo(ctx, s, r.day, owner, owner.kind === 'pool' ? 'released' : 'company', rules, r.ref);
  } else {
    rules.push('decide/D17');
    restart(ctx, s, r, owner, rules, text);
  }
  ctx.note(rules, text);
}

/**
 * decide/D17 (common/RULING): the ruling restarts the preset's windows from its date for the new
 * owner. It counts as their contact or visit, or as their filing where claims start with a filing
 * (daily-chem-filing, tools-filing); a clock counted from the last sale or payment runs from the
 * later of the two (the ruling is the later). Past deals keep their splits.
 */
function restart(ctx: Ctx, s: State, r: RulingRecord, owner: Owner, rules: string[], text: Text[]): void {
  const { policy } = ctx;
  hold(ctx, s, r.day, owner, 'ruling', null as EventRecord | null, rules, text);
  s.lastContact = r.day;
  const byFiling = policy.filing.window !== null && !policy.claim.by.some((k) => k === 'visit' || k === 'call');
  if (byFiling && !s.closed) {
    s.filed = true;
    s.span = policy.filing.window;
    s.windowRule = policy.filing.windowRule ?? policy.claim.windowRule;
    s.variant = 'filed';
  }
}
