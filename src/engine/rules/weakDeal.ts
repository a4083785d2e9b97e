// common/ID-VALID, decide/D22: a deal row the engine cannot tie to a customer (a name without a
// phone; a phone without a name where the preset requires one) is never dropped. It counts 100%
// for its agent in deals and 月结, joins no customer and moves no claim, and stands on 问题 and
// 冲突 (with the customers of that name) until the manager adds what is missing or rules.
import { engineIssue, M } from '../messages';
import type { Ctx } from '../context';
import { agentOwner, conflict, moveTo, POOL, type State } from '../state';
import type { EventRecord } from '../types';
import { pushDeal } from './pushDeal';

export function weakDeal(ctx: Ctx, s: State, ev: EventRecord, weakRule: string): void {
  const credit = ev.agent ?? ev.source ?? ctx.policy.house;
  const rules = [weakRule, 'decide/D22'];
  const text = [M.weakDeal(credit, ev.day, ev.ref)];
  const missing = ev.phone ? 'name' : 'phone';
  const namesakes = ev.name
    ? ctx.namesakes(ev.name).filter((r) => r.sheet !== ev.ref.sheet || r.row !== ev.ref.row)
    : [];
  const check = M.weakDealCheck(missing, namesakes);
  pushDeal(ctx, s, ev, { performance: { [credit]: 1 }, commission: { [credit]: 1 }, rules, text }, null, true);
  conflict(ctx, ev, 'unverified-deal', [credit], [...rules, 'common/CONFLICT'], [...text, check]);
  ctx.issues.push(engineIssue(ev.ref, missing, 'weak', M.weakDealIssue(missing, credit, weakRule)));
  if (!ev.phone) {
    // Its own customer (c-name-<sheet>-<row>): closed for its agent, and nothing else.
    s.closed = true;
    s.rules = rules;
    s.text = text;
    moveTo(ctx, s, ev.day, ev.agent ? agentOwner(ev.agent) : POOL, 'closed', rules, ev.ref);
  }
  ctx.note(rules, [...text, check]);
}
