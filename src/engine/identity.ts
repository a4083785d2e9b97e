// common/ID-PHONE, common/ID-VALID, common/ID-FAMILY: which rows are one customer.
// Union-find over phones; family links join phones when their relation is in the policy's list.
import type { EventRecord } from './types';

export interface CustomerGroup {
  readonly id: string;
  readonly phones: readonly string[];
  readonly events: EventRecord[];
}

class UnionFind {
  /** Only joined phones have an entry: a phone without one is its own root. */
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // Path compression keeps later finds flat.
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur) as string;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** Normalized relation words match by containment (配偶 in 配偶关系, 夫妻 in 夫妻). */
export function relationIn(relation: string | null, list: readonly string[]): boolean {
  if (!relation) return false;
  const r = relation.replace(/\s+/g, '');
  return list.some((word) => r.includes(word));
}

/** The customers, and which customer each name leads to: null once two customers bear it. */
export interface Customers {
  readonly groups: CustomerGroup[];
  readonly names: Map<string, string | null>;
}

export function groupCustomers(events: readonly EventRecord[], relations: readonly string[]): Customers {
  const uf = new UnionFind();
  for (const e of events) {
    if (e.phone && e.linkedPhone && e.linkedPhone !== e.phone && relationIn(e.relation, relations))
      uf.union(e.phone, e.linkedPhone);
  }
  const byRoot = new Map<string, Forming>();
  const forming: Forming[] = [];
  // Names are gathered here, in row order, while each row's customer is at hand.
  const byName = new Map<string, Forming | null>();
  for (const e of events) {
    let g: Forming | undefined;
    if (!e.phone) {
      // A name-only row is its own (weak) customer; names alone never merge (common/ID-PHONE).
      forming.push((g = { id: `c-name-${e.ref.sheet}-${e.ref.row}`, phones: new Set(), events: [e] }));
    } else {
      const root = uf.find(e.phone);
      g = byRoot.get(root);
      if (!g) byRoot.set(root, (g = { id: '', phones: new Set(), events: [] }));
      g.phones.add(e.phone);
      g.events.push(e);
    }
    if (!e.name) continue;
    const seen = byName.get(e.name);
    if (seen === undefined) byName.set(e.name, g);
    else if (seen !== g) byName.set(e.name, null);
  }
  const groups: CustomerGroup[] = forming.map((g) => ({ id: g.id, phones: [], events: g.events }));
  for (const g of byRoot.values()) {
    const phones = [...g.phones].sort();
    g.id = `c-${phones[0]}`;
    groups.push({ id: g.id, phones, events: g.events });
  }
  const names = new Map<string, string | null>();
  for (const [name, g] of byName) names.set(name, g && g.id);
  return { groups, names };
}

/** A customer while its rows are gathered; a phone customer's id is known once all are in. */
interface Forming {
  id: string;
  readonly phones: Set<string>;
  readonly events: EventRecord[];
}
