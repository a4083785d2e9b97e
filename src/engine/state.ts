// The fold's state for one customer, and the few transitions every rule uses.
import { endOf, type Duration } from './calendar';
import { withDecisions } from './cite';
import { M, reason, ruleList, type Text } from './messages';
import type { Policy } from '../policy/schema';
import type {
  ChangeResult,
  ConflictKind,
  ConflictResult,
  Day,
  EventRecord,
  InputIssue,
  Owner,
  Shares,
  SourceRef,
  Status,
} from './types';
import type { StaffCalendar } from './staff';

export const POOL: Owner = { kind: 'pool', name: null };

/** What one agent did with this customer so far: the deal conditions read these. */
export interface AgentStats {
  contacts: number;
  nonBrief: number;
  visits: number;
  lastContact: Day | null;
  contactDays: Set<Day>;
  phones: Set<string>;
  // The rarer facts: null until the first one (most customers never have any).
  appointmentDays: Set<Day> | null;
  /** Agents this agent's rows say the customer named (designated). */
  designates: Set<string> | null;
  /** Days this agent's rows recorded a family link (relation + linked phone). */
  linkDays: Set<Day> | null;
}

export interface Purchase {
  readonly ref: SourceRef;
  stage: number;
  /** 房号 of the first stage, where the sheet keeps one: another unit is another purchase (decide/D11). */
  readonly unit: string | null;
  readonly performance: Shares;
  readonly commission: Shares;
  readonly rules: readonly string[];
}

export interface State {
  owner: Owner;
  coOwners: string[];
  status: Status | null;
  variant: string | null;
  /** Protection window: last protected day is endOf(anchor, span); span null = no expiry. */
  span: Duration | null;
  anchor: Day;
  windowRule: string;
  lapseTo: 'pool' | 'company';
  /** daily-chem-filing ④: after the window, a warning phase through this day. */
  warnUntil: Duration | null;
  closed: boolean;
  /** A report awaiting its visit; `visit` is the visit that came while it was still unconfirmed. */
  pending: { due: Day; filing: EventRecord; visited: boolean; visit?: EventRecord } | null;
  callback: { due: Day; ref: SourceRef; rule: string } | null;
  /** The owner who missed that call-back lost the customer to the manager (cross-customer R3,
   *  decide/D5) until the manager rules or another agent takes it: `ref` is the reception row. */
  forfeited: { agent: string; due: Day; ref: SourceRef; rule: string } | null;
  /** The first call-back due after a visit (`from`: that visit, else the claim's basis). */
  firstFollowup: { due: Day; rule: string; done: boolean; from?: Day } | null;
  basis: EventRecord | null;
  how: 'contact' | 'designation' | 'referral' | 'filing' | 'ruling' | 'deal' | 'team' | 'company' | null;
  standIn: string | null;
  bookedBy: { agent: string; ref: SourceRef; day: Day } | null;
  purchase: Purchase | null;
  visited: boolean;
  /** case-field R4: another agent's first row fell inside the window, so the claim stays. */
  overlap: boolean;
  /** A filing was ever on record (daily-chem-filing ② rather than ①). */
  filed: boolean;
  lastContact: Day | null;
  /** The agent whose claim lapsed last (deal-attribution R2 judges their household, decide/D15). */
  lapsedFrom: string | null;
  /** The latest call or visit on the register by anyone, walk-ins included (channel-confirm R2). */
  lastSeen: EventRecord | null;
  agents: Map<string, AgentStats>;
  rules: string[];
  text: Text[];
}

export function initialState(): State {
  return {
    owner: POOL,
    coOwners: [],
    status: null,
    variant: null,
    span: null,
    anchor: 0,
    windowRule: '',
    lapseTo: 'pool',
    warnUntil: null,
    closed: false,
    pending: null,
    callback: null,
    forfeited: null,
    firstFollowup: null,
    basis: null,
    how: null,
    standIn: null,
    bookedBy: null,
    purchase: null,
    visited: false,
    overlap: false,
    filed: false,
    lastContact: null,
    lastSeen: null,
    lapsedFrom: null,
    agents: new Map(),
    rules: [],
    text: [],
  };
}

/** The owner holds the customer: others' contacts cannot take it without a rule saying so. */
export function isHeld(s: State): boolean {
  return holds(s.owner, s.status);
}

/** An owner with that status holds the customer (so a 变更日志 entry says who held it since). */
export function holds(owner: Owner, status: Status | null): boolean {
  return (
    status !== null &&
    owner.kind !== 'pool' &&
    owner.kind !== 'company' &&
    status !== 'released' &&
    status !== 'unowned' &&
    status !== 'unregistered'
  );
}

export function ownsIt(s: State, agent: string | null): boolean {
  return agent !== null && (s.owner.name === agent || s.coOwners.includes(agent));
}

/** Last protected day, or null for no expiry (or nothing held). */
export function through(s: State): Day | null {
  if (!isHeld(s) || s.span === null || s.status === 'pending-visit') return s.pending ? s.pending.due : null;
  const end = endOf(s.anchor, s.span);
  // A call-back still due holds the customer through its day (cross-customer R3, decide/D4).
  return s.callback && s.callback.due > end ? s.callback.due : end;
}

/** What the fold reports outward while it runs. */
export interface Sink {
  readonly customerId: string;
  readonly policy: Policy;
  readonly asOf: Day;
  readonly staff: StaffCalendar;
  readonly conflicts: ConflictResult[];
  /** The customer's 变更日志 so far; other customers' folds read their owner from it (referrals). */
  readonly changes: ChangeResult[];
  readonly issues: InputIssue[];
}

/** Records a conflict (冲突) at a row: the parties owner first, the rules and why. */
export function conflict(
  sink: Sink,
  at: { readonly ref: SourceRef; readonly day: Day },
  kind: ConflictKind,
  parties: readonly string[],
  rules: readonly string[],
  text: readonly Text[],
  deadline: Day | null = null,
): void {
  sink.conflicts.push({
    customerId: sink.customerId,
    ref: at.ref,
    day: at.day,
    kind,
    parties,
    reason: reason(withDecisions(sink.policy, rules), text),
    deadline,
  });
}

/** Set owner and status, logging the change (变更日志) when either moved. */
export function moveTo(
  sink: Sink,
  s: State,
  day: Day,
  owner: Owner,
  status: Status,
  rules: readonly string[],
  ref: SourceRef | null,
): void {
  const changed = s.owner.kind !== owner.kind || s.owner.name !== owner.name || s.status !== status;
  if (changed) {
    sink.changes.push({
      day,
      customerId: sink.customerId,
      from: s.owner,
      fromStatus: s.status,
      to: owner,
      toStatus: status,
      rules: ruleList(withDecisions(sink.policy, rules)),
      ref,
    });
  }
  s.owner = owner;
  s.status = status;
}

export function agentStats(s: State, agent: string): AgentStats {
  let a = s.agents.get(agent);
  if (!a) {
    a = {
      contacts: 0,
      nonBrief: 0,
      visits: 0,
      lastContact: null,
      contactDays: new Set(),
      phones: new Set(),
      appointmentDays: null,
      designates: null,
      linkDays: null,
    };
    s.agents.set(agent, a);
  }
  return a;
}

/** Give the customer to an owner with a fresh window (a claim, a ruling, a reassignment). */
export function hold(
  sink: Sink,
  s: State,
  day: Day,
  owner: Owner,
  how: NonNullable<State['how']>,
  basis: EventRecord | null,
  rules: readonly string[],
  text: Text[],
): void {
  const { policy } = sink;
  const onlyCalls = !s.visited;
  s.coOwners = [];
  s.pending = null;
  s.callback = null;
  s.forfeited = null;
  s.standIn = null;
  s.basis = basis;
  s.how = how;
  s.anchor = day;
  s.lapseTo = policy.claim.lapseTo;
  s.windowRule = policy.claim.windowRule;
  s.span = onlyCalls && policy.claim.callWindow ? policy.claim.callWindow : policy.claim.window;
  s.warnUntil = null;
  s.variant = null;
  s.overlap = false;
  s.firstFollowup = null;
  s.rules = [...rules];
  s.text = text;
  moveTo(sink, s, day, owner, s.closed ? policy.closed.status : 'protected', rules, basis ? basis.ref : null);
  if (s.closed) applyClosedWindow(policy, s);
}

/** After a deal or order: the closed status and its own window (rulebook §7.10, §7.14, §7.15). */
export function applyClosedWindow(policy: Policy, s: State): void {
  s.span = policy.closed.window;
  s.warnUntil = policy.closed.warnUntil;
  s.lapseTo = policy.closed.lapseTo;
  s.windowRule = policy.closed.windowRule ?? policy.closed.rule;
  s.variant = 'ordered';
}

/** Where lapses, missed call-backs and unassigned calls go (rulebook: 转公司 / 经理分配). */
export function managerOwner(policy: Policy): Owner {
  return { kind: 'company', name: policy.company };
}

export function agentOwner(name: string): Owner {
  return { kind: 'agent', name };
}

export function ownerLabel(o: Owner): string {
  return o.name ?? M.toPool.zh;
}

const CONTACTS = new Set(['visit', 'call', 'followup', 'appointment', 'viewing']);

/** Keep the per-agent facts the deal conditions and windows read. */
export function recordFacts(s: State, ev: EventRecord): void {
  const contact = CONTACTS.has(ev.kind);
  if (ev.kind === 'visit') s.visited = true;
  if (contact) s.lastSeen = ev;
  if (!ev.agent) return;
  const a = agentStats(s, ev.agent);
  if (ev.phone) a.phones.add(ev.phone);
  if (ev.designated) (a.designates ??= new Set()).add(ev.designated);
  if (ev.relation && ev.linkedPhone) (a.linkDays ??= new Set()).add(ev.day);
  if (!contact) return;
  a.contacts += 1;
  if (!ev.brief) a.nonBrief += 1;
  if (ev.kind === 'visit') a.visits += 1;
  a.lastContact = ev.day;
  a.contactDays.add(ev.day);
  if (ev.kind === 'appointment') (a.appointmentDays ??= new Set()).add(ev.day);
}
