// records + policy + as-of day -> result. Identity first, then one fold per customer; customers
// that refer to others (referrals, households) are folded on demand, each exactly once.
import type { Policy } from '../policy/schema';
import { compareItems, firstOf, isEvent, runFold, settle, type Item } from './fold';
import { withDecisions } from './cite';
import { splitDuplicates, type Copy } from './duplicates';
import { groupCustomers } from './identity';
import { backdated, enteredOn } from './entry';
import { because, engineIssue, M, reason, ruleList, type Text } from './messages';
import { FoldContext } from './foldContext';
import { bySheetAndRow, sortByInt } from './order';
import { holds, isHeld, through, type State } from './state';
import type { Lookups } from './context';
import { staffCalendar } from './staff';
import { statusLabel } from './labels';
import type {
  ChangeResult,
  ConflictResult,
  CustomerResult,
  Day,
  DealResult,
  DuplicateDeal,
  EngineInput,
  EngineResult,
  EventRecord,
  InputIssue,
  Owner,
  RowResult,
  RulingRecord,
  SourceRef,
} from './types';

interface Folded {
  readonly id: string;
  readonly phones: readonly string[];
  /** The customer's events, then its rulings: its timeline once sorted. */
  readonly items: Item[];
  /** This customer's 变更日志 entries, in fold order: its owner history for other customers. */
  readonly changes: ChangeResult[];
  /** Being folded now: a referral that leads back here is a cycle. */
  folding: boolean;
  /** Made as soon as the customer is folded, so its fold state (per-agent sets, notes) can go. */
  customer: CustomerResult | null;
  /** Row results as the fold made them; `deal` still indexes the unsorted deal list. */
  rows: RowResult[];
}

export function annotate(input: EngineInput, policy: Policy, asOf: Day): EngineResult {
  const issues: InputIssue[] = [...input.issues];
  const conflicts: ConflictResult[] = [];
  const deals: DealResult[] = [];
  const staff = staffCalendar(input.staff);
  const future = input.events.filter((e) => e.day > asOf);
  // decide/D23: a repeated deal row is listed, never counted twice.
  const { kept: events, copies } = splitDuplicates(input.events.filter((e) => e.day <= asOf));
  // A name leads to its customer only when no other customer bears it (byName: null once shared).
  const { groups, names: byName } = groupCustomers(events, policy.identity.relations);

  const byId = new Map<string, Folded>();
  const byPhone = new Map<string, string>();
  const days = new Map<string, Set<Day>>();
  for (const g of groups) {
    // The group's event list becomes the timeline (the group itself is not kept).
    byId.set(g.id, {
      id: g.id,
      phones: g.phones,
      items: g.events,
      changes: [],
      folding: false,
      customer: null,
      rows: [],
    });
    for (const p of g.phones) byPhone.set(p, g.id);
  }

  const customerOf = (key: string): string | null => byPhone.get(key) || byName.get(key) || null;
  // Every customer bearing a name, gathered on the first question (weak deals, decide/D22).
  let named: Map<string, string[]> | null = null;
  const namesakes = (name: string): readonly SourceRef[] => {
    if (!named) {
      named = new Map();
      for (const f of byId.values()) {
        for (const n of new Set(f.items.filter(isEvent).map((e) => e.name))) {
          if (n) named.set(n, [...(named.get(n) ?? []), f.id]);
        }
      }
    }
    // In sheet and row order, whatever order the rows came in.
    return (named.get(name) ?? [])
      .map((id) => (byId.get(id) as Folded).items.find(isEvent)?.ref)
      .filter((r): r is SourceRef => !!r)
      .sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.row - b.row));
  };

  attachRulings(input.rulings, asOf, customerOf, byId, issues);
  // Timeline order once, before anything reads a customer's rows (row order must not matter).
  for (const f of byId.values()) f.items.sort(compareItems);

  // Family ties written on the other side: made on the first question (few presets ask).
  let links: Map<string, EventRecord[]> | null = null;
  const lookups: Lookups = {
    customerOf,
    linksTo: (phone: string) => {
      if (!links) {
        links = new Map();
        for (const e of events) {
          if (!e.linkedPhone || !e.relation || !e.phone) continue;
          const list = links.get(e.linkedPhone);
          if (list) list.push(e);
          else links.set(e.linkedPhone, [e]);
        }
        // In timeline order, not the sheet's: the first tie found must not depend on row order.
        for (const list of links.values()) list.sort(compareItems);
      }
      return links.get(phone) ?? [];
    },
    namesakes,
    // Asked only for referrals: each customer's days are gathered on the first question.
    hasRowOn: (id: string, day: Day) => {
      let ds = days.get(id);
      if (!ds) days.set(id, (ds = new Set((byId.get(id)?.items ?? []).filter(isEvent).map((e) => e.day))));
      return ds.has(day);
    },
    displayName: (id: string) => {
      const f = byId.get(id);
      return (f && firstOf(f.items, 'name')) ?? f?.phones[0] ?? id;
    },
    ownerAt: (id: string, day: Day, buyersOnly = false): Owner | null => {
      const f = byId.get(id);
      if (!f || f.folding) return null; // a referral cycle: nobody is credited
      evaluate(f);
      let found: Owner | null = null;
      let bought = false;
      for (const c of f.changes) {
        if (c.day > day) break;
        found = holds(c.to, c.toStatus) ? c.to : null;
        if (c.toStatus === 'closed') bought = true;
      }
      if (buyersOnly && !bought && !f.items.some((i) => i.day <= day && (i.kind === 'deal' || i.kind === 'deposit')))
        return null;
      return found;
    },
  };

  const evaluate = (f: Folded): void => {
    if (f.customer) return;
    f.folding = true;
    const ctx = new FoldContext(f.id, f.items, policy, asOf, staff, lookups, {
      conflicts,
      changes: f.changes,
      issues,
      deals,
    });
    // Each row's result is made once, right after its event (the reason joined here, once).
    const s = runFold(ctx, f.items, (ev, now, note) =>
      f.rows.push({
        ref: ev.ref,
        customerId: f.id,
        owner: now.owner,
        status: now.status,
        protectedThrough: through(now),
        reason: because(note.rules, note.text),
        deal: note.deal,
      }),
    );
    settle(ctx, s, asOf);
    enteredLate(f);
    // Deals are final once pushed, so the customer's line can be made now.
    f.customer = customerResult(f, s, policy, deals);
    f.folding = false;
  };

  // Folded in id order, whatever the rows' order: in a referral cycle the customer folded first
  // is the one whose referrer is not credited, so the order must not come from the sheet.
  const folded = [...byId.values()].sort((a, b) => cmp(a.id, b.id));
  for (const f of folded) evaluate(f);

  // Deals by day, then sheet and row; rows point at them by index.
  const sortedDeals = sortByInt(bySheetAndRow(deals), (d) => d.day);
  const newIndex = new Map(sortedDeals.map((d, i) => [d, i]));
  const customers = folded.map((f) => f.customer as CustomerResult);
  const duplicates = copyRows(folded, copies, issues);
  const rows = collectRows(folded, (i) => newIndex.get(deals[i]) as number, future, duplicates.rows);
  return {
    asOf,
    preset: policy.id,
    customers,
    rows,
    deals: sortedDeals,
    conflicts: conflicts.sort(
      (a, b) => a.day - b.day || cmp(a.ref.sheet, b.ref.sheet) || a.ref.row - b.ref.row || cmp(a.kind, b.kind),
    ),
    // By day; within a day by customer id (the folded list's order), then as each fold made them.
    changes: sortByInt(
      joined(folded, (f) => f.changes),
      (c) => c.day,
    ),
    issues: dedupe(issues),
    duplicates: duplicates.list,
  };
}

/** decide/D23: each copy of a deal row stands as the row it repeats, with no deal of its own. */
function copyRows(
  folded: readonly Folded[],
  copies: readonly Copy[],
  issues: InputIssue[],
): { rows: RowResult[]; list: DuplicateDeal[] } {
  if (copies.length === 0) return { rows: [], list: [] };
  const key = (r: SourceRef) => `${r.sheet}\u0000${r.row}`;
  const wanted = new Set(copies.map((c) => key(c.of.ref)));
  const original = new Map<string, RowResult>();
  for (const f of folded) for (const r of f.rows) if (wanted.has(key(r.ref))) original.set(key(r.ref), r);
  const rows: RowResult[] = [];
  const list: DuplicateDeal[] = [];
  for (const { ev, of } of copies) {
    const o = original.get(key(of.ref));
    const customerId = o?.customerId ?? '';
    const text = M.duplicateDeal(of.ref);
    issues.push(engineIssue(ev.ref, 'deal', 'note', M.t(`${text.zh}（decide/D23）`, `${text.en} (decide/D23)`)));
    rows.push({
      ref: ev.ref,
      customerId,
      owner: o?.owner ?? { kind: 'pool', name: null },
      status: o?.status ?? null,
      protectedThrough: o?.protectedThrough ?? null,
      reason: reason(['decide/D23'], [text]),
      deal: null,
    });
    list.push({ ref: ev.ref, of: of.ref, customerId });
  }
  return { rows, list: bySheetAndRow(list) };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** decide/D12: a change made by a back-dated row says when the row was entered (变更日志). */
function enteredLate(f: Folded): void {
  let late: EventRecord[] | null = null;
  for (const i of f.items) if (isEvent(i) && backdated(i)) (late ??= []).push(i);
  if (!late) return;
  for (let k = 0; k < f.changes.length; k++) {
    const c = f.changes[k];
    const ev = c.ref ? late.find((e) => e.ref === c.ref) : undefined;
    if (ev) f.changes[k] = { ...c, rules: ruleList([...c.rules, 'decide/D12']), entered: enteredOn(ev) };
  }
}

function attachRulings(
  rulings: readonly RulingRecord[],
  asOf: Day,
  customerOf: (k: string) => string | null,
  byId: Map<string, Folded>,
  issues: InputIssue[],
): void {
  for (const r of rulings) {
    if (r.day > asOf) continue;
    const key = r.customerPhone ?? r.customerName;
    const id = key ? customerOf(key) : null;
    const f = id ? byId.get(id) : undefined;
    if (!f) {
      issues.push(engineIssue(r.ref, 'customer', 'error', M.rulingUnmatched(key ?? '')));
      continue;
    }
    f.items.push({ kind: 'ruling', ruling: r, day: r.day, ref: r.ref });
  }
}

function customerResult(f: Folded, s: State, policy: Policy, deals: readonly DealResult[]): CustomerResult {
  // decide/D24: a customer no row ever gave an owner (weak rows only) is unowned, not released.
  const status = s.status ?? 'unowned';
  const last = through(s);
  // A customer without a phone is never protected (common/ID-VALID), even with a deal (decide/D22).
  const tail: Text[] =
    isHeld(s) && status !== 'pending-visit' && f.phones.length > 0
      ? [last === null ? M.noExpiry : M.through(last)]
      : [];
  let lastDeal: RowResult | undefined;
  for (let i = f.rows.length - 1; i >= 0 && !lastDeal; i--) if (f.rows[i].deal !== null) lastDeal = f.rows[i];
  return {
    id: f.id,
    name: firstOf(f.items, 'name'),
    phones: f.phones,
    owner: s.owner,
    coOwners: s.coOwners,
    status,
    statusLabel: statusLabel(policy, status, s.variant),
    protectedThrough: isHeld(s) ? last : null,
    category: lastDeal && lastDeal.deal !== null ? deals[lastDeal.deal].category : null,
    // A customer nobody ever held is explained by its rows (a walk-in, an order without a claim).
    reason: reason(
      s.rules.length
        ? withDecisions(policy, s.rules)
        : [
            ...[...new Set(f.rows.flatMap((r) => r.reason.rules))].slice(0, 3),
            ...(s.status === null ? ['decide/D24'] : []),
          ],
      s.text.length ? [...s.text, ...tail] : f.rows.slice(-2).map((r) => r.reason),
    ),
    refs: refsOf(f.items),
  };
}

function refsOf(items: readonly Item[]): SourceRef[] {
  // Sized once: kept for every customer, so no spare capacity.
  let n = 0;
  for (const i of items) if (i.kind !== 'ruling') n++;
  const out = new Array<SourceRef>(n);
  n = 0;
  for (const i of items) if (i.kind !== 'ruling') out[n++] = i.ref;
  return out;
}

/** The folds' lists end to end, in the folded order (a loop: flatMap is far slower here). */
function joined<T>(folded: readonly Folded[], list: (f: Folded) => readonly T[]): T[] {
  const out: T[] = [];
  for (const f of folded) for (const x of list(f)) out.push(x);
  return out;
}

function collectRows(
  folded: readonly Folded[],
  dealIndex: (unsorted: number) => number,
  future: EventRecord[],
  copies: readonly RowResult[],
): RowResult[] {
  const rows = joined(folded, (f) => f.rows);
  // Ours until returned: the deal index is remapped in place to the sorted deal list.
  for (const row of rows) if (row.deal !== null) (row as { deal: number | null }).deal = dealIndex(row.deal);
  for (const ev of future) {
    rows.push({
      ref: ev.ref,
      customerId: null,
      owner: { kind: 'pool', name: null },
      status: null,
      protectedThrough: null,
      reason: reason(['common/REGISTER'], [M.future]),
      deal: null,
    });
  }
  for (const c of copies) rows.push(c);
  return bySheetAndRow(rows);
}

function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  const out: InputIssue[] = [];
  for (const i of issues) {
    const key = `${i.sheet}\u0000${i.row}\u0000${i.field}\u0000${i.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(i);
  }
  return out.sort(
    (a, b) =>
      cmp(a.sheet, b.sheet) || (a.row ?? 0) - (b.row ?? 0) || cmp(a.field, b.field) || cmp(a.message, b.message),
  );
}
