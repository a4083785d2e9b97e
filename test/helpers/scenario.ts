// Builds engine input from rulebook-style scenario rows: `ev('V', '11-01', '张三', 'C1')`.
// Customers C1, C2 … get distinct phones; dates without a year are 2026 (rulebook §7).
import { annotate } from '../../src/engine';
import { dayOfIso, isoOfDay } from '../../src/engine/calendar';
import type {
  CustomerResult,
  DealStage,
  EngineInput,
  EngineResult,
  EventKind,
  EventRecord,
  InputIssue,
  RulingRecord,
  StaffRecord,
  StaffStatus,
} from '../../src/engine/types';
import { getPreset } from '../../src/policy';
import type { Policy } from '../../src/policy/schema';

export const REGISTER = '来访登记';
export const FILINGS = '客户备案';

const KINDS: Record<string, [EventKind, DealStage | null]> = {
  V: ['visit', null],
  C: ['call', null],
  F: ['followup', null],
  A: ['appointment', null],
  W: ['viewing', null],
  Dp: ['deposit', 'deposit'],
  D: ['deal', 'contract'],
  P: ['payment', 'payment'],
  R: ['filing', null],
  Rep: ['report', null],
  Conf: ['confirm', null],
};

export interface Opts {
  time?: string;
  entered?: string;
  designated?: string;
  referrer?: string;
  accompanied?: boolean;
  relation?: string;
  linked?: string;
  brief?: boolean;
  first?: boolean;
  site?: string;
  amount?: number;
  source?: string;
  channel?: string;
  broker?: string;
  judged?: string;
  confirmed?: boolean;
  name?: string | null;
  noPhone?: boolean;
  unit?: string | null;
  area?: number | null;
  price?: number | null;
  discountPrice?: number | null;
  signed?: boolean;
  approved?: boolean;
}

export type Row = [code: string, date: string, agent: string | null, customer: string, opts?: Opts];

export function day(text: string): number {
  const iso = /^\d{4}-/.test(text) ? text : `2026-${text}`;
  const d = dayOfIso(iso);
  if (d === null) throw new Error(`bad date ${text}`);
  return d;
}

/** C1 -> 13800000001; `A`/`B` style phones for family scenarios are customers too. */
export function phoneOf(customer: string): string {
  const n = Number(customer.replace(/\D/g, '') || customer.charCodeAt(0));
  return `138${String(n).padStart(8, '0')}`;
}

const minute = (hhmm?: string): number | null => {
  if (!hhmm) return null;
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** `X` is a row with neither phone nor name: the table layer drops it with a 问题 line. */
export function dropped(rows: readonly Row[]): InputIssue[] {
  let row = 1;
  const out: InputIssue[] = [];
  for (const [code] of rows) {
    if (!(KINDS[code]?.[0] === 'filing' || KINDS[code]?.[0] === 'report' || KINDS[code]?.[0] === 'confirm')) row += 1;
    if (code === 'X')
      out.push({ sheet: REGISTER, row, field: 'customer', level: 'error', message: '无电话也无姓名，无法识别客户' });
  }
  return out;
}

export function events(rows: readonly Row[]): EventRecord[] {
  let registerRow = 1;
  let filingRow = 1;
  return rows.flatMap(([code, date, agent, customer, o = {}]): EventRecord[] => {
    if (code === 'X') {
      registerRow += 1;
      return [];
    }
    const [kind, stage] =
      KINDS[code] ??
      (() => {
        throw new Error(`unknown code ${code}`);
      })();
    const filing = kind === 'filing' || kind === 'report' || kind === 'confirm';
    const ref = filing ? { sheet: FILINGS, row: ++filingRow } : { sheet: REGISTER, row: ++registerRow };
    return [
      {
        ref,
        from: filing ? 'filing' : 'register',
        kind,
        stage,
        day: day(date),
        minute: minute(o.time),
        enteredDay: o.entered ? day(o.entered) : null,
        name: o.name === undefined ? `客户${customer}` : o.name,
        phone: o.noPhone ? null : phoneOf(customer),
        agent,
        designated: o.designated ?? null,
        referrer: o.referrer ? phoneOf(o.referrer) : null,
        accompanied: o.accompanied ?? false,
        relation: o.relation ?? null,
        linkedPhone: o.linked ? phoneOf(o.linked) : null,
        brief: o.brief ?? false,
        first: o.first ?? null,
        site: o.site ?? null,
        amount: o.amount ?? null,
        source: o.source ?? null,
        channel: o.channel ?? null,
        broker: o.broker ?? null,
        judgedDay: o.judged ? day(o.judged) : null,
        confirmed: o.confirmed ?? null,
        unit: o.unit === undefined ? (kind === 'confirm' ? '1-101' : null) : o.unit,
        area: o.area === undefined ? (kind === 'confirm' ? 98 : null) : o.area,
        price: o.price === undefined ? (kind === 'confirm' ? 20000 : null) : o.price,
        discountPrice: o.discountPrice === undefined ? (kind === 'confirm' ? 19000 : null) : o.discountPrice,
        totalPrice: null,
        signedByCustomer: o.signed ?? (kind === 'confirm' ? true : null),
        approvedByDeveloper: o.approved ?? (kind === 'confirm' ? true : null),
        approvedByAgency: o.approved ?? (kind === 'confirm' ? true : null),
      } satisfies EventRecord,
    ];
  });
}

export type StaffRow = [name: string, status: StaffStatus, from: string, to?: string];
export type RulingRow = [date: string, customer: string, newOwner: string, reason?: string];

export interface Scenario {
  preset: string;
  rows: Row[];
  staff?: StaffRow[];
  rulings?: RulingRow[];
  issues?: InputIssue[];
  policy?: Policy;
}

export function input(sc: Scenario): EngineInput {
  const staff: StaffRecord[] = (sc.staff ?? []).map(([name, status, from, to], i) => ({
    ref: { sheet: '人员', row: i + 2 },
    name,
    status,
    from: day(from),
    to: to ? day(to) : null,
    manager: false,
    email: null,
    team: null,
    order: null,
  }));
  const rulings: RulingRecord[] = (sc.rulings ?? []).map(([date, customer, newOwner, reason], i) => ({
    ref: { sheet: '裁决', row: i + 2 },
    day: day(date),
    customerPhone: phoneOf(customer),
    customerName: null,
    newOwner,
    reason: reason ?? null,
    decidedBy: '经理',
  }));
  return { events: events(sc.rows), staff, rulings, issues: [...(sc.issues ?? []), ...dropped(sc.rows)] };
}

export function run(sc: Scenario, asOf?: string): EngineResult {
  const policy = sc.policy ?? getPreset(sc.preset);
  if (!policy) throw new Error(`no preset ${sc.preset}`);
  const inp = input(sc);
  const last = Math.max(...inp.events.map((e) => e.day), ...inp.rulings.map((r) => r.day));
  return annotate(inp, policy, asOf ? day(asOf) : last);
}

export function customer(result: EngineResult, c: string): CustomerResult {
  const phone = phoneOf(c);
  const found = result.customers.find((x) => x.phones.includes(phone));
  if (!found) throw new Error(`no customer ${c} (${phone}) in ${result.customers.map((x) => x.id).join(', ')}`);
  return found;
}

/** A compact view for assertions and failure messages. */
export function view(result: EngineResult, c: string) {
  const x = customer(result, c);
  return {
    owner: x.owner.name,
    ownerKind: x.owner.kind,
    status: x.status,
    through: x.protectedThrough === null ? null : isoOfDay(x.protectedThrough),
    label: x.statusLabel.zh,
    rules: x.reason.rules,
  };
}

export function dealsOf(result: EngineResult, c?: string) {
  const id = c ? customer(result, c).id : null;
  return result.deals
    .filter((d) => id === null || d.customerId === id)
    .map((d) => ({
      date: isoOfDay(d.day),
      closer: d.closer,
      performance: round(d.performance),
      commission: round(d.commission),
      category: d.category,
      owed: d.owed,
      rules: d.reason.rules,
    }));
}

function round(s: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(s)) out[k] = Math.round(v * 1000) / 1000;
  return out;
}
