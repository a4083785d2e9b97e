// What a rule change would do (issue 15 points 3 and 5): the same history judged under two
// policies, compared. Pure: two engine results in, plain data and the words to show out, used by
// `guishu diff` and by the add-on's setup dialog before a save.
import { isoOfDay } from '../engine/calendar';
import type { CustomerResult, DealResult, EngineResult, Owner, Shares, SourceRef } from '../engine/types';
import type { Lang, Text } from './labels';
import { STATUS_WORDS } from '../vocab/statuses';
import { ownerText, reasonText, splitText } from './render';
import { clauseSep, phraseJoin } from '../vocab/text';

export interface CustomerChange {
  readonly customerId: string;
  readonly name: string | null;
  /** Null where the customer does not exist under that policy (identity settings differ). */
  readonly before: CustomerSide | null;
  readonly after: CustomerSide | null;
}
export interface CustomerSide {
  readonly owner: Owner;
  readonly status: string;
  readonly statusLabel: Text;
  readonly rules: readonly string[];
  readonly reason: Text;
}

export interface DealChange {
  readonly ref: SourceRef;
  readonly date: string;
  readonly customerId: string;
  readonly customerName: string | null;
  readonly closer: string | null;
  readonly before: DealSide | null;
  readonly after: DealSide | null;
}
export interface DealSide {
  readonly performance: Shares;
  readonly commission: Shares;
  readonly rules: readonly string[];
}

/** Per agent (or team / channel label) and month: the change in credit; `month` '' for customers held. */
export interface AgentChange {
  readonly agent: string;
  /** Customers held on the as-of day. */
  readonly heldBefore: number;
  readonly heldAfter: number;
  readonly months: readonly AgentMonth[];
}
export interface AgentMonth {
  readonly month: string;
  readonly performanceBefore: number;
  readonly performanceAfter: number;
  readonly commissionBefore: number;
  readonly commissionAfter: number;
}

export interface WhatIf {
  readonly asOf: string;
  readonly before: string;
  readonly after: string;
  readonly customers: readonly CustomerChange[];
  readonly deals: readonly DealChange[];
  /** Only agents with some change. */
  readonly agents: readonly AgentChange[];
}

const EPS = 1e-9;
const refKey = (r: SourceRef): string => `${r.sheet}\u0000${r.row}`;

function sameShares(a: Shares, b: Shares): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (Math.abs((a[k] ?? 0) - (b[k] ?? 0)) > EPS) return false;
  return true;
}

const sameOwner = (a: Owner, b: Owner): boolean => a.kind === b.kind && a.name === b.name;

function side(c: CustomerResult): CustomerSide {
  return {
    owner: c.owner,
    status: c.status,
    statusLabel: {
      zh: c.statusLabel.zh || STATUS_WORDS[c.status].zh,
      en: c.statusLabel.en || STATUS_WORDS[c.status].en,
    },
    rules: c.reason.rules,
    reason: { zh: c.reason.zh, en: c.reason.en },
  };
}

/** Deals that count for credit: the first stage of each purchase (rulebook §5, decide/D11). */
const counted = (deals: readonly DealResult[]): DealResult[] => deals.filter((d) => d.purchaseOf === null);

function held(result: EngineResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of result.customers) {
    if (c.owner.kind !== 'agent' || c.owner.name === null) continue;
    out.set(c.owner.name, (out.get(c.owner.name) ?? 0) + 1);
  }
  return out;
}

function credit(result: EngineResult): Map<string, Map<string, { p: number; c: number }>> {
  const out = new Map<string, Map<string, { p: number; c: number }>>();
  const add = (agent: string, month: string, p: number, c: number) => {
    let m = out.get(agent);
    if (!m) out.set(agent, (m = new Map()));
    const cur = m.get(month) ?? { p: 0, c: 0 };
    m.set(month, { p: cur.p + p, c: cur.c + c });
  };
  for (const d of counted(result.deals)) {
    const month = isoOfDay(d.day).slice(0, 7);
    for (const [a, s] of Object.entries(d.performance)) add(a, month, s, 0);
    for (const [a, s] of Object.entries(d.commission)) add(a, month, 0, s);
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Compares two judgments of the same history (same records, same as-of day). */
export function compareResults(
  before: EngineResult,
  after: EngineResult,
  names: { before: string; after: string },
): WhatIf {
  const a = new Map(before.customers.map((c) => [c.id, c]));
  const b = new Map(after.customers.map((c) => [c.id, c]));
  const customers: CustomerChange[] = [];
  for (const id of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(id);
    const y = b.get(id);
    if (x && y && sameOwner(x.owner, y.owner) && x.status === y.status) continue;
    customers.push({
      customerId: id,
      name: (x ?? y)?.name ?? null,
      before: x ? side(x) : null,
      after: y ? side(y) : null,
    });
  }

  const nameOf = (id: string): string | null => (a.get(id) ?? b.get(id))?.name ?? null;
  const da = new Map(before.deals.map((d) => [refKey(d.ref), d]));
  const db = new Map(after.deals.map((d) => [refKey(d.ref), d]));
  const deals: DealChange[] = [];
  for (const key of [...new Set([...da.keys(), ...db.keys()])]) {
    const x = da.get(key);
    const y = db.get(key);
    if (x && y && sameShares(x.performance, y.performance) && sameShares(x.commission, y.commission)) continue;
    const d = (x ?? y)!;
    const dealSide = (v: DealResult | undefined): DealSide | null =>
      v ? { performance: v.performance, commission: v.commission, rules: v.reason.rules } : null;
    deals.push({
      ref: d.ref,
      date: isoOfDay(d.day),
      customerId: d.customerId,
      customerName: nameOf(d.customerId),
      closer: d.closer,
      before: dealSide(x),
      after: dealSide(y),
    });
  }
  deals.sort((p, q) =>
    p.date < q.date
      ? -1
      : p.date > q.date
        ? 1
        : p.ref.sheet < q.ref.sheet
          ? -1
          : p.ref.sheet > q.ref.sheet
            ? 1
            : p.ref.row - q.ref.row,
  );

  const ha = held(before);
  const hb = held(after);
  const ca = credit(before);
  const cb = credit(after);
  const agents: AgentChange[] = [];
  for (const agent of [...new Set([...ha.keys(), ...hb.keys(), ...ca.keys(), ...cb.keys()])].sort()) {
    const ma = ca.get(agent) ?? new Map();
    const mb = cb.get(agent) ?? new Map();
    const months: AgentMonth[] = [];
    for (const month of [...new Set([...ma.keys(), ...mb.keys()])].sort()) {
      const x = ma.get(month) ?? { p: 0, c: 0 };
      const y = mb.get(month) ?? { p: 0, c: 0 };
      if (Math.abs(x.p - y.p) < EPS && Math.abs(x.c - y.c) < EPS) continue;
      months.push({
        month,
        performanceBefore: round(x.p),
        performanceAfter: round(y.p),
        commissionBefore: round(x.c),
        commissionAfter: round(y.c),
      });
    }
    const heldBefore = ha.get(agent) ?? 0;
    const heldAfter = hb.get(agent) ?? 0;
    if (heldBefore === heldAfter && months.length === 0) continue;
    agents.push({ agent, heldBefore, heldAfter, months });
  }
  return { asOf: isoOfDay(after.asOf), before: names.before, after: names.after, customers, deals, agents };
}

// ---------- words ----------

const signed = (x: number): string => {
  const r = Math.round(x * 100) / 100;
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '0';
};
const num = (x: number): string => String(Math.round(x * 100) / 100);

const sideOwner = (s: CustomerSide | null, lang: Lang): string => (s === null ? '—' : ownerText(s.owner, lang));
const sideStatus = (s: CustomerSide | null, lang: Lang): string => (s === null ? '—' : s.statusLabel[lang]);
const sideReason = (s: CustomerSide | null, lang: Lang): string =>
  s === null ? '' : reasonText({ rules: s.rules, zh: s.reason.zh, en: s.reason.en }, lang);

/** The summary's words, zh and en side by side. */
const SUMMARY = {
  nothing: (lead: Text): Text => ({
    zh: `${lead.zh}：没有客户、成交或业绩会改变。`,
    en: `${lead.en}: no customer, deal or credit would change.`,
  }),
  head: (lead: Text, customers: number, deals: number): Text => ({
    zh: `${lead.zh}：${customers} 位客户归属改变，${deals} 笔成交分成改变`,
    en: `${lead.en}: ${customers} customer(s) change owner or status, ${deals} deal(s) change split`,
  }),
  performance: (agent: string, month: string, change: string): Text => ({
    zh: `${agent} ${Number(month.slice(5, 7))} 月业绩 ${change}`,
    en: `${agent} ${month} performance ${change}`,
  }),
  held: (agent: string, change: string): Text => ({
    zh: `${agent} 名下客户 ${change}`,
    en: `${agent} customers held ${change}`,
  }),
  end: { zh: '。', en: '.' },
};

/**
 * The one-line summary: "保存后：12 位客户归属改变，3 笔成交分成改变；张三 11 月业绩 −0.5 …".
 * `lead` false leaves out 保存后 (the command line says 改用 B 后).
 */
export function whatIfSummary(
  w: WhatIf,
  lang: Lang,
  lead: Text = { zh: '保存后', en: 'After saving' },
  most = 3,
): string {
  if (!w.customers.length && !w.deals.length && !w.agents.length) return SUMMARY.nothing(lead)[lang];
  const head = SUMMARY.head(lead, w.customers.length, w.deals.length)[lang];
  const moves: { text: string; size: number }[] = [];
  for (const a of w.agents) {
    for (const m of a.months) {
      const d = m.performanceAfter - m.performanceBefore;
      if (Math.abs(d) < EPS) continue;
      moves.push({ text: SUMMARY.performance(a.agent, m.month, signed(d))[lang], size: Math.abs(d) });
    }
    if (a.heldAfter !== a.heldBefore) {
      moves.push({
        text: SUMMARY.held(a.agent, signed(a.heldAfter - a.heldBefore))[lang],
        size: Math.abs(a.heldAfter - a.heldBefore) / 10,
      });
    }
  }
  moves.sort((x, y) => y.size - x.size);
  const shown = moves.slice(0, most).map((m) => m.text);
  const more = moves.length > most ? ' …' : '';
  return `${head}${shown.length ? clauseSep(lang) + phraseJoin(shown, lang) + more : ''}${SUMMARY.end[lang]}`;
}

export interface WhatIfTable {
  readonly name: Text;
  readonly header: readonly Text[];
  readonly rows: readonly string[][];
}

/** The three tables behind the summary, as text cells (the terminal, --out and the dialog). */
export function whatIfTables(w: WhatIf, lang: Lang, customerName: (id: string) => string = (id) => id): WhatIfTable[] {
  const t = (zh: string, en: string): Text => ({ zh, en });
  return [
    {
      name: t('客户变化', 'Customers'),
      header: [
        t('客户', 'Customer'),
        t('原归属', 'Owner before'),
        t('原状态', 'Status before'),
        t('新归属', 'Owner after'),
        t('新状态', 'Status after'),
        t('原依据', 'Reason before'),
        t('新依据', 'Reason after'),
      ],
      rows: w.customers.map((c) => [
        c.name ? `${c.name} (${customerName(c.customerId)})` : customerName(c.customerId),
        sideOwner(c.before, lang),
        sideStatus(c.before, lang),
        sideOwner(c.after, lang),
        sideStatus(c.after, lang),
        sideReason(c.before, lang),
        sideReason(c.after, lang),
      ]),
    },
    {
      name: t('成交分成变化', 'Deals'),
      header: [
        t('日期', 'Date'),
        t('客户', 'Customer'),
        t('表', 'Sheet'),
        t('行', 'Row'),
        t('成交人', 'Closer'),
        t('原业绩分成', 'Performance before'),
        t('新业绩分成', 'Performance after'),
        t('原佣金分成', 'Commission before'),
        t('新佣金分成', 'Commission after'),
        t('原规则', 'Rules before'),
        t('新规则', 'Rules after'),
      ],
      rows: w.deals.map((d) => [
        d.date,
        d.customerName ? `${d.customerName} (${customerName(d.customerId)})` : customerName(d.customerId),
        d.ref.sheet,
        String(d.ref.row),
        d.closer ?? '',
        d.before ? splitText(d.before.performance) : '—',
        d.after ? splitText(d.after.performance) : '—',
        d.before ? splitText(d.before.commission) : '—',
        d.after ? splitText(d.after.commission) : '—',
        d.before ? d.before.rules.join(', ') : '',
        d.after ? d.after.rules.join(', ') : '',
      ]),
    },
    {
      name: t('业务员变化', 'Agents'),
      header: [
        t('业务员', 'Agent'),
        t('月份', 'Month'),
        t('名下客户', 'Customers held'),
        t('业绩', 'Performance'),
        t('业绩变化', 'Performance change'),
        t('佣金', 'Commission'),
        t('佣金变化', 'Commission change'),
      ],
      rows: w.agents.flatMap((a) => [
        [a.agent, t('判定日', 'as of')[lang], `${a.heldBefore} → ${a.heldAfter}`, '', '', '', ''],
        ...a.months.map((m) => [
          a.agent,
          m.month,
          '',
          `${num(m.performanceBefore)} → ${num(m.performanceAfter)}`,
          signed(m.performanceAfter - m.performanceBefore),
          `${num(m.commissionBefore)} → ${num(m.commissionAfter)}`,
          signed(m.commissionAfter - m.commissionBefore),
        ]),
      ]),
    },
  ];
}
