// 月结 (rulebook §8): per agent, the month's deals and shares, customers held, released and lost
// to others, and the §9 flags counted (never deducted); per customer, the owner on the last day.
// Takes a result computed as of the month's last day.
import type { Policy } from '../policy/schema';
import { monthOf } from './calendar';
import { M, type Text } from './messages';
import type { Day, EngineResult, Owner, Status } from './types';

export interface AgentMonth {
  readonly agent: string;
  readonly deals: number;
  /** Of those, weak deal rows counted until the manager checks them (decide/D22). */
  readonly unverified: number;
  readonly performance: number;
  readonly commission: number;
  readonly held: number;
  readonly released: number;
  readonly lostToOthers: number;
  /** Conflicts on 冲突 this month where the agent was the other party (抢客 / 争客 hints, §9). */
  readonly flaggedAsOther: number;
  /** Times the agent's customers were taken or fought over (first-receptionist R6). */
  readonly taken: number;
  readonly flags: readonly { readonly rule: string; readonly zh: string; readonly en: string }[];
}

export interface MonthSummary {
  readonly month: string;
  readonly first: Day;
  readonly last: Day;
  readonly agents: readonly AgentMonth[];
  readonly customers: readonly {
    readonly id: string;
    readonly name: string | null;
    readonly owner: Owner;
    readonly status: Status;
  }[];
}

type Mutable = { -readonly [K in keyof AgentMonth]: AgentMonth[K] extends readonly (infer U)[] ? U[] : AgentMonth[K] };

export function monthSummary(result: EngineResult, policy: Policy, anyDayInMonth: Day): MonthSummary {
  const { first, last, key } = monthOf(anyDayInMonth);
  const agents = new Map<string, Mutable>();
  const agent = (name: string): Mutable => {
    let a = agents.get(name);
    if (!a)
      agents.set(
        name,
        (a = {
          agent: name,
          deals: 0,
          unverified: 0,
          performance: 0,
          commission: 0,
          held: 0,
          released: 0,
          lostToOthers: 0,
          flaggedAsOther: 0,
          taken: 0,
          flags: [],
        }),
      );
    return a;
  };
  const inMonth = (d: Day) => d >= first && d <= last;
  for (const d of result.deals) {
    if (!inMonth(d.day)) continue;
    for (const [name, share] of Object.entries(d.performance)) {
      const a = agent(name);
      if (d.purchaseOf === null) a.deals += 1;
      if (d.purchaseOf === null && d.unverified) a.unverified += 1;
      a.performance += d.purchaseOf === null ? share : 0;
    }
    for (const [name, share] of Object.entries(d.commission))
      agent(name).commission += d.purchaseOf === null ? share : 0;
  }
  for (const c of result.customers) {
    if (
      c.owner.kind === 'agent' &&
      c.owner.name &&
      ['protected', 'warning', 'closed', 'pending-visit'].includes(c.status)
    )
      agent(c.owner.name).held += 1;
  }
  for (const ch of result.changes) {
    if (!inMonth(ch.day) || ch.from.kind !== 'agent' || !ch.from.name) continue;
    if (ch.to.kind === 'agent' && ch.to.name !== ch.from.name) {
      agent(ch.from.name).lostToOthers += 1;
      agent(ch.from.name).taken += 1;
    } else if (ch.to.kind === 'pool' || ch.to.kind === 'company') agent(ch.from.name).released += 1;
  }
  for (const c of result.conflicts) {
    if (!inMonth(c.day) || c.parties.length < 2) continue;
    agent(c.parties[1]).flaggedAsOther += 1;
    if (c.kind === 'deal-by-other' || c.kind === 'late-proof' || c.kind === 'late-evidence')
      agent(c.parties[0]).taken += 1;
  }
  // decide/D22: a weak deal is paid, and 月结 says it awaits a check.
  for (const a of agents.values()) {
    if (a.unverified) a.flags.push(flagOf('decide/D22', M.unverifiedFlag(a.unverified)));
  }
  const flag = policy.flags;
  if (flag) {
    for (const a of agents.values()) {
      if (a.taken >= flag.taken) {
        a.flags.push(flagOf(flag.rule, M.takenFlag(a.taken, flag.taken)));
      }
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    month: key,
    first,
    last,
    agents: [...agents.values()]
      .sort((a, b) => (a.agent < b.agent ? -1 : 1))
      .map((a) => ({ ...a, performance: round(a.performance), commission: round(a.commission) })),
    customers: result.customers.map((c) => ({ id: c.id, name: c.name, owner: c.owner, status: c.status })),
  };
}

/** A 月结 flag as plain strings, read once from its message. */
function flagOf(rule: string, text: Text): { readonly rule: string; readonly zh: string; readonly en: string } {
  return { rule, zh: text.zh, en: text.en };
}
