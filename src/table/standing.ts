// Today's standing of a customer (issue 13): days of protection left on the as-of day, and the
// reminder list (到期提醒) both doors write. Pure: engine result, input events and policy in.
import { isoOfDay, ymdOfDay } from '../engine/calendar';
import type { CustomerResult, Day, EngineResult, EventRecord, Status } from '../engine/types';
import type { Lang, Text } from './labels';
import { STATUS_WORDS } from '../vocab/statuses';

/** Statuses whose protected-through day is a day the owner can still lose the customer on. */
const COUNTED: ReadonlySet<Status> = new Set<Status>(['protected', 'warning', 'pending-visit', 'closed']);

/**
 * Days of protection left on `asOf`, today included: 1 means today is the last protected day.
 * Null when nothing is held, the protection has no end, or it has lapsed (the cell stays blank).
 * The engine shows `warning` exactly when this is at most `warnDays` (rulebook §5).
 */
export function daysLeft(c: Pick<CustomerResult, 'status' | 'protectedThrough'>, asOf: Day): number | null {
  if (!COUNTED.has(c.status) || c.protectedThrough === null || c.protectedThrough < asOf) return null;
  return c.protectedThrough - asOf + 1;
}

/** The colour bands of the days-left column: red at `alertDays` or fewer, amber at `warnDays` or fewer. */
export interface DaysLeftBands {
  readonly warnDays: number;
  readonly alertDays: number;
}

export function bandsOf(policy: { readonly warnDays: number; readonly alertDays?: number }): DaysLeftBands {
  return { warnDays: policy.warnDays, alertDays: policy.alertDays ?? DEFAULT_ALERT_DAYS };
}

export const DEFAULT_ALERT_DAYS = 3;

/** Which band a days-left value falls in (the same test the conditional formats make). */
export function bandOf(days: number | null, bands: DaysLeftBands): 'red' | 'amber' | null {
  if (days === null) return null;
  if (days <= bands.alertDays) return 'red';
  if (days <= bands.warnDays) return 'amber';
  return null;
}

// ---------- 到期提醒 ----------

export interface Reminder {
  readonly customerId: string;
  readonly name: string | null;
  readonly phones: readonly string[];
  /** The owner's name (an agent, or `<channel>/<broker>`). */
  readonly agent: string;
  readonly status: Status;
  readonly statusLabel: Text;
  readonly protectedThrough: Day | null;
  readonly daysLeft: number | null;
  /** The owner's latest contact with the customer (any agent's when the owner has none). */
  readonly lastContact: Day | null;
  /** What keeps the customer: an action and the day it must happen by. */
  readonly keep: { readonly action: KeepAction; readonly by: Day | null };
  /** A required follow-up is overdue (rulebook §5 `warning`, first follow-up missed). */
  readonly overdue: boolean;
  readonly rules: readonly string[];
}

export type KeepAction = 'visit' | 'followup' | 'deal' | 'order' | 'followup-now';

export interface ReminderList {
  readonly asOf: Day;
  /** Customers whose protection ends within this many days are listed: max(warnDays, alertDays). */
  readonly horizon: number;
  readonly bands: DaysLeftBands;
  /** Per agent, agents by name, customers by days left. */
  readonly agents: readonly { readonly agent: string; readonly customers: readonly Reminder[] }[];
  /** The manager's section: overdue follow-ups across agents. */
  readonly overdue: readonly Reminder[];
}

/** What remind needs of a policy (a Policy serves). */
export interface RemindPolicy {
  readonly warnDays: number;
  readonly alertDays?: number;
  readonly claim: { readonly from: 'claim' | 'contact'; readonly firstFollowup: { readonly rule: string } | null };
  readonly closed: { readonly contactsRenew: boolean };
}

const CONTACTS: ReadonlySet<string> = new Set(['visit', 'call', 'followup', 'appointment', 'viewing']);

export function reminders(result: EngineResult, events: readonly EventRecord[], policy: RemindPolicy): ReminderList {
  const bands = bandsOf(policy);
  const horizon = Math.max(bands.warnDays, bands.alertDays);
  const asOf = result.asOf;
  const byRef = new Map<string, EventRecord>();
  for (const e of events) byRef.set(`${e.ref.sheet}\u0000${e.ref.row}`, e);
  // The day a missed first follow-up turned the customer to warning: the follow-up was due the day before.
  const ffRule = policy.claim.firstFollowup?.rule ?? null;
  const missed = new Map<string, Day>();
  if (ffRule) {
    for (const ch of result.changes) {
      if (ch.toStatus === 'warning' && ch.day <= asOf && ch.rules.includes(ffRule))
        missed.set(ch.customerId, ch.day - 1);
    }
  }

  const list: Reminder[] = [];
  for (const c of result.customers) {
    if (c.owner.name === null || c.owner.kind === 'pool' || c.owner.kind === 'company') continue;
    const left = daysLeft(c, asOf);
    const overdue = c.status === 'warning' && ffRule !== null && c.reason.rules.includes(ffRule) && missed.has(c.id);
    if (!overdue && (left === null || left > horizon)) continue;
    list.push({
      customerId: c.id,
      name: c.name,
      phones: c.phones,
      agent: c.owner.name,
      status: c.status,
      statusLabel: c.statusLabel.zh ? c.statusLabel : STATUS_WORDS[c.status],
      protectedThrough: c.protectedThrough,
      daysLeft: left,
      lastContact: lastContactOf(c, byRef),
      keep: overdue
        ? { action: 'followup-now', by: missed.get(c.id) ?? null }
        : { action: keepAction(c, policy), by: c.protectedThrough },
      overdue,
      rules: c.reason.rules,
    });
  }
  const soonest = (a: Reminder, b: Reminder): number =>
    (a.daysLeft ?? -1) - (b.daysLeft ?? -1) || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0);
  const agents = new Map<string, Reminder[]>();
  for (const r of list) {
    const own = agents.get(r.agent);
    if (own) own.push(r);
    else agents.set(r.agent, [r]);
  }
  return {
    asOf,
    horizon,
    bands,
    agents: [...agents.keys()]
      .sort()
      .map((agent) => ({ agent, customers: (agents.get(agent) as Reminder[]).sort(soonest) })),
    overdue: list
      .filter((r) => r.overdue)
      .sort((a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0) || soonest(a, b)),
  };
}

function lastContactOf(c: CustomerResult, byRef: ReadonlyMap<string, EventRecord>): Day | null {
  let owner: Day | null = null;
  let any: Day | null = null;
  for (const ref of c.refs) {
    const e = byRef.get(`${ref.sheet}\u0000${ref.row}`);
    if (!e || !CONTACTS.has(e.kind)) continue;
    if (any === null || e.day > any) any = e.day;
    if (e.agent !== null && e.agent === c.owner.name && (owner === null || e.day > owner)) owner = e.day;
  }
  return owner ?? any;
}

/** What keeps the customer past its protected-through day, as the policy reads. */
function keepAction(c: CustomerResult, policy: RemindPolicy): KeepAction {
  if (c.status === 'pending-visit') return 'visit';
  if (c.status === 'closed') return policy.closed.contactsRenew ? 'followup' : 'order';
  return policy.claim.from === 'contact' ? 'followup' : 'deal';
}

const md = (day: Day): string => {
  const { month, date } = ymdOfDay(day);
  return `${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
};

/** `11-20 前跟进` / `follow up by 11-20`. */
export function keepText(keep: Reminder['keep'], lang: Lang): string {
  const by = keep.by === null ? '' : md(keep.by);
  const zh: Record<KeepAction, string> = {
    visit: `${by} 前到访`,
    followup: `${by} 前跟进`,
    deal: `${by} 前成交`,
    order: `${by} 前再次下单`,
    'followup-now': by ? `立即跟进（应于 ${by} 前回访）` : '立即跟进',
  };
  const en: Record<KeepAction, string> = {
    visit: `visit by ${by}`,
    followup: `follow up by ${by}`,
    deal: `close a deal by ${by}`,
    order: `order again by ${by}`,
    'followup-now': by ? `follow up now (was due by ${by})` : 'follow up now',
  };
  return { zh, en }[lang][keep.action];
}

/** The `remind --json` shape (README, contract section). */
export function reminderJson(list: ReminderList, lang: Lang, maskPhone: (p: string) => string = (p) => p) {
  const iso = (d: Day | null): string | null => (d === null ? null : isoOfDay(d));
  const one = (r: Reminder) => ({
    customerId: r.customerId,
    name: r.name,
    phones: r.phones.map(maskPhone),
    agent: r.agent,
    status: r.status,
    statusLabel: r.statusLabel[lang],
    protectedThrough: iso(r.protectedThrough),
    daysLeft: r.daysLeft,
    lastContact: iso(r.lastContact),
    keep: r.keep.action,
    keepBy: iso(r.keep.by),
    keepText: keepText(r.keep, lang),
    overdue: r.overdue,
    rules: [...r.rules],
  });
  return {
    asOf: isoOfDay(list.asOf),
    horizon: list.horizon,
    warnDays: list.bands.warnDays,
    alertDays: list.bands.alertDays,
    agents: list.agents.map((a) => ({ agent: a.agent, customers: a.customers.map(one) })),
    overdue: list.overdue.map(one),
  };
}
